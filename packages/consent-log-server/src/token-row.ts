import type { ReadToken } from './types.js';

/** A `read_tokens` row as either driver returns it (PostgreSQL BIGINTs arrive as strings). */
export interface TokenRow {
  id: string;
  token_hash: string;
  name: string | null;
  sites: string;
  created_at: number | string;
  last_used_at: number | string | null;
  revoked_at: number | string | null;
}

/** The columns every token query selects, in {@link TokenRow}'s shape. */
export const TOKEN_COLUMNS = 'id, token_hash, name, sites, created_at, last_used_at, revoked_at';

/** A row as a {@link ReadToken}; absent times and name are left out, never `null`. */
export function rowToToken(row: TokenRow): ReadToken {
  const t: ReadToken = { id: row.id, sites: JSON.parse(row.sites) as string[], createdAt: Number(row.created_at) };
  if (row.name !== null) t.name = row.name;
  if (row.last_used_at !== null) t.lastUsedAt = Number(row.last_used_at);
  if (row.revoked_at !== null) t.revokedAt = Number(row.revoked_at);
  return t;
}

/** The values of an INSERT of the columns `id, token_hash, name, sites, created_at`. */
export function tokenValues(t: ReadToken, tokenHash: string): [string, string, string | null, string, number] {
  return [t.id, tokenHash, t.name ?? null, JSON.stringify([...t.sites].sort()), t.createdAt];
}
