// Where a PostgreSQL group's time goes: drives the real PostgreSQL store in this process (no HTTP)
// with concurrent appenders, as the collector's requests would, and reports per group the round
// trips and statements the client made, the client-observed time of each statement, the server's
// own execution and planning time (pg_stat_statements), the WAL flushes (pg_stat_wal) and the CPU
// of this process and of PostgreSQL per record. Not part of `npm run bench`; run it alone:
//
//   node scripts/bench/postgres-profile.mjs [--seconds 5] [--rounds 3] [--clients 32] [--sites 1]
//        [--variant label=<compiled build folder>]... [--sync-off]
//
// Without --variant it profiles the current sources. Several variants (e.g. a build of an older
// store kept in .tmp) run alternately, round after round, on one cluster, and the medians are
// compared. --sync-off adds a run with synchronous_commit off, only to show what the WAL flush
// costs (the store itself never runs so: a record is acknowledged only after its commit is flushed).
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import net from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildCollector, processTreeCpuMs, ROOT, startPostgres } from './consent-log-setup.mjs';

const { values: opts } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    clients: { type: 'string', default: '32' },
    sites: { type: 'string', default: '1' },
    variant: { type: 'string', multiple: true, default: [] },
    'sync-off': { type: 'boolean', default: false },
  },
});
const SECONDS = Number(opts.seconds);
const CLIENTS = Number(opts.clients);
const SITES = Number(opts.sites);

// --- instruments -------------------------------------------------------------------------------

/** Round trips: a write to a socket after something was read from it starts one. */
let roundTrips = 0;
const write = net.Socket.prototype.write;
net.Socket.prototype.write = function (...args) {
  if (!this._akkTracked) {
    this._akkTracked = true;
    this._akkAnswered = true;
    this.on('data', () => (this._akkAnswered = true));
  }
  if (this._akkAnswered) {
    roundTrips++;
    this._akkAnswered = false;
  }
  return write.apply(this, args);
};

/** A short name for a statement: its verb and table, so the report groups like statements. */
function label(text) {
  const t = text.replace(/\s+/g, ' ').trim();
  const verb = /^(\w+)/.exec(t)?.[1]?.toUpperCase() ?? '?';
  if (verb === 'WITH') return `WITH … (${/INSERT INTO (\w+)/.exec(t)?.[1] ?? /FROM (\w+)/.exec(t)?.[1] ?? '?'})`;
  const table = /(?:INTO|FROM|UPDATE) (\w+)/i.exec(t)?.[1];
  const lock = / FOR UPDATE/i.test(t) ? ' FOR UPDATE' : '';
  return table ? `${verb} ${table}${lock}` : verb;
}

/** Client-observed statement times (call to settled), by label. */
let statements = new Map();
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  const text = typeof config === 'string' ? config : config?.text;
  if (typeof text !== 'string') return query.call(this, config, values, callback);
  const t0 = performance.now();
  const done = () => {
    const s = statements.get(label(text)) ?? { calls: 0, ms: 0 };
    s.calls++;
    s.ms += performance.now() - t0;
    statements.set(label(text), s);
  };
  // pg-pool's query passes a callback (values may be left out, the callback second).
  const cb = typeof values === 'function' ? values : callback;
  if (typeof cb === 'function') {
    const wrapped = (err, res) => (done(), cb(err, res));
    return typeof values === 'function' ? query.call(this, config, wrapped) : query.call(this, config, values, wrapped);
  }
  const p = query.call(this, config, values);
  p.then(done, done);
  return p;
};

/** Groups committed (size, time from start to settled), from the store's own GroupCommit. */
function instrumentGroups(GroupCommit, groups) {
  const run = GroupCommit.prototype._run;
  GroupCommit.prototype._run = async function () {
    const size = this._pending.reduce((n, g) => n + g.items.reduce((m, j) => m + (j.records?.length ?? 1), 0), 0);
    const t0 = performance.now();
    await run.call(this);
    if (size) groups.list.push({ size, ms: performance.now() - t0 });
  };
}

// --- load ----------------------------------------------------------------------------------------

/** A validated record as the collector hands it to the store (one of SITES sites). */
function makeRecord(pendingRecord, i) {
  const site = SITES === 1 ? 'www.example.nl' : `site-${i % SITES}.example.nl`;
  return pendingRecord(
    {
      v: 1,
      id: randomUUID(),
      consentId: randomUUID(),
      site,
      page: `https://${site}/winkel`,
      action: 'custom',
      choices: { necessary: true, analytics: true, 'analytics:matomo': true, marketing: false, 'marketing:youtube': false },
      revision: '7',
      statementVersion: '2025-03',
      language: 'nl',
      clientTime: Date.now(),
    },
    { configHash: 'a'.repeat(64), ip: undefined, ua: undefined },
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pctl = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function loadVariant(dir) {
  const src = (m) => pathToFileURL(join(dir, 'consent-log-server/src', m)).href;
  const { openPostgresStore } = await import(src('postgres-store.js'));
  const { GroupCommit } = await import(src('group-commit.js'));
  const { pendingRecord } = await import(src('record-row.js'));
  const groups = { list: [] };
  instrumentGroups(GroupCommit, groups);
  return { openPostgresStore, pendingRecord, groups };
}

/** One measured run of one variant on a fresh database. */
async function profileRun(cluster, admin, v, { syncOff = false } = {}) {
  const url = await cluster.createDatabase();
  if (syncOff) await admin.query(`ALTER DATABASE ${url.split('/').pop()} SET synchronous_commit = off`);
  const store = await v.openPostgresStore(url);
  let stop = false;
  let n = 0;
  let i = 0;
  const loops = Array.from({ length: CLIENTS }, async () => {
    while (!stop) {
      await store.append([makeRecord(v.pendingRecord, i++)], []);
      n++;
    }
  });
  // Warm-up: connections open, statements prepared, the tables past their first pages.
  await new Promise((r) => setTimeout(r, 1000));
  await admin.query('SELECT pg_stat_statements_reset()');
  await admin.query("SELECT pg_stat_reset_shared('wal')");
  v.groups.list = [];
  statements = new Map();
  roundTrips = 0;
  const n0 = n;
  const cpu0 = process.cpuUsage();
  const pgCpu0 = processTreeCpuMs(cluster.pid);
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const records = n - n0;
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const pgCpu = processTreeCpuMs(cluster.pid) - pgCpu0;
  const trips = roundTrips;
  const stmts = statements;
  const groups = v.groups.list;
  const server = (
    await admin.query(
      `SELECT query, calls, total_exec_time, total_plan_time, rows, wal_bytes FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1) ORDER BY total_exec_time DESC`,
      [url.split('/').pop()],
    )
  ).rows;
  const wal = (await admin.query('SELECT wal_records, wal_bytes, wal_write, wal_sync, wal_write_time, wal_sync_time FROM pg_stat_wal'))
    .rows[0];
  stop = true;
  await Promise.all(loops);
  await store.close();
  const g = groups.length || 1;
  return {
    recordsPerSecond: (records * 1000) / wall,
    groupsPerSecond: (g * 1000) / wall,
    recordsPerGroup: records / g,
    roundTripsPerGroup: trips / g,
    statementsPerGroup: [...stmts.values()].reduce((a, s) => a + s.calls, 0) / g,
    groupMsP50: median(groups.map((x) => x.ms)),
    groupMsP99: pctl(
      groups.map((x) => x.ms),
      0.99,
    ),
    nodeCpuMicrosPerRecord: ((cpu.user + cpu.system) / records) | 0,
    pgCpuMicrosPerRecord: ((pgCpu * 1000) / records) | 0,
    walSyncsPerGroup: Number(wal.wal_sync) / g,
    walSyncMs: Number(wal.wal_sync_time) / Math.max(1, Number(wal.wal_sync)),
    walBytesPerRecord: Number(wal.wal_bytes) / records,
    client: [...stmts].map(([name, s]) => ({ name, perGroup: s.calls / g, msPerGroup: s.ms / g })),
    server: server.map((s) => ({
      name: label(s.query),
      perGroup: Number(s.calls) / g,
      execMsPerGroup: Number(s.total_exec_time) / g,
      planMsPerGroup: Number(s.total_plan_time) / g,
      walBytesPerGroup: Number(s.wal_bytes) / g,
    })),
  };
}

const ownBuild = join(ROOT, '.tmp', `pg-profile-${process.pid}`);
const variants = opts.variant.length
  ? opts.variant.map((s) => {
      const [name, dir] = s.split('=');
      return { name, dir: resolve(dir) };
    })
  : [{ name: 'current', dir: buildCollector(ownBuild) }];

const cluster = await startPostgres([
  'shared_preload_libraries=pg_stat_statements',
  'pg_stat_statements.track_planning=on',
  'track_wal_io_timing=on',
]);
if (!cluster) throw new Error('PostgreSQL binaries not found (set AKKOORD_PG_BIN)');
const admin = new pg.Client({ connectionString: cluster.url });
try {
  await admin.connect();
  await admin.query('CREATE EXTENSION pg_stat_statements');
  for (const v of variants) Object.assign(v, await loadVariant(v.dir), { runs: [] });
  const rounds = Number(opts.rounds);
  for (let r = 0; r < rounds; r++) {
    // Alternate the order each round, so neither variant always runs on a warmer or quieter machine.
    for (const v of r % 2 ? [...variants].reverse() : variants) v.runs.push(await profileRun(cluster, admin, v));
  }
  if (opts['sync-off']) for (const v of variants) v.syncOff = await profileRun(cluster, admin, v, { syncOff: true });

  const fmt = (x) => (typeof x === 'number' ? (x >= 100 ? Math.round(x).toString() : x.toFixed(2)) : x);
  const keys = Object.keys(variants[0].runs[0]).filter((k) => typeof variants[0].runs[0][k] === 'number');
  console.log(`\n${CLIENTS} concurrent appenders, ${SITES} site(s), ${SECONDS} s per run, ${rounds} rounds; medians (range)`);
  const table = {};
  for (const k of keys) {
    table[k] = {};
    for (const v of variants) {
      const xs = v.runs.map((x) => x[k]);
      table[k][v.name] = `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
      if (v.syncOff) table[k][`${v.name}, synchronous_commit off`] = fmt(v.syncOff[k]);
    }
  }
  console.table(table);
  for (const v of variants) {
    // The statements of the run with the median rate.
    const mid = [...v.runs].sort((a, b) => a.recordsPerSecond - b.recordsPerSecond)[Math.floor(v.runs.length / 2)];
    console.log(`\n${v.name}: client-observed statements per group (call to result)`);
    console.table(mid.client.map((s) => ({ statement: s.name, 'calls/group': fmt(s.perGroup), 'ms/group': fmt(s.msPerGroup) })));
    console.log(`${v.name}: server-side (pg_stat_statements) per group`);
    console.table(
      mid.server.map((s) => ({
        statement: s.name,
        'calls/group': fmt(s.perGroup),
        'exec ms/group': fmt(s.execMsPerGroup),
        'plan ms/group': fmt(s.planMsPerGroup),
        'WAL B/group': fmt(s.walBytesPerGroup),
      })),
    );
  }
} finally {
  await admin.end().catch(() => {});
  cluster.stop();
  rmSync(ownBuild, { recursive: true, force: true });
}
