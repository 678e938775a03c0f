import { canonicalJson } from './canonical-json.js';
import { BACKOFF_MS, CLIENT_BATCH_BYTES, MAX_AGE_MS, MAX_BATCH, QUEUE_KEY, REPLAY_DELAY_MS, RETRIES, SCHEMA_VERSION } from './constants.js';
import { fetchTransport, sendBeacon } from './transport.js';
import type { ConsentRecord, DecisionRecordInput } from './types.js';

/** Options of {@link createConsentLog}. */
export interface ConsentLogOptions {
  /** URL of the collector's `POST /v1/consents`, best on the site's own origin under a neutral path. */
  endpoint: string;
  /** Site id stored with each record. @default location.hostname */
  site?: string;
  /** Where the queue survives page loads; `null` keeps it in memory only. @default localStorage */
  storage?: Storage | null;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Most records kept queued; the oldest is dropped (with a console warning) beyond this. @default 50 */
  maxItems?: number;
  /** Record the page origin and path (never query or fragment). @default true */
  page?: boolean;
}

/** The headless consent-log client. */
export interface ConsentLog {
  /** Queues the decision, starts sending it and returns its record id: the visitor's receipt. Never throws. */
  record(input: DecisionRecordInput): string;
  /** Sends what is queued now; resolves when done or failed (then retried later). Never rejects. */
  flush(): Promise<void>;
}

const warn = (msg: string) => console.warn('akkoord log: ' + msg);

/**
 * RFC 4122 version-4 UUID from crypto.getRandomValues, which (unlike randomUUID) also works on http
 * pages. `randomId` in `@akkoord/core` (the consent id) is a second v4 generator of the kind, kept
 * because neither package may import the other (see ACTIONS in constants.ts); the tests of both
 * check the v4 format.
 */
const uuid = (): string =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16),
  );

/**
 * Creates the browser client. Each record is written to a bounded queue in localStorage before any
 * network call, sent at once with `fetch` keepalive, flushed with `sendBeacon` when the page is
 * hidden, replayed on the next load and removed only after a 2xx.
 */
export function createConsentLog(options: ConsentLogOptions): ConsentLog {
  // Browser only: called by the banner (or a site's script) after the page has loaded.
  const loc = location;
  // Undefined outside secure contexts (plain http): then the collector hashes the snapshot.
  const subtle = crypto.subtle;
  const post = fetchTransport(options.fetch || fetch);
  let storage: Storage | null | undefined = options.storage;
  let mem: ConsentRecord[] = [];
  /** Hashes of the snapshots the collector has acknowledged (a 2xx) from this page. */
  let known: string[] = [];
  /** The flush running now, if any. */
  let busy: Promise<void> | undefined;
  let attempt = 0;

  // Storage may be missing, full or throw in private mode: then the queue lives in memory. While it
  // works it is the source of truth, so the tabs of one site share one queue.
  const read = (): ConsentRecord[] => {
    try {
      return storage ? JSON.parse(storage.getItem(QUEUE_KEY) || '[]') : mem;
    } catch {
      return mem;
    }
  };
  const write = (q: ConsentRecord[]) => {
    mem = q;
    try {
      storage && (q.length ? storage.setItem(QUEUE_KEY, JSON.stringify(q)) : storage.removeItem(QUEUE_KEY));
    } catch {
      storage = null;
      warn('no storage');
    }
  };
  const remove = (ids: string[]) => write(read().filter((i) => !ids.includes(i.id)));

  // The next batch: ≤ 100 records and, counting every snapshot, under the keepalive cap. A single
  // record over the cap still goes alone: the collector's 413 then drops it with a warning.
  const take = (q: ConsentRecord[]): ConsentRecord[] => {
    const out: ConsentRecord[] = [];
    let size = 2;
    for (const i of q) {
      // UTF-8 bytes. TextEncoder rather than a Blob: written as for the hash, it compresses better.
      size += new TextEncoder().encode(JSON.stringify(i)).length + 1;
      if (out.length && (out.length >= MAX_BATCH || size > CLIENT_BATCH_BYTES)) break;
      out.push({ ...i });
    }
    return out;
  };

  const run = async (): Promise<void> => {
    for (;;) {
      const batch = take(read());
      if (!batch.length) return;
      // Hash each snapshot; send it with the first record per hash from this page and leave it out
      // once a 2xx proved the collector committed it (a snapshot is never lost with its records).
      // Without crypto.subtle (http pages) every record carries it and the collector hashes it.
      // `seen`: the acknowledged hashes plus this batch's; it becomes `known` only after a 2xx.
      const seen = known.slice();
      for (const r of batch) {
        if (subtle) {
          const d = await subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(r.config)));
          const h = (r.configHash = Array.from(new Uint8Array(d), (b) => (b + 256).toString(16).slice(1)).join(''));
          if (seen.includes(h)) delete r.config;
          seen.push(h);
        }
      }
      const s = await post(options.endpoint, JSON.stringify(batch));
      if (s > 199 && s < 300) {
        attempt = 0;
        known = seen;
      } else if (!s || s == 408 || s == 429 || s > 499) {
        if (attempt < RETRIES) setTimeout(flush, BACKOFF_MS * 2 ** attempt++ * (0.5 + Math.random() / 2));
        return;
      } else warn('HTTP ' + s);
      remove(batch.map((r) => r.id));
    }
  };

  // One run at a time, so a record is never in two concurrent fetches from this page.
  const flush = (): Promise<void> =>
    busy ||
    (busy = run()
      .catch(() => {})
      .then(() => {
        busy = undefined;
      }));

  const record = (input: DecisionRecordInput): string => {
    const id = uuid();
    try {
      // Only the schema's fields: anything else a caller passes along never leaves the page.
      const { consentId, action, choices, revision, statementVersion, language, shown } = input;
      const r: ConsentRecord = {
        v: SCHEMA_VERSION,
        id,
        consentId,
        site: options.site || loc.hostname,
        action,
        choices,
        revision,
        statementVersion,
        language,
      };
      if (options.page !== false) r.page = loc.origin + loc.pathname;
      // A JSON round trip freezes the snapshot now (later edits by the page cannot change it).
      r.config = JSON.parse(JSON.stringify(shown));
      const now = (r.clientTime = Date.now());
      const all = read().concat(r);
      const q = all.filter((i) => now - i.clientTime! < MAX_AGE_MS).slice(-(options.maxItems || 50));
      if (q.length < all.length) warn('oldest dropped');
      write(q);
      flush();
    } catch (e) {
      warn('' + e);
    }
    return id;
  };

  try {
    storage === undefined && (storage = localStorage);
  } catch {
    storage = null;
  }
  const doc = document;
  doc.addEventListener('visibilitychange', () => {
    // Never `unload`: unreliable on mobile and it breaks the back/forward cache. The records stay
    // queued: a beacon only says the browser took the request.
    if (doc.hidden) {
      let q = read();
      for (let b; (b = take(q)).length; q = q.slice(b.length)) sendBeacon(options.endpoint, JSON.stringify(b));
    }
  });
  // Records left by an earlier page (closed offline, or before the answer came) go again.
  if (read().length) setTimeout(flush, REPLAY_DELAY_MS);
  return { record, flush };
}
