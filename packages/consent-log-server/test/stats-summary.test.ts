/**
 * The daily summary behind Store.stats (stats-days.ts): whatever was appended, retried and purged,
 * and for any range, the stats read from the summary (whole days) and the records (part-days)
 * must equal a direct count over the records left, on both stores; and a database from before
 * the summary must count right once upgraded.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, type StoredConsentRecord } from '@akkoord/consent-log';
import { assembleStats, NOT_ANSWERS, type ActionRow, type ChoiceRow } from '../src/assemble-stats.js';
import { RECORD_COLUMNS } from '../src/record-row.js';
import { DAY_MS, dayCounts, splitRange } from '../src/stats-days.js';
import type { PendingRecord, StatsBy, StatsQuery } from '../src/types.js';
import { startPostgres } from './helpers/postgres.js';
import { makeRecord } from './helpers/records.js';
import { storeFactories, type TestStore } from './helpers/stores.js';

const cluster = await startPostgres();
afterAll(async () => cluster?.stop());

const HOUR = 3_600_000;
const SITES = ['www.bakker.nl', 'www.jansen.nl', 'www.smit.nl'];

/** A small deterministic generator, so every run stores the same records. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** A pending record with a random site, action, revision and choices (a few distinct combinations, as banners give). */
function pending(rnd: () => number): PendingRecord {
  const revision = pick(rnd, ['1', '2', '10']);
  const { config: _c, ...r } = makeRecord({
    site: pick(rnd, SITES),
    consentId: `visitor-${Math.floor(rnd() * 1e6)}`,
    action: pick(rnd, [...ACTIONS, 'imported']) as PendingRecord['action'],
    revision,
    choices: {
      necessary: true,
      analytics: rnd() < 0.5,
      ...(revision !== '1' ? { marketing: rnd() < 0.3, 'marketing:meta': rnd() < 0.3 } : {}),
    },
  });
  return { ...r, configHash: 'c'.repeat(64) };
}

/** Every stored record, read back page by page. */
async function readAll(ts: TestStore): Promise<StoredConsentRecord[]> {
  const all: StoredConsentRecord[] = [];
  for (let page: StoredConsentRecord[]; (page = await ts.store.page({ limit: 500, after: all.at(-1) })).length;) all.push(...page);
  return all;
}

/**
 * Store.stats computed here from the records themselves, without SQL: the day, week or revision
 * of each record (day numbers by integer division, as the stores count), summed per bucket and
 * action and per bucket and choices key, then assembled by the same code the stores use.
 */
function directStats(records: StoredConsentRecord[], q: StatsQuery): ReturnType<typeof assembleStats> {
  const mine = records.filter(
    (r) =>
      (q.sites === null || q.sites.includes(r.site)) &&
      (q.from === undefined || r.receivedAt >= q.from) &&
      (q.to === undefined || r.receivedAt < q.to),
  );
  const bucketOf = (r: StoredConsentRecord): number | string => {
    const day = Math.trunc(r.receivedAt / DAY_MS);
    return q.by === 'revision' ? r.revision : q.by === 'day' ? day : Math.trunc((day + 3) / 7);
  };
  const actions = new Map<string, ActionRow>();
  const choices = new Map<string, ChoiceRow>();
  for (const r of mine) {
    const bucket = bucketOf(r);
    const a = actions.get(`${bucket}\0${r.action}`) ?? {
      bucket,
      action: r.action,
      decisions: 0,
      firstAt: r.receivedAt,
      lastAt: r.receivedAt,
    };
    a.decisions++;
    a.firstAt = Math.min(a.firstAt, r.receivedAt);
    a.lastAt = Math.max(a.lastAt, r.receivedAt);
    actions.set(`${bucket}\0${r.action}`, a);
    if ((NOT_ANSWERS as readonly string[]).includes(r.action)) continue;
    for (const [key, value] of Object.entries(r.choices)) {
      const c = choices.get(`${bucket}\0${key}`) ?? { bucket, key, offered: 0, granted: 0 };
      c.offered++;
      if (value === true) c.granted++;
      choices.set(`${bucket}\0${key}`, c);
    }
  }
  return assembleStats(q, { actions: [...actions.values()], choices: [...choices.values()] });
}

/** The queries compared: every grouping, one, several, all and unknown sites, ranges on and off day boundaries. */
function queries(records: StoredConsentRecord[], rnd: () => number): StatsQuery[] {
  const times = records.map((r) => r.receivedAt);
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const day0 = Math.floor(lo / DAY_MS) * DAY_MS;
  const odd = () => lo - DAY_MS + Math.floor(rnd() * (hi - lo + 2 * DAY_MS));
  const ranges: Pick<StatsQuery, 'from' | 'to'>[] = [
    {},
    { from: day0 + DAY_MS },
    { to: day0 + 3 * DAY_MS },
    { from: day0 + DAY_MS, to: day0 + 4 * DAY_MS },
    { from: day0 + DAY_MS + 7 * HOUR, to: day0 + 4 * DAY_MS + 1 },
    { from: day0 + 2 * DAY_MS + 1, to: day0 + 2 * DAY_MS + 20 * HOUR },
    { from: day0 + 5 * DAY_MS, to: day0 + 2 * DAY_MS },
    { from: lo, to: hi },
    { from: lo, to: hi + 1 },
  ];
  for (let i = 0; i < 8; i++) {
    const [a, b] = [odd(), odd()].sort((x, y) => x - y);
    ranges.push({ from: a, to: b }, { from: a }, { to: b });
  }
  const siteSets = [null, [SITES[0]], [SITES[1], SITES[0]], ['www.leeg.nl']];
  const out: StatsQuery[] = [];
  for (const by of ['day', 'week', 'revision'] as StatsBy[])
    for (const sites of siteSets) for (const range of ranges) out.push({ by, sites, ...range });
  return out;
}

async function expectSameStats(ts: TestStore, rnd: () => number): Promise<number> {
  const records = await readAll(ts);
  const qs = queries(records, rnd);
  for (const q of qs) expect(await ts.store.stats(q), JSON.stringify(q)).toEqual(directStats(records, q));
  return qs.length;
}

describe('splitRange', () => {
  it('reads whole UTC days from the summary and only the part-days at the edges from the records', () => {
    const d = (n: number, h = 0) => n * DAY_MS + h * HOUR;
    expect(splitRange({ from: d(10), to: d(20) })).toEqual({ days: { lo: 10, hi: 20 }, records: [] });
    expect(splitRange({ from: d(10, 5), to: d(20, 1) })).toEqual({
      days: { lo: 11, hi: 20 },
      records: [
        { from: d(10, 5), to: d(11) },
        { from: d(20), to: d(20, 1) },
      ],
    });
    expect(splitRange({})).toEqual({ days: { lo: 0, hi: null }, records: [{ from: null, to: 0 }] });
    // Less than a whole day, or an empty range: the records only.
    expect(splitRange({ from: d(10, 1), to: d(11, 1) })).toEqual({ days: null, records: [{ from: d(10, 1), to: d(11, 1) }] });
    expect(splitRange({ from: d(12), to: d(11) })).toEqual({ days: null, records: [{ from: d(12), to: d(11) }] });
  });

  it('gives one summary row per distinct key of a group, with its count and first and last time', () => {
    const row = (site: string, at: number, action = 'custom') =>
      RECORD_COLUMNS.map((c) => ({ site, received_at: at, revision: '1', action, choices: '{"a":true}' })[c as string] ?? null);
    const rows = [row('b', DAY_MS + 5), row('a', DAY_MS + 9), row('b', DAY_MS + 2), row('b', 2 * DAY_MS), row('b', DAY_MS + 7, 'gpc')];
    expect(dayCounts(rows).map((c) => [c.site, c.day, c.action, c.decisions, c.firstAt, c.lastAt])).toEqual([
      ['a', 1, 'custom', 1, DAY_MS + 9, DAY_MS + 9],
      ['b', 1, 'custom', 2, DAY_MS + 2, DAY_MS + 5],
      ['b', 1, 'gpc', 1, DAY_MS + 7, DAY_MS + 7],
      ['b', 2, 'custom', 1, 2 * DAY_MS, 2 * DAY_MS],
    ]);
  });
});

describe.each(storeFactories(cluster))('the daily summary on %s', (_name, makeStore) => {
  let ts: TestStore;
  beforeEach(async () => {
    ts = await makeStore();
  });
  afterEach(async () => ts.cleanup());

  /** Appends random groups: concurrent calls (one group commit), retries, the clock moving by minutes to days and once back. */
  async function appendRandom(rnd: () => number, groups: number): Promise<void> {
    const sent: PendingRecord[] = [];
    for (let g = 0; g < groups; g++) {
      const calls = 1 + Math.floor(rnd() * 3);
      const batches = [...Array(calls)].map(() => [...Array(1 + Math.floor(rnd() * 6))].map(() => pending(rnd)));
      // A retry of an earlier record now and then: stored once, counted once.
      if (sent.length && rnd() < 0.3) batches[0].push(pick(rnd, sent));
      await Promise.all(batches.map((b) => ts.store.append(b, [])));
      sent.push(...batches.flat());
      const step = rnd();
      ts.clock.advance(step < 0.6 ? Math.floor(rnd() * 3 * HOUR) : step < 0.95 ? Math.floor(rnd() * 2 * DAY_MS) : 0);
      // The clock set back once (an NTP step): times are not in seq order.
      if (g === Math.floor(groups / 2)) ts.clock.advance(-30 * HOUR);
    }
  }

  it('equals a direct count over the records for every grouping, site set and range, before and after purges', async () => {
    const rnd = random(2026);
    await appendRandom(rnd, 60);
    const records = await readAll(ts);
    expect(records.length).toBeGreaterThan(150);
    expect(new Set(records.map((r) => Math.floor(r.receivedAt / DAY_MS))).size).toBeGreaterThan(10);
    expect(await expectSameStats(ts, rnd)).toBeGreaterThan(300);

    // A purge at an odd time of day: part of a day's records go, the summary of that day must follow.
    const times = records.map((r) => r.receivedAt).sort((a, b) => a - b);
    const cut = times[Math.floor(times.length / 3)] + 1;
    const purged = await ts.store.purge(cut);
    expect(purged.records).toBeGreaterThan(0);
    await expectSameStats(ts, rnd);

    // More appends after the purge, onto days the purge touched, then a second purge.
    await appendRandom(rnd, 20);
    await ts.store.purge(times[Math.floor(times.length / 2)] + 7 * HOUR);
    const left = await readAll(ts);
    expect(left.length).toBeLessThan(records.length);
    await expectSameStats(ts, rnd);
  });

  it('upgrades a database from before the summary (schema version 3) to the right counts', async () => {
    const rnd = random(4);
    await appendRandom(rnd, 30);
    const before = await ts.store.stats({ sites: null, by: 'day' });
    await ts.store.close();
    // What the previous version left: its records, no summary, migrations 1 to 3.
    await ts.exec('DROP TABLE consent_days');
    await ts.exec('DELETE FROM schema_migrations WHERE version = ?', 4);
    const upgraded = await ts.reopen();
    const records = await readAll({ ...ts, store: upgraded });
    expect(before.total.decisions).toBe(records.length);
    for (const q of queries(records, rnd)) expect(await upgraded.stats(q), JSON.stringify(q)).toEqual(directStats(records, q));
    // And it keeps counting what is appended after the upgrade.
    await upgraded.append([pending(rnd), pending(rnd)], []);
    const after = await readAll({ ...ts, store: upgraded });
    expect(after).toHaveLength(records.length + 2);
    expect(await upgraded.stats({ sites: null, by: 'revision' })).toEqual(directStats(after, { sites: null, by: 'revision' }));
  });
});
