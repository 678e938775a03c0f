import { TOKEN_TOUCH_MS } from './constants.js';
import type { Logger } from './json-logger.js';
import { bearerToken, hashSiteToken, siteTokenHashMatches } from './site-token.js';
import { tokenMatches } from './token-matches.js';
import type { AccessStore } from './types.js';

/** Who reads, and what: the admin token reads every site, a site token its own sites only. */
export interface ReadAccess {
  /** `admin`, or the site token's id: how the read audit log names the reader. */
  who: string;
  /** The sites this reader may see; null for all of them (the admin token). */
  sites: ReadonlySet<string> | null;
}

/** Whether `access` may see data of `site`. Every read endpoint asks this of each row it answers with. */
export function canRead(access: ReadAccess, site: string): boolean {
  return access.sites === null || access.sites.has(site);
}

/**
 * Who the `Authorization` header names, or null for no token, a wrong one or a revoked one (all
 * answered alike). The admin token is compared in constant time (token-matches.ts); a site token
 * is hashed, looked up by its hash and the stored hash compared in constant time
 * (site-token.ts). A site token's last-used time is written at most once a minute, and a failure
 * to write it does not fail the read.
 */
export async function resolveReadAccess(
  header: string | undefined,
  adminToken: string | undefined,
  store: AccessStore,
  now: number,
  log: Logger,
): Promise<ReadAccess | null> {
  if (adminToken !== undefined && tokenMatches(header, adminToken)) return { who: 'admin', sites: null };
  const presented = bearerToken(header);
  if (presented === undefined) return null;
  const hash = hashSiteToken(presented);
  const found = await store.tokenByHash(hash);
  if (!found || !siteTokenHashMatches(found.tokenHash, hash) || found.token.revokedAt !== undefined) return null;
  const { token } = found;
  if (token.lastUsedAt === undefined || now - token.lastUsedAt >= TOKEN_TOUCH_MS) {
    await store
      .touchToken(token.id, now)
      .catch((e: Error) => log('warn', 'token last-used time not written', { token: token.id, error: e.message }));
  }
  return { who: token.id, sites: new Set(token.sites) };
}
