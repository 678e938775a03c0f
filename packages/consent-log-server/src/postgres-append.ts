import pg from 'pg';
import type { StoredConsentRecord } from '@akkoord/consent-log';
import { chainHash } from './chain-hash.js';
import { GENESIS_HASH } from './constants.js';
import { numberedRecord, RECORD_COLUMN_TYPES, RECORD_COLUMNS, recordValues } from './record-row.js';
import { DAY_COLUMNS, DAY_KEY, dayCounts } from './stats-days.js';
import type { PendingRecord, Receipt, Snapshot } from './types.js';

/** What one `append` call hands the group commit. */
export interface AppendJob {
  records: PendingRecord[];
  snapshots: Snapshot[];
}

/** What one `append` call gets back. */
export interface AppendResult {
  receipts: Receipt[];
  missing: string[];
}

/** A chain head: the last record's seq and hash. */
interface Head {
  seq: number;
  hash: string;
}

/**
 * How long (ms) a site whose head another collector moved takes the locked path only: guessing its
 * head from this process's memory would mostly miss and cost a wasted round trip each time.
 */
const SHARED_SITE_MS = 10_000;

/** Parameters of {@link WRITE} before the record columns. */
const FIXED_PARAMS = 10;
const ID_PARAM = FIXED_PARAMS + 1 + RECORD_COLUMNS.indexOf('id');
/** Parameters of {@link WRITE} before the summary columns (one array per `consent_days` column). */
const DAY_PARAMS = FIXED_PARAMS + RECORD_COLUMNS.length;
/** SQL types of the `consent_days` columns, in {@link DAY_COLUMNS} order. */
const DAY_TYPES = ['text', 'bigint', 'text', 'text', 'text', 'bigint', 'bigint', 'bigint'];

/**
 * One group's writes as one statement, in one round trip. It locks the heads of the sites it
 * appends to (sorted, so two collectors cannot deadlock), and writes only if each locked head is
 * the one the group's records were chained onto ($2, $3) and none of the record ids is stored:
 * then it inserts the snapshots and the records (one multi-row insert through unnest, one typed
 * array per column), adds them to the daily summary (one upsert row per distinct key, stats-days.ts)
 * and moves the heads ($4, $5). Otherwise it writes nothing and returns the heads
 * it found. It also returns which referenced snapshots ($10) were stored before it. Run alone, it
 * is its own transaction, committed (and, with synchronous_commit on, flushed) before it answers.
 *
 * `ok` is evaluated once (an init plan) before any insert or update produces a row, and with it the
 * locking CTE, so nothing is written before the heads are locked and compared.
 */
const WRITE: pg.QueryConfig = {
  name: 'akkoord_append',
  text: `WITH heads AS (
  SELECT site, seq, hash FROM chain_heads WHERE site = ANY($1::text[]) ORDER BY site COLLATE "C" FOR UPDATE
), ok AS (
  SELECT (SELECT count(*) FROM heads JOIN unnest($1::text[], $2::bigint[], $3::text[]) AS e(site, seq, hash)
            ON heads.site = e.site AND heads.seq = e.seq AND heads.hash = e.hash) = cardinality($1::text[])
     AND NOT EXISTS (SELECT 1 FROM consent_records WHERE id = ANY($${ID_PARAM}::text[])) AS ok
), snapshots AS (
  INSERT INTO config_snapshots (hash, site, created_at, config)
  SELECT h, s, $9, j FROM unnest($6::text[], $7::text[], $8::text[]) AS t(h, s, j) WHERE (SELECT ok FROM ok)
  ON CONFLICT (hash) DO NOTHING
), records AS (
  INSERT INTO consent_records (${RECORD_COLUMNS.join(', ')})
  SELECT * FROM unnest(${RECORD_COLUMN_TYPES.map((t, i) => `$${FIXED_PARAMS + 1 + i}::${t.toLowerCase()}[]`).join(', ')}) WHERE (SELECT ok FROM ok)
), days AS (
  INSERT INTO consent_days (${DAY_COLUMNS.join(', ')})
  SELECT * FROM unnest(${DAY_TYPES.map((t, i) => `$${DAY_PARAMS + 1 + i}::${t}[]`).join(', ')}) WHERE (SELECT ok FROM ok)
  ON CONFLICT (${DAY_KEY}) DO UPDATE SET decisions = consent_days.decisions + excluded.decisions,
    first_at = LEAST(consent_days.first_at, excluded.first_at), last_at = GREATEST(consent_days.last_at, excluded.last_at)
), moved AS (
  UPDATE chain_heads AS c SET seq = t.seq, hash = t.hash FROM unnest($1::text[], $4::bigint[], $5::text[]) AS t(site, seq, hash)
  WHERE c.site = t.site AND (SELECT ok FROM ok)
)
SELECT (SELECT ok FROM ok) AS ok,
  ARRAY(SELECT hash FROM config_snapshots WHERE hash = ANY($10::text[])) AS stored,
  (SELECT json_agg(json_build_array(site, seq, hash)) FROM heads) AS heads`,
};

/** Creates the head rows of sites not seen before (the locked path only). */
const CREATE_HEADS: pg.QueryConfig = {
  name: 'akkoord_create_heads',
  text: 'INSERT INTO chain_heads (site, seq, hash, anchor_seq, anchor_hash) SELECT s, 0, $2, 0, $2 FROM unnest($1::text[]) AS t(s) ON CONFLICT (site) DO NOTHING',
};
/** Locks heads in sorted order (deadlock-free); after the lock it sees every commit to these chains. */
const LOCK_HEADS: pg.QueryConfig = {
  name: 'akkoord_lock_heads',
  text: 'SELECT site, seq, hash FROM chain_heads WHERE site = ANY($1::text[]) ORDER BY site COLLATE "C" FOR UPDATE',
};
/** Records already stored under these ids (retries); its own statement, so its snapshot follows the lock. */
const FIND_RECORDS: pg.QueryConfig = {
  name: 'akkoord_find_records',
  text: 'SELECT id, site, seq, received_at FROM consent_records WHERE id = ANY($1::text[])',
};

/** SQLSTATE of a unique violation: a record id stored meanwhile by another collector. */
const UNIQUE_VIOLATION = '23505';

/** The group's records chained onto given heads: rows to insert, receipts, heads before and after. */
interface Chained {
  rows: (string | number | null)[][];
  receipts: Receipt[];
  /** Per site with new rows: the head the rows were chained onto, and the new one. */
  heads: Map<string, { from: Head; to: Head }>;
}

/**
 * Numbers and hashes the records in order onto `start` (the head of each site), skipping the ones
 * in `known` (stored before, or met earlier in this group): those keep their receipt.
 */
function chain(records: PendingRecord[], start: (site: string) => Head, known: Map<string, Receipt>, now: number): Chained {
  const rows: Chained['rows'] = [];
  const heads: Chained['heads'] = new Map();
  const receipts = records.map((p): Receipt => {
    const old = known.get(p.id);
    if (old) return old;
    let h = heads.get(p.site);
    if (!h) heads.set(p.site, (h = { from: start(p.site), to: start(p.site) }));
    const body = numberedRecord(p, h.to.seq + 1, now);
    const rec: StoredConsentRecord = Object.assign(body, { prevHash: h.to.hash, hash: chainHash(h.to.hash, body) });
    h.to = { seq: rec.seq, hash: rec.hash };
    rows.push(recordValues(rec));
    const receipt = { id: rec.id, site: rec.site, seq: rec.seq, receivedAt: now };
    known.set(rec.id, receipt);
    return receipt;
  });
  return { rows, receipts, heads };
}

/** {@link WRITE}'s parameters for a chained group. */
function writeParams(c: Chained, snapshots: Snapshot[], hashes: string[], now: number): unknown[] {
  const sites = [...c.heads.keys()].sort();
  const h = sites.map((s) => c.heads.get(s)!);
  return [
    sites,
    h.map((x) => x.from.seq),
    h.map((x) => x.from.hash),
    h.map((x) => x.to.seq),
    h.map((x) => x.to.hash),
    snapshots.map((x) => x.hash),
    snapshots.map((x) => x.site),
    snapshots.map((x) => x.json),
    now,
    hashes,
    ...RECORD_COLUMNS.map((_, i) => c.rows.map((r) => r[i])),
    // A summary row's locks are taken only under its site's head lock (taken first, above), so
    // collectors that add to the same rows wait on that lock instead of deadlocking on the rows.
    ...dayColumns(dayCounts(c.rows)),
  ];
}

/** Summary rows as one array per column, in {@link DAY_COLUMNS} order. */
function dayColumns(days: ReturnType<typeof dayCounts>): unknown[][] {
  return [
    days.map((d) => d.site),
    days.map((d) => d.day),
    days.map((d) => d.revision),
    days.map((d) => d.action),
    days.map((d) => d.choices),
    days.map((d) => d.decisions),
    days.map((d) => d.firstAt),
    days.map((d) => d.lastAt),
  ];
}

interface WriteOutcome {
  ok: boolean;
  stored: string[];
  heads: [string, number | string, string][] | null;
}

/** Settles every promise, then throws the first failure (none left unhandled). */
async function all<T extends readonly unknown[]>(ps: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const out = await Promise.allSettled(ps);
  const failed = out.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return out.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/**
 * The PostgreSQL append path: commits one group of jobs and returns one result per job, each
 * receipt only after the commit. Two paths, both writing through {@link WRITE}:
 *
 * - fast (one round trip): when this process knows the head of every site in the group (it wrote
 *   them last), it chains the records onto those heads and sends the one statement, which checks
 *   the heads under lock and commits. The heads it will produce are remembered at once, so the
 *   next group, prepared while this one is in flight, chains onto them (and fails the check,
 *   writing nothing, if this one does not commit). Fast groups share one pipelined connection, so
 *   PostgreSQL runs them in the order they were chained: on two connections the second group's
 *   statement could take the head lock first, find the head it expects not yet there, and fall
 *   back to the locked path (under load it mostly did, halving the rate).
 * - locked (two round trips, pipelined): otherwise, or when the fast check fails, one transaction
 *   that locks the heads and reads stored ids (BEGIN, head rows, lock, look-up in one round trip),
 *   then writes and commits (the statement and COMMIT in the second).
 *
 * Either way a record is chained onto the head that is locked when it is written, so the chain is
 * what one writer would have made, whatever several collectors do at once.
 */
export function postgresAppend(
  pool: pg.Pool,
  clock: () => number,
): { commit: (jobs: AppendJob[]) => Promise<AppendResult[]>; release: () => Promise<void> } {
  /** Each site's head after every group sent so far commits; absent when not known. */
  const heads = new Map<string, Head>();
  /** Sites another collector appends to: until when they take the locked path only. */
  const shared = new Map<string, number>();
  /** Sites a locked group is writing: settles when the latest one has committed or failed. */
  const lockedInFlight = new Map<string, Promise<void>>();
  /** Sites whose chain_heads row exists: rows are never deleted (a purge only moves the anchor). */
  const headRows = new Set<string>();

  /** The fast path's connection, kept checked out; replaced when it breaks. */
  let fastClient: Promise<pg.PoolClient> | undefined;
  const dropFast = (client: pg.PoolClient, e: Error) => {
    if (!fastClient) return;
    fastClient = undefined;
    client.release(e);
  };
  const fastQuery = async (params: unknown[]): Promise<WriteOutcome> => {
    const current = (fastClient ??= pool.connect().then((client) => {
      // A checked-out client's connection error has no pool listener: without this it would crash the process.
      client.on('error', (e) => dropFast(client, e));
      return client;
    }));
    const client = await current.catch((e) => {
      if (fastClient === current) fastClient = undefined;
      throw e;
    });
    try {
      return (await client.query<WriteOutcome>(WRITE, params)).rows[0]!;
    } catch (e) {
      // An SQL error (with a SQLSTATE code) leaves the connection usable; anything else does not.
      if ((e as { code?: string }).code === undefined && fastClient === current) dropFast(client, e as Error);
      throw e;
    }
  };

  const results = (jobs: AppendJob[], receipts: Receipt[], stored: Set<string>): AppendResult[] => {
    let i = 0;
    return jobs.map((job) => {
      const mine = receipts.slice(i, (i += job.records.length));
      const refs = [...new Set(job.records.map((r) => r.configHash))];
      return { receipts: mine, missing: refs.filter((h) => !stored.has(h)) };
    });
  };
  const storedSet = (out: WriteOutcome, snapshots: Snapshot[]) => new Set([...out.stored, ...snapshots.map((s) => s.hash)]);

  /** The fast path; null when its check failed (nothing was written). */
  const fast = async (jobs: AppendJob[], records: PendingRecord[], snapshots: Snapshot[], hashes: string[]) => {
    const now = clock();
    const c = chain(records, (site) => heads.get(site)!, new Map(), now);
    for (const [site, h] of c.heads) heads.set(site, h.to);
    let out: WriteOutcome;
    try {
      out = await fastQuery(writeParams(c, snapshots, hashes, now));
    } catch (e) {
      for (const site of c.heads.keys()) heads.delete(site);
      // A record id another collector stored meanwhile: the locked path finds it.
      if ((e as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw e;
    }
    if (out.ok) return results(jobs, c.receipts, storedSet(out, snapshots));
    const found = new Map((out.heads ?? []).map(([site, seq, hash]) => [site, { seq: Number(seq), hash }]));
    const until = performance.now() + SHARED_SITE_MS;
    for (const [site, h] of c.heads) {
      heads.delete(site);
      // Moved past what this process expected: another collector writes this chain. (Behind it:
      // a group of this process that failed, which says nothing about other collectors.)
      const at = found.get(site);
      if (at && (at.seq > h.from.seq || (at.seq === h.from.seq && at.hash !== h.from.hash))) shared.set(site, until);
    }
    return null;
  };

  const locked = async (jobs: AppendJob[], records: PendingRecord[], snapshots: Snapshot[], hashes: string[]) => {
    const sites = [...new Set(records.map((r) => r.site))].sort();
    // No group may chain onto these heads from memory until this one has committed; a group
    // that would waits for it (see commit) instead of locking too.
    let settled!: () => void;
    const mark = new Promise<void>((ok) => (settled = ok));
    for (const site of sites) {
      heads.delete(site);
      lockedInFlight.set(site, mark);
    }
    const latest = (site: string) => lockedInFlight.get(site) === mark;
    const client = await pool.connect().catch((e) => {
      for (const site of sites) if (latest(site)) lockedInFlight.delete(site);
      settled();
      throw e;
    });
    let broken: Error | undefined;
    let commitSent = false;
    try {
      const newSites = sites.filter((s) => !headRows.has(s));
      const [, , lockedHeads, found] = await all([
        client.query('BEGIN'),
        newSites.length ? client.query(CREATE_HEADS, [newSites, GENESIS_HASH]) : Promise.resolve(null),
        client.query<{ site: string; seq: string; hash: string }>(LOCK_HEADS, [sites]),
        client.query<{ id: string; site: string; seq: string; received_at: string }>(FIND_RECORDS, [records.map((r) => r.id)]),
      ] as const);
      const start = new Map(lockedHeads.rows.map((r) => [r.site, { seq: Number(r.seq), hash: r.hash }]));
      if (start.size !== sites.length) {
        // A head row was deleted behind the store's back: create it again on the retry.
        for (const s of sites) headRows.delete(s);
        throw new Error('postgres store: a chain_heads row is missing; retry');
      }
      const known = new Map(
        found.rows.map((r): [string, Receipt] => [r.id, { id: r.id, site: r.site, seq: Number(r.seq), receivedAt: Number(r.received_at) }]),
      );
      const now = clock();
      const c = chain(records, (site) => start.get(site)!, known, now);
      const write = client.query<WriteOutcome>(WRITE, writeParams(c, snapshots, hashes, now));
      commitSent = true;
      const [w] = await all([write, client.query('COMMIT')] as const);
      const out = w.rows[0]!;
      // Cannot happen under the lock; if it does, nothing was written and the client retries.
      if (!out.ok) throw new Error('postgres store: a chain head or record id changed under the lock; retry');
      for (const s of sites) headRows.add(s);
      // Unless a later locked group holds the site: its heads are the ones to remember.
      for (const site of sites) if (latest(site)) heads.set(site, c.heads.get(site)?.to ?? start.get(site)!);
      return results(jobs, c.receipts, storedSet(out, snapshots));
    } catch (e) {
      // After an error PostgreSQL ignores the rest of the transaction, the pipelined COMMIT included
      // (it answers ROLLBACK); end it here when the COMMIT was not sent.
      if (!commitSent) await client.query('ROLLBACK').catch((r: Error) => (broken = r));
      throw e;
    } finally {
      client.release(broken);
      for (const site of sites) if (latest(site)) lockedInFlight.delete(site);
      settled();
    }
  };

  const commit = async (jobs: AppendJob[]): Promise<AppendResult[]> => {
    const records = jobs.flatMap((j) => j.records);
    const snapshots = jobs.flatMap((j) => j.snapshots);
    const hashes = [...new Set(records.map((r) => r.configHash))];
    let t = performance.now();
    const isShared = (site: string) => (shared.get(site) ?? 0) > t;
    // A site a locked group of this process is writing: wait for it, and its heads are known
    // afterwards. Locking as well would only queue behind its lock, and under steady load a locked
    // group would always be in flight when the next one starts, so the one-statement path would
    // never be taken again. (Sites other collectors write are locked at once: waiting buys nothing.)
    const waits = new Set<Promise<void>>();
    for (const r of records) {
      const w = lockedInFlight.get(r.site);
      if (w && !isShared(r.site)) waits.add(w);
    }
    if (waits.size) {
      await Promise.all(waits);
      t = performance.now();
    }
    const known = records.length > 0 && records.every((r) => heads.has(r.site) && !isShared(r.site));
    if (known) {
      const done = await fast(jobs, records, snapshots, hashes);
      if (done) return done;
    }
    return locked(jobs, records, snapshots, hashes);
  };
  return {
    commit,
    /** Gives the fast path's connection back to the pool (before the pool ends). */
    async release() {
      const current = fastClient;
      fastClient = undefined;
      (await current?.catch(() => undefined))?.release();
    },
  };
}
