import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { isCI } from '../../../../test/helpers/is-ci.mjs';
import { DEBIAN_PG, postgresBin } from '../../../../test/helpers/postgres-bin.mjs';

/** A throwaway PostgreSQL cluster on 127.0.0.1. */
export interface TestPostgres {
  /** Connection URL of the `postgres` database. */
  url: string;
  /** A new empty database; returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the cluster and removes its directory. */
  stop(): Promise<void>;
}

export { postgresBin };

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/**
 * Starts a cluster with Debian's PostgreSQL binaries (initdb refuses root, so as the `postgres`
 * user when run as root), trust auth, listening on a free loopback port. Without the binaries:
 * fails in CI (`CI=true` or `CI=1`), otherwise warns loudly and returns null so the caller leaves
 * PostgreSQL out.
 */
export async function startPostgres(): Promise<TestPostgres | null> {
  const found = postgresBin();
  if (found === null || !existsSync(join(found, 'initdb'))) {
    const where = found ?? `${DEBIAN_PG}/<major>/bin`;
    const msg = `PostgreSQL binaries (initdb) not found in ${where}; install them with \`apt-get install -y postgresql\` (or set AKKOORD_PG_BIN)`;
    if (isCI()) throw new Error(msg);
    console.warn(`\n*** consent-log-server: PostgreSQL tests NOT RUN. ${msg} ***\n`);
    return null;
  }
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'akkoord-pg-'));
  const data = join(dir, 'data');
  const as = (cmd: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(found, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(found, cmd), args, { stdio: 'pipe' });
  if (root)
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  // fsync off: these clusters are thrown away; the tests exercise the collector, not PostgreSQL's disk.
  as('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  ]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let n = 0;
  return {
    url,
    async createDatabase() {
      const name = `t${process.pid}_${++n}`;
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      try {
        as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
