import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
import type { Store, StoreOptions } from './types.js';

/**
 * Opens the store named by `db`: a `postgres://` or `postgresql://` URL opens PostgreSQL (shared
 * by several collector processes), anything else is a SQLite file path (created if missing).
 * Migrations run before the promise resolves. PostgreSQL reads only the {@link StoreOptions}, and
 * needs the optional peer dependency `pg`, which is loaded only then (load-pg.ts).
 */
export async function openStore(db: string, options: SqliteStoreOptions & StoreOptions = {}): Promise<Store> {
  if (!db) throw new Error('--db: give a SQLite file path (consents.db) or a postgres:// URL');
  if (/^postgres(ql)?:\/\//i.test(db)) return openPostgresStore(db, { now: options.now });
  return openSqliteStore(db, options);
}
