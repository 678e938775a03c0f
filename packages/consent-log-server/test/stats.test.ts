/**
 * Consent statistics (issue 15, "Consent statistics and a dashboard"): Store.stats on both stores
 * must give exactly the numbers of a direct count over the records read back, per UTC day, ISO
 * week and revision, and GET /v1/stats must scope them like every other read endpoint.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, type StoredConsentRecord } from '@akkoord/consent-log';
import { STATS_MIN_DECISIONS } from '../src/assemble-stats.js';
import { createCollector, type Collector } from '../src/create-collector.js';
import { REBUILD_DAYS_SQL } from '../src/stats-days.js';
import type { Logger } from '../src/json-logger.js';
import { newSiteToken } from '../src/site-token.js';
import type { ConsentStats, PendingRecord, StatsBucket, StatsBy } from '../src/types.js';
import { startPostgres } from './helpers/postgres.js';
import { makeRecord } from './helpers/records.js';
import { storeFactories, type TestStore } from './helpers/stores.js';

const cluster = await startPostgres();
afterAll(async () => cluster?.stop());

const DAY = 86_400_000;
const BAKKER = 'www.bakker.nl';
const JANSEN = 'www.jansen.nl';
/** Decisions per day for Bakker: a quiet day (below the threshold), a day without any, and busy days. */
const PER_DAY = [31, 24, 5, 0, 40, 22, 19, 33, 27, 12];

/** A small deterministic generator, so every run seeds the same records. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** A pending record as the collector would hand it to the store. */
function pending(site: string, rnd: () => number, revision: string): PendingRecord {
  const { config: _c, ...r } = makeRecord({
    site,
    consentId: `visitor-${Math.floor(rnd() * 1e9)}`,
    action: ACTIONS[Math.floor(rnd() * ACTIONS.length)],
    revision,
    choices: {
      necessary: true,
      analytics: rnd() < 0.6,
      'analytics:matomo': rnd() < 0.5,
      // Offered only from revision 2 on: its share counts the decisions that offered it.
      ...(revision === '2' ? { marketing: rnd() < 0.3, 'marketing:meta': rnd() < 0.2 } : {}),
    },
  });
  return { ...r, configHash: 'c'.repeat(64) };
}

/** The counts of a bucket computed here, independently of the store: a direct count over records. */
function directCount(records: StoredConsentRecord[]): Omit<StatsBucket, 'key' | 'start' | 'end'> {
  const actions: Record<string, number> = Object.fromEntries(ACTIONS.map((a) => [a, 0]));
  const offered = new Map<string, [number, number]>();
  for (const r of records) {
    actions[r.action] = (actions[r.action] ?? 0) + 1;
    // An embed's one service or a reset answers no question of the banner: not in the shares.
    if (r.action === 'embed' || r.action === 'reset') continue;
    for (const [k, v] of Object.entries(r.choices)) {
      const c = offered.get(k) ?? [0, 0];
      offered.set(k, [c[0] + 1, c[1] + (v ? 1 : 0)]);
    }
  }
  const shares = (service: boolean) =>
    Object.fromEntries(
      [...offered]
        .filter(([k]) => k.includes(':') === service)
        .map(([k, [o, g]]) => [k, { offered: o, granted: g, share: Math.round((g / o) * 1e4) / 1e4 }]),
    );
  const times = records.map((r) => r.receivedAt);
  return {
    firstAt: times.length ? Math.min(...times) : null,
    lastAt: times.length ? Math.max(...times) : null,
    decisions: records.length,
    tooFewToRead: records.length < STATS_MIN_DECISIONS,
    actions,
    categories: shares(false),
    services: shares(true),
  };
}

/** The ISO week of a time, by the usual recipe: move to the Thursday of its week, count weeks from 1 January of that year. */
function isoWeek(ms: number): string {
  const d = new Date(ms);
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - (d.getUTCDay() || 7)));
  const week = Math.ceil(((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / DAY + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const keyOf: Record<StatsBy, (r: StoredConsentRecord) => string> = {
  day: (r) => new Date(r.receivedAt).toISOString().slice(0, 10),
  week: (r) => isoWeek(r.receivedAt),
  revision: (r) => r.revision,
};

/** A bucket with only the categories and services it offered (the store lists every key seen in the answer, 0 when absent). */
function offeredOnly(b: StatsBucket): Omit<StatsBucket, 'key' | 'start' | 'end'> {
  const { key: _k, start: _s, end: _e, ...rest } = b;
  const keep = (o: StatsBucket['categories']) => Object.fromEntries(Object.entries(o).filter(([, c]) => c.offered > 0));
  return { ...rest, categories: keep(b.categories), services: keep(b.services) };
}

describe.each(storeFactories(cluster))('consent statistics on %s', (_name, makeStore) => {
  let ts: TestStore;
  /** Every stored record, read back from the store. */
  let all: StoredConsentRecord[];
  const start = Date.UTC(2026, 0, 1); // the fake clock's start: a Thursday, in ISO week 2026-W01

  beforeEach(async () => {
    ts = await makeStore();
    const rnd = random(15);
    for (const [day, n] of PER_DAY.entries()) {
      // Spread over the day in four groups (each group shares its commit time); revision 2 from day 5.
      for (let part = 0; part < 4; part++) {
        const count = Math.floor(n / 4) + (part < n % 4 ? 1 : 0);
        const revision = day < 5 ? '1' : '2';
        if (count)
          await ts.store.append(
            [...Array(count)].map(() => pending(BAKKER, rnd, revision)),
            [],
          );
        ts.clock.advance(5 * 3_600_000);
      }
      // Jansen: a few decisions a day, which Bakker's counts must never include.
      await ts.store.append([pending(JANSEN, rnd, '7'), pending(JANSEN, rnd, '7')], []);
      ts.clock.advance(DAY - 20 * 3_600_000);
    }
    all = [];
    for (let page: StoredConsentRecord[]; (page = await ts.store.page({ limit: 1000, after: all.at(-1) })).length;) all.push(...page);
  });
  afterEach(async () => ts.cleanup());

  /**
   * Records edited behind the store's back stand for records an older collector stored: the
   * upgrade to the daily summary back-fills them (migration 4), as this does.
   */
  const backFill = async () => {
    for (const sql of REBUILD_DAYS_SQL.split(';\n')) await ts.exec(sql);
  };

  for (const by of ['day', 'week', 'revision'] as const) {
    it(`counts by ${by} exactly as a direct count over the records`, async () => {
      const stats = await ts.store.stats({ sites: [BAKKER], by });
      const mine = all.filter((r) => r.site === BAKKER);
      const groups = new Map<string, StoredConsentRecord[]>();
      for (const r of mine) groups.set(keyOf[by](r), [...(groups.get(keyOf[by](r)) ?? []), r]);
      const withData = stats.buckets.filter((b) => b.decisions > 0);
      expect(withData.map((b) => b.key)).toEqual([...groups.keys()]);
      for (const b of withData) expect(offeredOnly(b)).toEqual(directCount(groups.get(b.key)!));
      expect(offeredOnly(stats.total)).toEqual(directCount(mine));
      expect(stats.total.decisions).toBe(PER_DAY.reduce((a, b) => a + b));
    });
  }

  it('keeps a period without decisions and marks small ones tooFewToRead, with UTC bounds', async () => {
    const { buckets } = await ts.store.stats({ sites: [BAKKER], by: 'day' });
    expect(buckets.map((b) => b.decisions)).toEqual(PER_DAY);
    expect(buckets.map((b) => b.tooFewToRead)).toEqual(PER_DAY.map((n) => n < STATS_MIN_DECISIONS));
    expect(buckets[3]).toMatchObject({ key: '2026-01-04', start: start + 3 * DAY, end: start + 4 * DAY, firstAt: null, lastAt: null });
    // Every key seen in the answer is listed in every bucket, so the buckets line up as a table.
    expect(buckets[3].categories.marketing).toEqual({ offered: 0, granted: 0, share: null });
    expect(Object.keys(buckets[0].actions)).toEqual([...ACTIONS]);
  });

  it('names ISO weeks by the year of their Thursday and bounds them Monday to Monday', async () => {
    const { buckets } = await ts.store.stats({ sites: [BAKKER], by: 'week' });
    expect(buckets.map((b) => [b.key, b.start, b.end])).toEqual([
      ['2026-W01', Date.UTC(2025, 11, 29), Date.UTC(2026, 0, 5)],
      ['2026-W02', Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 12)],
    ]);
  });

  it('orders revisions by their first decision and gives them no period bounds', async () => {
    const { buckets } = await ts.store.stats({ sites: [BAKKER], by: 'revision' });
    expect(buckets.map((b) => b.key)).toEqual(['1', '2']);
    expect(buckets[0]).not.toHaveProperty('start');
    expect(buckets[0].lastAt!).toBeLessThan(buckets[1].firstAt!);
  });

  it('filters by time (from inclusive, to exclusive) and fills empty periods out to the range asked', async () => {
    const from = start + 2 * DAY;
    const to = start + 12 * DAY;
    const stats = await ts.store.stats({ sites: [BAKKER], by: 'day', from, to });
    expect(stats).toMatchObject({ from, to, by: 'day' });
    expect(stats.buckets.map((b) => b.decisions)).toEqual([...PER_DAY.slice(2), 0, 0]);
    expect(stats.buckets.at(-1)).toMatchObject({ key: '2026-01-12', tooFewToRead: true });
    const inRange = all.filter((r) => r.site === BAKKER && r.receivedAt >= from && r.receivedAt < to);
    expect(offeredOnly(stats.total)).toEqual(directCount(inRange));
    // No decisions at all: an open range has no periods, a closed one its empty days.
    expect((await ts.store.stats({ sites: ['www.leeg.nl'], by: 'day' })).buckets).toEqual([]);
    expect((await ts.store.stats({ sites: ['www.leeg.nl'], by: 'day', from, to: from + 2 * DAY })).buckets).toHaveLength(2);
  });

  it('counts several sites together, every site for null, and nothing for an empty list', async () => {
    const both = await ts.store.stats({ sites: [JANSEN, BAKKER], by: 'revision' });
    expect(both.buckets.map((b) => b.key)).toEqual(['1', '7', '2']);
    expect(offeredOnly(both.total)).toEqual(directCount(all));
    expect(await ts.store.stats({ sites: null, by: 'revision' })).toEqual(both);
    const none = await ts.store.stats({ sites: [], by: 'day' });
    expect(none).toEqual(await ts.store.stats({ sites: ['www.leeg.nl'], by: 'day' }));
    expect(none.total).toMatchObject({ decisions: 0, tooFewToRead: true, categories: {}, services: {} });
  });

  it('counts an action outside the schema and a __proto__ choice key stored by an older collector as data', async () => {
    const [first, second] = all.filter((r) => r.site === BAKKER);
    await ts.exec('UPDATE consent_records SET action = ? WHERE id = ?', 'imported', first.id);
    await ts.exec('UPDATE consent_records SET choices = ? WHERE id = ?', '{"necessary":true,"__proto__":true}', second.id);
    await backFill();
    const { total } = await ts.store.stats({ sites: [BAKKER], by: 'day' });
    expect(Object.keys(total.actions)).toEqual([...ACTIONS, 'imported']);
    expect(total.actions.imported).toBe(1);
    expect(Object.getPrototypeOf(total.categories)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(total.categories, '__proto__')?.value).toEqual({ offered: 1, granted: 1, share: 1 });
  });

  it('counts embed and reset records among the actions but leaves them out of the shares', async () => {
    const before = (await ts.store.stats({ sites: [BAKKER], by: 'day' })).total;
    const [first, second] = all.filter((r) => r.site === BAKKER && r.action !== 'embed' && r.action !== 'reset');
    await ts.exec('UPDATE consent_records SET action = ? WHERE id = ?', 'embed', first.id);
    await ts.exec('UPDATE consent_records SET action = ? WHERE id = ?', 'reset', second.id);
    await backFill();
    const after = (await ts.store.stats({ sites: [BAKKER], by: 'day' })).total;
    expect(after.actions.embed).toBe(before.actions.embed! + 1);
    expect(after.actions.reset).toBe(before.actions.reset! + 1);
    expect(after.decisions).toBe(before.decisions);
    for (const key of Object.keys(before.categories)) {
      const gone = [first, second].filter((r) => key in r.choices).length;
      expect(after.categories[key]!.offered, key).toBe(before.categories[key]!.offered - gone);
    }
  });

  describe('GET /v1/stats', () => {
    let collector: Collector;
    let base = '';
    let lines: Record<string, unknown>[] = [];
    const log: Logger = (level, msg, fields) => lines.push({ level, msg, ...fields });
    const ADMIN = 'admin-token-0123456789';
    const get = async (query: string, token?: string) => {
      const res = await fetch(`${base}/v1/stats${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
    };
    const addToken = async (...sites: string[]) => {
      const t = newSiteToken();
      await ts.store.access.addToken({ id: t.id, sites, createdAt: ts.clock.now() }, t.tokenHash);
      return t.token;
    };

    beforeEach(async () => {
      lines = [];
      collector = createCollector({ store: ts.store, token: ADMIN, log, rateLimit: false, now: ts.clock.now });
      base = `http://127.0.0.1:${(await collector.listen(0, '127.0.0.1')).port}`;
    });
    afterEach(async () => collector.close());

    it("answers the store's counts with the sites the reader may ask for, and writes the audit line", async () => {
      const r = await get(`?site=${BAKKER}&by=week&from=2026-01-01&to=2026-01-08`, ADMIN);
      expect(r).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
      const stats = (await ts.store.stats({ sites: [BAKKER], by: 'week', from: start, to: start + 7 * DAY })) satisfies ConsentStats;
      expect(JSON.parse(r.body)).toEqual({ sites: [BAKKER, JANSEN], ...stats });
      await expect
        .poll(() => lines.find((l) => l.msg === 'read'))
        .toMatchObject({
          endpoint: 'stats',
          token: 'admin',
          site: BAKKER,
          by: 'week',
          from: '2026-01-01',
          to: '2026-01-08',
          status: 200,
        });
    });

    it("answers another site's stats for a site token exactly as those of a site without records", async () => {
      const bakker = await addToken(BAKKER);
      const other = await get(`?site=${JANSEN}&by=revision`, bakker);
      const unknown = await get(`?site=www.leeg.nl&by=revision`, bakker);
      expect(other).toEqual(unknown);
      expect(JSON.parse(other.body)).toMatchObject({ sites: [BAKKER], total: { decisions: 0 }, buckets: [] });
      // Without site: the token's own sites only, never Jansen's decisions.
      const own = JSON.parse((await get('?by=revision', bakker)).body) as ConsentStats;
      expect(own.total.decisions).toBe(PER_DAY.reduce((a, b) => a + b));
      expect(own.buckets.map((b) => b.key)).toEqual(['1', '2']);
    });

    it('refuses a bad query with 400 naming the parameter, and a missing or revoked token with 401', async () => {
      expect(JSON.parse((await get('?by=month', ADMIN)).body)).toMatchObject({ error: 'invalid_query', path: 'by' });
      expect(JSON.parse((await get('?from=yesterday', ADMIN)).body)).toMatchObject({ error: 'invalid_query', path: 'from' });
      expect((await get('?by=day')).status).toBe(401);
      const token = await addToken(BAKKER);
      const t = await ts.store.access.tokens();
      await ts.store.access.revokeToken(t[0].id, ts.clock.now());
      expect((await get('?by=day', token)).status).toBe(401);
    });
  });
});
