// What the consent-log bench scripts share: the collector compiled from the current sources, a
// throwaway PostgreSQL cluster, child processes that print their port.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCollector as buildCollectorFrom } from '../../test/helpers/build-collector.mjs';
import { postgresBin } from '../../test/helpers/postgres-bin.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The collector compiled into `out` (test/helpers/build-collector.mjs; `root`: other sources), type errors tolerated with a warning. */
export const buildCollector = (out, options = {}) => buildCollectorFrom(out, { lenient: true, ...options });

/** Spawns a process and resolves with it and the port it printed (a JSON line with `port`). */
export function startProcess(args, options = {}) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      const m = /"port":(\d+)/.exec(out);
      if (m) ok({ child, port: Number(m[1]) });
    });
    child.once('exit', (c) => fail(new Error(`exited ${c}: ${err}`)));
  });
}

export async function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/**
 * A throwaway PostgreSQL cluster with its default durability (fsync on, synchronous_commit on), as
 * the `postgres` user when root; null without the binaries. `settings` are extra `-c` options.
 */
export async function startPostgres(settings = []) {
  const PG_BIN = postgresBin();
  if (!PG_BIN) {
    // Said out loud: the PostgreSQL rows then leave the table.
    console.warn(
      'consent-log bench: no PostgreSQL binaries (apt-get install -y postgresql, or set AKKOORD_PG_BIN); PostgreSQL rows skipped',
    );
    return null;
  }
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'akkoord-bench-pg-'));
  const as = (cmd, args) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(PG_BIN, cmd), args, { stdio: 'pipe' });
  if (root) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'])), Number(execFileSync('id', ['-g', 'postgres'])));
  as('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8']);
  const port = await freePort();
  const extra = settings.map((s) => `-c ${s}`).join(' ');
  as('pg_ctl', [
    '-D',
    join(dir, 'data'),
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${extra}`,
    'start',
  ]);
  let n = 0;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** The server's log file. */
    log: join(dir, 'log'),
    /** Process id of the postmaster (its children are the backends and the WAL writer). */
    pid: Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]),
    /** A new empty database; resolves with its URL. */
    async createDatabase() {
      const { default: pg } = await import('pg');
      const name = `bench_${++n}`;
      const c = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        as('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** CPU time (user + system, ms) a process and its children have used so far, from /proc. */
export function processTreeCpuMs(pid) {
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  const pids = [pid, ...childPids(pid)];
  for (const p of pids) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // The process ended between listing and reading.
    }
  }
  return (total * 1000) / ticks;
}

function childPids(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
