// Consent statistics at scale (issue 15: "stats for that site answer in < 1 s"): one site with
// 1 000 000 records over 90 days plus 200 000 records of 100 other sites, on SQLite and on
// PostgreSQL, counted per day, per week, per revision and over 30 days. With `--before` it also
// times the Store.stats from before the daily summary (`--before-ref=<commit>` for another) on the same databases, alternating
// with the current one; with `--append` it measures the append path's records/s with and without
// the summary upsert (the store from before it), alternating in one process, as medians.
//   node scripts/bench/stats-scale.mjs [--before] [--before-ref=<commit>] [--append] [--append-only] [--rounds=5] [--no-pg]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { buildCollector, ROOT, startPostgres } from './consent-log-setup.mjs';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const BULK = 'www.bulk.example';
const BULK_RECORDS = 1_000_000;
const OTHER_RECORDS = 200_000;
const OTHER_SITES = 100;
/** Timed runs of each query; the median is reported. */
const RUNS = 5;
const GOAL_MS = 1000;

const args = new Set(process.argv.slice(2));
const withBefore = args.has('--before');
const appendOnly = args.has('--append-only');
const withAppend = appendOnly || args.has('--append');
/** Rounds of the append measurement (each runs both builds on each store). */
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 5);

/**
 * The rows of a synthetic record `n` as SQL valid in SQLite and PostgreSQL, from a row source with
 * a column `n`: a site's records spread evenly over 90 days, actions in realistic shares, a new
 * banner revision (one more service) after day 45, and a handful of distinct custom choices.
 */
function recordsSql(source, { site, seq, count }) {
  const choices = (rev) => {
    const meta = rev === '8' ? ',"marketing:meta":X' : '';
    const all = (v) =>
      `{"analytics":${v},"analytics:matomo":${v},"marketing":${v}${meta.replace('X', v)},"marketing:youtube":${v},"necessary":true}`;
    const custom = (a, m) =>
      `{"analytics":${a},"analytics:matomo":${a},"marketing":${m}${meta.replace('X', m)},"marketing:youtube":false,"necessary":true}`;
    return `CASE WHEN h < 45 OR h >= 98 THEN '${all(true)}' WHEN h < 70 OR (h >= 95 AND h < 98) THEN '${all(false)}'
      WHEN k = 0 THEN '${custom(true, false)}' WHEN k = 1 THEN '${custom(false, true)}' WHEN k = 2 THEN '${custom(true, true)}'
      ELSE '${custom(false, false)}' END`;
  };
  return `INSERT INTO consent_records (v, id, consent_id, site, page, action, choices, revision, statement_version, language,
  config_hash, client_time, ip, ua, seq, received_at, prev_hash, hash)
SELECT 1, 'r-' || site || '-' || seq, 'c-' || n, site, 'https://' || site || '/winkel',
  CASE WHEN h < 45 THEN 'accept-all' WHEN h < 70 THEN 'reject-all' WHEN h < 90 THEN 'custom' WHEN h < 95 THEN 'gpc'
       WHEN h < 98 THEN 'withdraw' ELSE 'renewal' END,
  CASE WHEN at < ${T0 + 45 * DAY} THEN ${choices('7')} ELSE ${choices('8')} END,
  CASE WHEN at < ${T0 + 45 * DAY} THEN '7' ELSE '8' END, '2025-03', 'nl', '${'a'.repeat(64)}', at, NULL, NULL, seq, at,
  'p-' || n, 'h-' || n
FROM (SELECT n, (n * 7919) % 100 AS h, (n * 104729) % 4 AS k, ${site} AS site, ${seq} AS seq,
        ${T0} + ((n - 1) * ${90 * DAY}) / ${count} AS at FROM ${source}) AS x`;
}

const bulkRows = { site: `'${BULK}'`, seq: 'n', count: BULK_RECORDS };
const otherRows = { site: `'www.site-' || (n % ${OTHER_SITES}) || '.example'`, seq: `n / ${OTHER_SITES} + 1`, count: OTHER_RECORDS };
/** A small site: 2 000 records. */
const smallRows = { site: "'www.klein.example'", seq: 'n', count: 2000 };
const sqliteSource = (count) => `(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${count}) SELECT n FROM s)`;
const pgSource = (count) => `generate_series(1::bigint, ${count}::bigint) AS s(n)`;

/**
 * The collector as it was before the daily summary: the sources of `BEFORE_REF` (`--before-ref=`,
 * default the parent of the commit that added `consent_days`) compiled into `out`.
 */
function buildPrevious(out) {
  const ref =
    process.argv.find((a) => a.startsWith('--before-ref='))?.slice(13) ??
    `${execFileSync('git', ['-C', ROOT, 'log', '-1', '--format=%H', '-S', 'CREATE TABLE consent_days', '--', 'packages/consent-log-server/src/migrations.ts']).toString().trim()}^`;
  const src = join(out, 'src');
  mkdirSync(src, { recursive: true });
  const tar = execFileSync('git', ['-C', ROOT, 'archive', ref, 'packages/consent-log-server/src', 'packages/consent-log/src'], {
    maxBuffer: 1 << 28,
  });
  execFileSync('tar', ['-x', '-C', src], { input: tar });
  // ES modules, as in the repository (whose root package.json says so).
  writeFileSync(join(src, 'package.json'), '{"type":"module"}');
  return buildCollector(join(out, 'js'), { root: src });
}

const openStoreOf = async (build) => (await import(pathToFileURL(join(build, 'consent-log-server/src/open-store.js')).href)).openStore;

/** Fills a database through raw SQL (the records), then the summary by the migration's back-fill; returns the back-fill's ms. */
async function fill(db, kind, build) {
  const openStore = await openStoreOf(build);
  await (await openStore(db, { lock: false })).close();
  const { daysFromRecordsSql } = await import(pathToFileURL(join(build, 'consent-log-server/src/stats-days.js')).href);
  if (kind === 'sqlite') {
    const raw = new Database(db);
    raw.pragma('synchronous = OFF');
    raw.exec(recordsSql(sqliteSource(BULK_RECORDS), bulkRows));
    raw.exec(recordsSql(sqliteSource(OTHER_RECORDS), otherRows));
    raw.exec(recordsSql(sqliteSource(2000), smallRows));
    raw.exec('ANALYZE');
    const t = performance.now();
    raw.exec(`DELETE FROM consent_days; ${daysFromRecordsSql('1 = 1')}`);
    const ms = performance.now() - t;
    raw.close();
    return ms;
  }
  const c = new pg.Client({ connectionString: db });
  await c.connect();
  try {
    await c.query(recordsSql(pgSource(BULK_RECORDS), bulkRows));
    await c.query(recordsSql(pgSource(OTHER_RECORDS), otherRows));
    await c.query(recordsSql(pgSource(2000), smallRows));
    await c.query('VACUUM ANALYZE');
    const t = performance.now();
    await c.query(`DELETE FROM consent_days; ${daysFromRecordsSql('1 = 1')}`);
    const ms = performance.now() - t;
    await c.query('VACUUM ANALYZE consent_days');
    return ms;
  } finally {
    await c.end();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The queries of the "Statistics at scale" table. */
const QUERIES = [
  ['all million, per day', { sites: [BULK], by: 'day' }],
  ['all million, per week', { sites: [BULK], by: 'week' }],
  ['all million, per revision', { sites: [BULK], by: 'revision' }],
  ['30 days (333 000 records), per day', { sites: [BULK], by: 'day', from: T0 + 30 * DAY, to: T0 + 60 * DAY }],
  ['30 days at 13:17 to 13:17, per day', { sites: [BULK], by: 'day', from: T0 + 30 * DAY + 47_820_000, to: T0 + 60 * DAY + 47_820_000 }],
  ['a site with 2 000 records, per day', { sites: ['www.klein.example'], by: 'day' }],
];

/** Times each query RUNS times on each store (current, and previous when given), alternating; checks they agree. */
async function timeStats(label, stores) {
  const rows = [];
  for (const [name, q] of QUERIES) {
    const times = stores.map(() => []);
    let answers = [];
    for (let r = 0; r < RUNS; r++)
      for (const [i, s] of stores.entries()) {
        const t = performance.now();
        answers[i] = await s.stats(q);
        times[i].push(performance.now() - t);
      }
    if (answers.length > 1 && JSON.stringify(answers[0]) !== JSON.stringify(answers[1]))
      throw new Error(`${label} ${name}: the summary's answer differs from the previous computation`);
    const ms = times.map(median);
    rows.push({
      name: `stats ${label}: ${name} (${answers[0].total.decisions} decisions)`,
      value: Math.round(ms[0]),
      unit: 'ms',
      range: `${Math.round(Math.min(...times[0]))}–${Math.round(Math.max(...times[0]))}`,
      ...(ms.length > 1 ? { before: Math.round(ms[1]) } : {}),
      goal: `< ${GOAL_MS} ms`,
      ok: ms[0] < GOAL_MS,
    });
  }
  return rows;
}

/**
 * Records/s of `store.append` in groups of 16 (as under load), on fresh databases of each store in
 * turn, alternating current and previous build, ROUNDS rounds; medians.
 */
async function appendRows(label, makeDb, builds, options, sites) {
  const GROUPS = 600;
  let n = 0;
  const record = () => {
    const i = n++;
    const h = (i * 7919) % 100;
    return {
      v: 1,
      id: `a-${process.pid}-${i}`,
      consentId: `c-${i}`,
      site: `www.site-${i % sites}.example`,
      page: 'https://www.example.nl/winkel',
      // One site: as the collector bench, every record alike (one summary row per group). Several:
      // sites, actions and choices mixed, about one summary row per record (the worst case).
      action: sites === 1 ? 'custom' : h < 45 ? 'accept-all' : h < 70 ? 'reject-all' : 'custom',
      choices:
        sites === 1
          ? { necessary: true, analytics: true }
          : { necessary: true, analytics: h < 45 || (h >= 70 && i % 2 === 0), marketing: h < 45 },
      revision: '7',
      statementVersion: '2025-03',
      language: 'nl',
      configHash: 'a'.repeat(64),
      clientTime: Date.now(),
    };
  };
  const rates = builds.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, build] of r % 2 ? [...builds.entries()].reverse() : [...builds.entries()]) {
      const openStore = await openStoreOf(build);
      const store = await openStore(await makeDb(), options);
      try {
        for (let g = 0; g < 50; g++) await Promise.all(Array.from({ length: 16 }, () => store.append([record()], [])));
        const t = performance.now();
        for (let g = 0; g < GROUPS; g++) await Promise.all(Array.from({ length: 16 }, () => store.append([record()], [])));
        rates[i].push((GROUPS * 16) / ((performance.now() - t) / 1000));
      } finally {
        await store.close();
      }
    }
  }
  const [now, before] = rates.map(median);
  return {
    name: `append ${label}, groups of 16, ${sites === 1 ? 'one site, records alike' : `${sites} sites, mixed`}: records/s with the daily summary`,
    value: Math.round(now),
    unit: 'records/s',
    range: `${Math.round(Math.min(...rates[0]))}–${Math.round(Math.max(...rates[0]))}`,
    before: Math.round(before),
    goal: `${Math.round((now / before) * 100)} % of without`,
  };
}

const work = join(ROOT, '.tmp', `stats-scale-${process.pid}`);
const dir = mkdtempSync(join(tmpdir(), 'akkoord-stats-'));
const postgres = args.has('--no-pg') ? null : await startPostgres();
try {
  const build = buildCollector(join(work, 'current'));
  const previous = withBefore || withAppend ? buildPrevious(join(work, 'previous')) : null;
  const rows = [];
  const targets = [['SQLite', 'sqlite', join(dir, 'stats.db')]];
  if (postgres) targets.push(['PostgreSQL', 'postgres', await postgres.createDatabase()]);
  for (const [label, kind, db] of appendOnly ? [] : targets) {
    const backfill = await fill(db, kind, build);
    rows.push({ name: `back-fill of the summary (migration 4), ${label}, 1 202 000 records`, value: Math.round(backfill), unit: 'ms' });
    const stores = [await (await openStoreOf(build))(db, { lock: false })];
    if (withBefore) stores.push(await (await openStoreOf(previous))(db, { lock: false }));
    try {
      rows.push(...(await timeStats(label, stores)));
    } finally {
      for (const s of stores) await s.close();
    }
  }
  if (withAppend) {
    let k = 0;
    const builds = [build, previous];
    for (const sites of [20, 1]) {
      rows.push(await appendRows('SQLite FULL', async () => join(dir, `append-${++k}.db`), builds, {}, sites));
      rows.push(await appendRows('SQLite NORMAL', async () => join(dir, `append-${++k}.db`), builds, { synchronous: 'NORMAL' }, sites));
      if (postgres) rows.push(await appendRows('PostgreSQL', () => postgres.createDatabase(), builds, {}, sites));
    }
  }
  console.table(rows);
} finally {
  postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
