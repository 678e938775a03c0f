import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../../src/open-store.js';
import type { Store } from '../../src/types.js';
import { fakeClock, type FakeClock } from './fake-clock.js';
import type { TestPostgres } from './postgres.js';

/** A fresh store plus raw SQL access to its database (for tamper tests). */
export interface TestStore {
  store: Store;
  /** The store's clock (also that of stores from {@link TestStore.reopen}): advance it instead of sleeping. */
  clock: FakeClock;
  /** The `--db` value that opens the same database again. */
  db: string;
  /** Runs raw SQL (`?` placeholders) on the database behind the store's back. */
  exec(sql: string, ...args: (string | number)[]): Promise<void>;
  /** Opens a second store on the same database (a second collector). */
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}

/** Named factories: SQLite on a temp file always, PostgreSQL when a test cluster is running. */
export function storeFactories(pgCluster: TestPostgres | null): [string, () => Promise<TestStore>][] {
  const sqlite = async (): Promise<TestStore> => {
    const dir = mkdtempSync(join(tmpdir(), 'akkoord-log-'));
    const db = join(dir, 'consents.db');
    const clock = fakeClock();
    const store = await openStore(db, { now: clock.now });
    const extra: Store[] = [];
    return {
      store,
      clock,
      db,
      async exec(sql, ...args) {
        const raw = new Database(db);
        raw.prepare(sql).run(...args);
        raw.close();
      },
      async reopen() {
        const s = await openStore(db, { now: clock.now });
        extra.push(s);
        return s;
      },
      async cleanup() {
        for (const s of extra) await s.close().catch(() => {});
        await store.close().catch(() => {});
        rmSync(dir, { recursive: true, force: true });
      },
    };
  };
  const postgres = async (): Promise<TestStore> => {
    const db = await pgCluster!.createDatabase();
    const clock = fakeClock();
    const store = await openStore(db, { now: clock.now });
    const extra: Store[] = [];
    return {
      store,
      clock,
      db,
      async exec(sql, ...args) {
        let i = 0;
        const c = new pg.Client({ connectionString: db });
        await c.connect();
        await c.query(
          sql.replace(/\?/g, () => `$${++i}`),
          args,
        );
        await c.end();
      },
      async reopen() {
        const s = await openStore(db, { now: clock.now });
        extra.push(s);
        return s;
      },
      async cleanup() {
        for (const s of extra) await s.close().catch(() => {});
        await store.close().catch(() => {});
      },
    };
  };
  return pgCluster
    ? [
        ['sqlite', sqlite],
        ['postgres', postgres],
      ]
    : [['sqlite', sqlite]];
}
