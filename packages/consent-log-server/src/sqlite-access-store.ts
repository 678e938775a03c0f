import type Database from 'better-sqlite3';
import { rowToToken, TOKEN_COLUMNS, tokenValues, type TokenRow } from './token-row.js';
import type { AccessStore } from './types.js';

/**
 * The read tokens of a SQLite store. Each write is one statement in its own transaction; the
 * append path's groups are synchronous transactions on the same connection, so none runs inside
 * one. `token create` and `revoke` write from another process beside the collector, through
 * SQLite's own locking (the store's busy timeout).
 */
export function sqliteAccessStore(db: Database.Database): AccessStore {
  const one = (sql: string) => db.prepare<unknown[], TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM read_tokens ${sql}`);
  return {
    async addToken(token, tokenHash) {
      db.prepare('INSERT INTO read_tokens (id, token_hash, name, sites, created_at) VALUES (?, ?, ?, ?, ?)').run(
        ...tokenValues(token, tokenHash),
      );
    },
    async tokens() {
      return one('ORDER BY created_at, id').all().map(rowToToken);
    },
    async tokenByHash(tokenHash) {
      const row = one('WHERE token_hash = ?').get(tokenHash);
      return row ? { token: rowToToken(row), tokenHash: row.token_hash } : null;
    },
    async revokeToken(id, at) {
      const { changes } = db.prepare('UPDATE read_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
      const row = one('WHERE id = ?').get(id);
      return row ? { token: rowToToken(row), already: changes === 0 } : null;
    },
    async touchToken(id, at) {
      db.prepare('UPDATE read_tokens SET last_used_at = ? WHERE id = ?').run(at, id);
    },
    async hasActiveTokens() {
      return !!db.prepare('SELECT 1 FROM read_tokens WHERE revoked_at IS NULL LIMIT 1').get();
    },
    async firstUse(configHash, sites) {
      // The (site, received_at) index walks only these sites' records.
      const row = db
        .prepare<[string, string], { site: string; received_at: number }>(
          'SELECT site, received_at FROM consent_records WHERE config_hash = ? AND site IN (SELECT value FROM json_each(?)) ORDER BY received_at, site LIMIT 1',
        )
        .get(configHash, JSON.stringify(sites));
      return row ? { site: row.site, receivedAt: row.received_at } : null;
    },
  };
}
