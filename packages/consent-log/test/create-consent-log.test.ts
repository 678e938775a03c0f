// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canonicalJson, createConsentLog, validateBatch, type ConsentRecord, type DecisionRecordInput } from '../src/index.js';

const KEY = 'akkoord-log';
const shown = { revision: '3', categories: [{ id: 'analytics', title: { nl: 'Statistieken', en: 'Statistics' } }] };
const input = (over: Partial<DecisionRecordInput> = {}): DecisionRecordInput => ({
  consentId: 'c0ffee00-0000-4000-8000-000000000001',
  action: 'custom',
  choices: { necessary: true, analytics: false, 'analytics:matomo': false },
  revision: '3',
  language: 'nl',
  shown,
  ...over,
});

let endpointNo = 0;
const endpoint = () => `https://shop.example.nl/_a/${++endpointNo}/v1/consents`;
type Call = { url: string; init: RequestInit; records: ConsentRecord[] };

/** A fetch double answering from a list of statuses (a thrown string = network error). */
function fakeFetch(answers: (number | 'network' | 'hang')[]) {
  const calls: Call[] = [];
  const fn = vi.fn((url: string, init: RequestInit) => {
    calls.push({ url, init, records: JSON.parse(String(init.body)) });
    const a = answers.length > 1 ? answers.shift()! : answers[0];
    if (a === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (a === 'hang') return new Promise<Response>(() => {});
    return Promise.resolve(new Response(a === 204 ? null : '{"ok":true}', { status: a }));
  });
  return { fn: fn as unknown as typeof fetch, calls };
}
const queued = (): ConsentRecord[] => JSON.parse(localStorage.getItem(KEY) ?? '[]');
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

beforeEach(() => {
  localStorage.clear();
  // Node's WebCrypto resolves on the thread pool, outside fake time; the same SHA-256 computed
  // synchronously keeps timer-driven tests deterministic.
  vi.spyOn(crypto.subtle, 'digest').mockImplementation(async (_alg, data) => {
    const bytes = createHash('sha256')
      .update(new Uint8Array(data as ArrayBuffer))
      .digest();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  });
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://shop.example.nl/winkel/kassa?order=42#stap-2');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createConsentLog', () => {
  it('persists first, then POSTs text/plain JSON with keepalive and no credentials, and clears after 2xx', async () => {
    const f = fakeFetch([201]);
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn });
    const id = log.record(input());
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Written to storage before the network answered.
    expect(queued().map((r) => r.id)).toEqual([id]);
    await log.flush();
    expect(f.calls).toHaveLength(1);
    const { init, records } = f.calls[0];
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(typeof init.body).toBe('string'); // a string body is sent as text/plain: no preflight
    expect(init.headers).toBeUndefined();
    const [r] = records;
    expect(r).toMatchObject({ v: 1, id, site: 'shop.example.nl', page: 'https://shop.example.nl/winkel/kassa', action: 'custom' });
    expect(r.choices).toEqual({ necessary: true, analytics: false, 'analytics:matomo': false });
    expect(validateBatch(records).ok).toBe(true);
    expect(queued()).toEqual([]);
  });

  it('hashes the canonical snapshot and sends each snapshot once per page', async () => {
    const f = fakeFetch([200]);
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn });
    log.record(input());
    await log.flush();
    log.record(input({ action: 'withdraw' }));
    await log.flush();
    const expected = createHash('sha256').update(canonicalJson(shown)).digest('hex');
    expect(f.calls[0].records[0].configHash).toBe(expected);
    expect(f.calls[0].records[0].config).toEqual(shown);
    expect(f.calls[1].records[0].configHash).toBe(expected);
    expect(f.calls[1].records[0]).not.toHaveProperty('config');
  });

  it('sends a snapshot once per batch, and again after a failed attempt (only a 2xx proves it arrived)', async () => {
    vi.useFakeTimers();
    const f = fakeFetch(['hang']);
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn });
    // The first record's flush hangs, so the next two wait and go together in the next batch.
    log.record(input());
    log.record(input());
    log.record(input({ action: 'withdraw' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(f.calls).toHaveLength(1);
    // A new client (the next page) on the same queue: its first answer fails, the retry succeeds.
    const g = fakeFetch([503, 200]);
    const next = createConsentLog({ endpoint: endpoint(), fetch: g.fn });
    await next.flush();
    expect(g.calls).toHaveLength(1);
    const [first, second, third] = g.calls[0].records;
    expect(first.config).toEqual(shown);
    expect(second).not.toHaveProperty('config');
    expect(third).not.toHaveProperty('config');
    expect(second.configHash).toBe(first.configHash);
    await vi.advanceTimersByTimeAsync(1000);
    expect(g.calls).toHaveLength(2);
    // Refused with 503, so not known to the collector yet: the retry carries the snapshot again.
    expect(g.calls[1].records.map((r) => 'config' in r)).toEqual([true, false, false]);
  });

  it('does not throw into the page when sendBeacon throws, and keeps the records queued', async () => {
    Object.defineProperty(navigator, 'sendBeacon', {
      value: () => {
        throw new TypeError('Invalid URL');
      },
      configurable: true,
    });
    const f = fakeFetch(['hang']);
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn });
    const id = log.record(input());
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    try {
      expect(() => document.dispatchEvent(new Event('visibilitychange'))).not.toThrow();
    } finally {
      Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    }
    expect(queued().map((r) => r.id)).toEqual([id]);
  });

  it('drops a batch refused with a 4xx other than 408/429, with a warning, and does not retry', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const f = fakeFetch([400]);
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn });
    log.record(input());
    await log.flush();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(f.calls).toHaveLength(1);
    expect(queued()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('HTTP 400'));
  });

  it.each([503, 429, 408, 'network'] as const)('keeps the record and retries with growing, jittered delays after %s', async (first) => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(1); // no jitter reduction: delays are 1 s, 2 s, …
    const f = fakeFetch([first, first, 200]);
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn });
    const id = log.record(input());
    await vi.advanceTimersByTimeAsync(0);
    expect(f.calls).toHaveLength(1);
    expect(queued().map((r) => r.id)).toEqual([id]);
    await vi.advanceTimersByTimeAsync(999);
    expect(f.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(f.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.calls).toHaveLength(3);
    expect(queued()).toEqual([]);
    expect(f.calls.map((c) => c.records[0].id)).toEqual([id, id, id]);
  });

  it('jitters the retry delay between half and all of the backoff step', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const f = fakeFetch([503, 200]);
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn });
    log.record(input());
    await vi.advanceTimersByTimeAsync(499);
    expect(f.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.calls).toHaveLength(2);
  });

  it('stops retrying after 5 attempts in one page and keeps the record for the next', async () => {
    vi.useFakeTimers();
    const f = fakeFetch([500]);
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn });
    log.record(input());
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(f.calls).toHaveLength(6);
    expect(queued()).toHaveLength(1);
  });

  it('bounds the queue by count, dropping the oldest with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const f = fakeFetch(['hang']);
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn, maxItems: 3 });
    const ids = [1, 2, 3, 4, 5].map(() => log.record(input()));
    expect(queued().map((r) => r.id)).toEqual(ids.slice(2));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('oldest dropped'));
  });

  it('bounds the queue by age: records queued over 30 days ago are dropped', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const old = { v: 1, id: 'aaaaaaaa-0000-4000-8000-000000000000', clientTime: Date.now() - 31 * 864e5 };
    const recent = { v: 1, id: 'bbbbbbbb-0000-4000-8000-000000000000', clientTime: Date.now() - 29 * 864e5 };
    localStorage.setItem(KEY, JSON.stringify([old, recent]));
    const log = createConsentLog({ endpoint: endpoint(), fetch: fakeFetch(['hang']).fn });
    const id = log.record(input());
    expect(queued().map((r) => r.id)).toEqual([recent.id, id]);
  });

  it('sends one record in one request at a time: concurrent flushes do not duplicate it', async () => {
    let release!: () => void;
    const calls: ConsentRecord[][] = [];
    const fetchFn = ((_: string, init: RequestInit) => {
      calls.push(JSON.parse(String(init.body)));
      const ok = () => new Response('{}', { status: 200 });
      // The first request waits for the test; later ones answer at once.
      return calls.length > 1 ? Promise.resolve(ok()) : new Promise<Response>((r) => (release = () => r(ok())));
    }) as unknown as typeof fetch;
    const log = createConsentLog({ endpoint: endpoint(), fetch: fetchFn });
    const a = log.record(input());
    const b = log.record(input());
    const flushes = [log.flush(), log.flush(), log.flush()];
    await settle();
    expect(calls).toHaveLength(1);
    release();
    await Promise.all(flushes);
    const sent = calls.flat().map((r) => r.id);
    expect(sent.filter((x) => x === a)).toHaveLength(1);
    expect(sent.filter((x) => x === b)).toHaveLength(1);
    expect(queued()).toEqual([]);
  });

  it('keeps batches under the 64 KiB keepalive cap and at most 100 records', async () => {
    const f = fakeFetch([200]);
    const big = { text: 'x'.repeat(20_000) };
    localStorage.setItem(KEY, '[]');
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn, maxItems: 200 });
    // Fill the queue without sending (hanging first fetch) is not needed: flush sends in batches.
    for (let i = 0; i < 5; i++) log.record(input({ shown: { ...big, n: i } }));
    for (let i = 0; i < 150; i++) log.record(input({ shown }));
    await log.flush();
    await settle();
    await log.flush();
    const all = f.calls.flatMap((c) => c.records.map((r) => r.id));
    expect(new Set(all).size).toBe(155);
    for (const c of f.calls) {
      expect(new Blob([String(c.init.body)]).size).toBeLessThan(65_536);
      expect(c.records.length).toBeLessThanOrEqual(100);
    }
  });

  it('flushes the queue with sendBeacon when the page becomes hidden, keeping the records queued', async () => {
    const beacon = vi.fn((_url: string, _body: string) => true);
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true });
    const url = endpoint();
    const log = createConsentLog({ endpoint: url, fetch: fakeFetch(['hang']).fn });
    const id = log.record(input());
    const hide = (hidden: boolean) => {
      Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
      Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
    };
    hide(true);
    document.dispatchEvent(new Event('visibilitychange'));
    hide(false);
    const mine = beacon.mock.calls.filter(([u]) => u === url);
    expect(mine).toHaveLength(1);
    expect(typeof mine[0][1]).toBe('string');
    expect(JSON.parse(mine[0][1]).map((r: ConsentRecord) => r.id)).toEqual([id]);
    expect(queued().map((r) => r.id)).toEqual([id]);
  });

  it('does not beacon while the page stays visible, and never listens to unload', async () => {
    const beacon = vi.fn(() => true);
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true });
    const add = vi.spyOn(window, 'addEventListener');
    const log = createConsentLog({ endpoint: endpoint(), fetch: fakeFetch(['hang']).fn });
    log.record(input());
    document.dispatchEvent(new Event('visibilitychange'));
    expect(beacon).not.toHaveBeenCalled();
    expect(add.mock.calls.map((c) => c[0])).not.toContain('unload');
    expect(add.mock.calls.map((c) => c[0])).not.toContain('beforeunload');
  });

  it('replays records left by an earlier page after load', async () => {
    vi.useFakeTimers();
    const first = createConsentLog({ endpoint: endpoint(), fetch: fakeFetch(['network']).fn });
    const id = first.record(input());
    await vi.advanceTimersByTimeAsync(0);
    expect(queued().map((r) => r.id)).toEqual([id]);
    // "Next page": a new client on the same storage.
    const f = fakeFetch([200]);
    createConsentLog({ endpoint: endpoint(), fetch: f.fn });
    expect(f.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(f.calls.flatMap((c) => c.records.map((r) => r.id))).toEqual([id]);
    expect(queued()).toEqual([]);
  });

  it('works when storage throws (private mode, quota) and with storage: null', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    for (const storage of [broken, null]) {
      const f = fakeFetch([200]);
      const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn, storage });
      const id = log.record(input());
      await log.flush();
      expect(f.calls.flatMap((c) => c.records.map((r) => r.id))).toEqual([id]);
    }
  });

  it('never throws into the page, even when fetch throws synchronously or the input is bad', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = createConsentLog({
      endpoint: endpoint(),
      fetch: (() => {
        throw new Error('boom');
      }) as unknown as typeof fetch,
    });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => log.record(input({ shown: cyclic }))).not.toThrow();
    expect(() => log.record(input())).not.toThrow();
    await expect(log.flush()).resolves.toBeUndefined();
  });

  it('sends only schema fields, whatever else the caller passes', async () => {
    const f = fakeFetch([200]);
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn });
    log.record({ ...input(), email: 'visitor@example.nl' } as DecisionRecordInput);
    await log.flush();
    const keys = Object.keys(f.calls[0].records[0]).sort();
    expect(keys).toEqual([
      'action',
      'choices',
      'clientTime',
      'config',
      'configHash',
      'consentId',
      'id',
      'language',
      'page',
      'revision',
      'site',
      'v',
    ]);
  });

  it('leaves the page out when asked (data minimisation)', async () => {
    const f = fakeFetch([200]);
    const log = createConsentLog({ endpoint: endpoint(), fetch: f.fn, page: false, site: 'example.nl' });
    log.record(input());
    await log.flush();
    expect(f.calls[0].records[0]).not.toHaveProperty('page');
    expect(f.calls[0].records[0].site).toBe('example.nl');
  });
});
