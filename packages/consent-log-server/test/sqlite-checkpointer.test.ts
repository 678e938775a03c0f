import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteCheckpointer } from '../src/sqlite-checkpointer.js';
import { buildCli } from './helpers/build.js';

const driver = createRequire(import.meta.url).resolve('better-sqlite3');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/**
 * Writes about 2 MB into a WAL-mode database that is never checkpointed by its own connection,
 * asks `Checkpointer`'s thread to catch up, and returns the database file's size before and after.
 */
async function checkpointed(Checkpointer: typeof SqliteCheckpointer): Promise<{ before: number; after: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'akkoord-checkpointer-'));
  dirs.push(dir);
  const file = join(dir, 'x.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (v BLOB)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (randomblob(1000))');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run();
  })();
  const before = statSync(file).size;
  const c = new Checkpointer({ file, driver });
  await c.catchUp();
  const after = statSync(file).size;
  await c.close();
  db.close();
  return { before, after };
}

describe('SqliteCheckpointer', () => {
  it('copies the WAL into the database file on its thread, run from the TypeScript sources', async () => {
    const { before, after } = await checkpointed(SqliteCheckpointer);
    expect(before).toBeLessThan(100_000); // the rows are only in the WAL
    expect(after).toBeGreaterThan(2_000_000);
  });

  it('runs from a tsc build that starts at cli.ts: the worker module is emitted beside it', async () => {
    const src = dirname(buildCli('checkpointer'));
    dirs.push(dirname(dirname(src)));
    expect(existsSync(join(src, 'sqlite-checkpoint-worker.js'))).toBe(true);
    const built = (await import(pathToFileURL(join(src, 'sqlite-checkpointer.js')).href)) as {
      SqliteCheckpointer: typeof SqliteCheckpointer;
    };
    const { after } = await checkpointed(built.SqliteCheckpointer);
    expect(after).toBeGreaterThan(2_000_000);
  }, 120_000);

  it('lets a writer waiting for a catch-up go on when the checkpoint thread is gone', async () => {
    // The thread fails at once: its driver cannot be loaded.
    const c = new SqliteCheckpointer({ file: join(tmpdir(), 'akkoord-no-such.db'), driver: join(tmpdir(), 'akkoord-no-such-driver.js') });
    const hung = new Promise((ok) => setTimeout(() => ok('still waiting'), 5_000));
    expect(await Promise.race([c.catchUp().then(() => 'went on'), hung])).toBe('went on');
    // And later groups do not wait either.
    expect(c.restartDue).toBe(false);
    expect(await Promise.race([c.catchUp().then(() => 'went on'), hung])).toBe('went on');
    await c.close();
  });
});
