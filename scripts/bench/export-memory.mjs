// Exporting one site with 1 000 000 records, on SQLite and on PostgreSQL: the collector's memory
// (RSS) while it streams the export over HTTP, and the CLI export's, against the goal of flat memory
// (growth < 100 MB). Called from collector.mjs (`npm run bench`); `node scripts/bench/export-memory.mjs`
// runs it alone (`--cli` adds the CLI export).
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { buildCollector, ROOT, startPostgres, startProcess } from './consent-log-setup.mjs';

/** Records of the one exported site. */
const RECORDS = 1_000_000;
/** The goal: RSS growth while exporting, in MB. */
const GOAL_MB = 100;
const SITE = 'www.bulk.example';
/** Receive time of record 1; record n is received n ms later. */
const T0 = Date.UTC(2026, 0, 1);
const CHOICES = JSON.stringify({
  analytics: true,
  'analytics:matomo': true,
  marketing: false,
  'marketing:youtube': false,
  necessary: true,
});

/** Resident memory of a process, in MB (from /proc). */
function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Samples a process's RSS every 20 ms until stopped; resolves with the highest seen. */
function sampleRss(pid) {
  let peak = 0;
  const sample = () => {
    try {
      // NaN (no VmRSS yet, right after spawn) leaves the peak as it is.
      peak = Math.max(peak, rssMb(pid) || 0);
    } catch {
      // The process ended.
    }
  };
  sample();
  const timer = setInterval(sample, 20);
  return () => (clearInterval(timer), sample(), peak);
}

/**
 * Fills a new SQLite file with the site's records (schema by the store itself, rows by one insert
 * per record in one transaction). The rows have a record's size and shape; their hashes are
 * placeholders (an export does not verify).
 */
async function fillSqlite(build, file) {
  const { openStore } = await import(pathToFileURL(join(build, 'consent-log-server/src/open-store.js')).href);
  await (await openStore(file)).close();
  const db = new Database(file);
  db.pragma('synchronous = OFF');
  const insert = db.prepare(
    `INSERT INTO consent_records (v, id, consent_id, site, page, action, choices, revision, statement_version, language, config_hash,
       client_time, ip, ua, seq, received_at, prev_hash, hash) VALUES (1, ?, ?, ?, ?, 'custom', ?, '7', '2025-03', 'nl', ?, ?, NULL, NULL, ?, ?, ?, ?)`,
  );
  const hash = (n) => n.toString(16).padStart(64, '0');
  db.transaction(() => {
    for (let n = 1; n <= RECORDS; n++)
      insert.run(
        randomUUID(),
        randomUUID(),
        SITE,
        `https://${SITE}/winkel`,
        CHOICES,
        'a'.repeat(64),
        T0 + n,
        n,
        T0 + n,
        hash(n - 1),
        hash(n),
      );
    db.prepare("INSERT INTO chain_heads VALUES (?, ?, ?, 0, '0000000000000000000000000000000000000000000000000000000000000000')").run(
      SITE,
      RECORDS,
      hash(RECORDS),
    );
  })();
  db.close();
}

/** The same rows in a new PostgreSQL database, made by the server (generate_series). */
async function fillPostgres(build, url) {
  const { openStore } = await import(pathToFileURL(join(build, 'consent-log-server/src/open-store.js')).href);
  await (await openStore(url)).close();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(
      `INSERT INTO consent_records (v, id, consent_id, site, page, action, choices, revision, statement_version, language, config_hash,
         client_time, ip, ua, seq, received_at, prev_hash, hash)
       SELECT 1, gen_random_uuid()::text, gen_random_uuid()::text, $1, 'https://' || $1 || '/winkel', 'custom', $2, '7', '2025-03', 'nl',
         repeat('a', 64), $3 + n, NULL, NULL, n, $3 + n, lpad(to_hex(n - 1), 64, '0'), lpad(to_hex(n), 64, '0')
       FROM generate_series(1, $4::bigint) AS n`,
      [SITE, CHOICES, T0, RECORDS],
    );
    await c.query("INSERT INTO chain_heads VALUES ($1, $2, lpad(to_hex($2::bigint), 64, '0'), 0, repeat('0', 64))", [SITE, RECORDS]);
    await c.query('ANALYZE');
  } finally {
    await c.end();
  }
}

/** GETs an export and counts its lines; resolves with the count. */
function fetchLines(port, token, query) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path: `/v1/export?${query}`, headers: { authorization: `Bearer ${token}` } }, (res) => {
      if (res.statusCode !== 200) return fail(new Error(`export answered ${res.statusCode}`));
      let lines = 0;
      res.on('data', (d) => {
        for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
      });
      res.on('end', () => ok(lines));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/**
 * The serving collector's RSS growth over one export of the whole site: from after a small export
 * (code loaded and compiled, connections open) to the peak while streaming the million records.
 */
async function serveExport(cli, db, dir) {
  const tokenFile = join(dir, 'token');
  const token = randomBytes(24).toString('hex');
  writeFileSync(tokenFile, token);
  const c = await startProcess([cli, 'serve', '--db', db, '--port', '0', '--token-file', tokenFile]);
  try {
    await fetchLines(c.port, token, `site=${SITE}&to=${T0 + 5001}`);
    await new Promise((r) => setTimeout(r, 200));
    const before = rssMb(c.child.pid);
    const stop = sampleRss(c.child.pid);
    const t0 = performance.now();
    const lines = await fetchLines(c.port, token, `site=${SITE}`);
    const seconds = (performance.now() - t0) / 1000;
    const peak = stop();
    if (lines !== RECORDS) throw new Error(`the export streamed ${lines} records, not ${RECORDS}`);
    return { growth: peak - before, before, seconds };
  } finally {
    c.child.kill('SIGTERM');
  }
}

/** `akkoord-log export --site … --out <file>`: its peak RSS beside that of exporting a site without records. */
async function cliExport(cli, db, dir) {
  const peakOf = async (site) => {
    const child = spawn(process.execPath, [cli, 'export', '--db', db, '--site', site, '--out', join(dir, 'out.ndjson')], { stdio: 'pipe' });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const stop = sampleRss(child.pid);
    const code = await new Promise((ok) => child.once('exit', ok));
    const peak = stop();
    if (code !== 0) throw new Error(`export exited ${code}: ${err}`);
    return { peak, err };
  };
  const empty = await peakOf('www.empty.example');
  const t0 = performance.now();
  const full = await peakOf(SITE);
  const seconds = (performance.now() - t0) / 1000;
  if (!full.err.includes(`exported ${RECORDS} records`)) throw new Error(`export said: ${full.err}`);
  return { growth: full.peak - empty.peak, before: empty.peak, seconds };
}

/**
 * Bench rows for both stores (PostgreSQL left out when `postgres` is null): the serving
 * collector's export, and with `cli` also `akkoord-log export`'s (same code path, its own process).
 */
export async function exportMemoryRows({ build, postgres, dir, cli: withCli = false }) {
  const cli = join(build, 'consent-log-server/src/cli.js');
  const rows = [];
  const targets = [['SQLite', join(dir, 'export.db'), fillSqlite]];
  if (postgres) targets.push(['PostgreSQL', await postgres.createDatabase(), fillPostgres]);
  const ways = [['GET /v1/export', serveExport]];
  if (withCli) ways.push(['akkoord-log export', cliExport]);
  for (const [label, db, fill] of targets) {
    await fill(build, db);
    for (const [how, measure] of ways) {
      const m = await measure(cli, db, dir);
      rows.push({
        name: `${how} of one site with 1 000 000 records (${label}): RSS growth (${Math.round(RECORDS / m.seconds)} records/s)`,
        value: Math.round(m.growth),
        unit: 'MB',
        peer: { name: 'RSS before', value: Math.round(m.before) },
        goal: `< ${GOAL_MB} MB`,
        ok: m.growth < GOAL_MB,
      });
    }
  }
  return rows;
}

// `node scripts/bench/export-memory.mjs` runs this part alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const build = buildCollector(join(ROOT, '.tmp', `export-memory-${process.pid}`));
  const dir = mkdtempSync(join(tmpdir(), 'akkoord-export-'));
  const postgres = await startPostgres();
  try {
    console.table(await exportMemoryRows({ build, postgres, dir, cli: process.argv.includes('--cli') }));
  } finally {
    postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
  }
}
