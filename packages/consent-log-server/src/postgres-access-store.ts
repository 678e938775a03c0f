import type pg from 'pg';
import { rowToToken, TOKEN_COLUMNS, tokenValues, type TokenRow } from './token-row.js';
import type { AccessStore } from './types.js';

/** The read tokens of a PostgreSQL store: single statements on the pool, outside the append path's transactions. */
export function postgresAccessStore(pool: pg.Pool): AccessStore {
  const rows = async (sql: string, args: unknown[] = []) =>
    (await pool.query<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM read_tokens ${sql}`, args)).rows;
  return {
    async addToken(token, tokenHash) {
      await pool.query(
        'INSERT INTO read_tokens (id, token_hash, name, sites, created_at) VALUES ($1, $2, $3, $4, $5)',
        tokenValues(token, tokenHash),
      );
    },
    async tokens() {
      return (await rows('ORDER BY created_at, id COLLATE "C"')).map(rowToToken);
    },
    async tokenByHash(tokenHash) {
      const [row] = await rows('WHERE token_hash = $1', [tokenHash]);
      return row ? { token: rowToToken(row), tokenHash: row.token_hash } : null;
    },
    async revokeToken(id, at) {
      const { rowCount } = await pool.query('UPDATE read_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
      const [row] = await rows('WHERE id = $1', [id]);
      return row ? { token: rowToToken(row), already: rowCount === 0 } : null;
    },
    async touchToken(id, at) {
      await pool.query('UPDATE read_tokens SET last_used_at = $1 WHERE id = $2', [at, id]);
    },
    async hasActiveTokens() {
      return (await pool.query('SELECT 1 FROM read_tokens WHERE revoked_at IS NULL LIMIT 1')).rowCount !== 0;
    },
    async firstUse(configHash, sites) {
      const r = await pool.query<{ site: string; received_at: string }>(
        'SELECT site, received_at FROM consent_records WHERE config_hash = $1 AND site = ANY($2) ORDER BY received_at, site COLLATE "C" LIMIT 1',
        [configHash, sites],
      );
      const row = r.rows[0];
      return row ? { site: row.site, receivedAt: Number(row.received_at) } : null;
    },
  };
}
