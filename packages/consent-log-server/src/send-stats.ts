import type { ServerResponse } from 'node:http';
import { sendError, sendJson } from './http-reply.js';
import { parseTime } from './parse-time.js';
import { canRead, type ReadAccess } from './read-access.js';
import type { StatsBy, Store } from './types.js';

/** The `by` values of `GET /v1/stats`, the first the default. */
const STATS_BY: readonly StatsBy[] = ['day', 'week', 'revision'];

/**
 * Answers `GET /v1/stats?site=&from=&to=&by=day|week|revision` for a reader already let in:
 * `{ sites, by, from, to, minDecisions, total, buckets }` (types.ts, ConsentStats), where `sites`
 * lists the sites the reader may ask for (the admin: every site with a chain). Without `site`
 * the reader's sites are counted together. A site the reader may not see is counted as no site
 * at all, so its answer is byte for byte that of a site without records.
 */
export async function sendStats(store: Store, res: ServerResponse, params: URLSearchParams, access: ReadAccess): Promise<void> {
  const by = (params.get('by') ?? 'day') as StatsBy;
  if (!STATS_BY.includes(by)) return sendError(res, 400, 'invalid_query', `by must be ${STATS_BY.join(', ')}`, { path: 'by' });
  // undefined: not given; null: not a time.
  const time = (name: string): number | undefined | null => {
    const v = params.get(name);
    return v === null || v === '' ? undefined : (parseTime(v) ?? null);
  };
  const from = time('from');
  const to = time('to');
  if (from === null || to === null) {
    const path = from === null ? 'from' : 'to';
    return sendError(res, 400, 'invalid_query', `${path} must be an ISO date (2025-01-31 or 2025-01-31T12:00:00Z) or ms since 1970`, {
      path,
    });
  }
  const site = params.get('site');
  const own = access.sites === null ? null : [...access.sites].sort();
  const sites = site !== null ? (canRead(access, site) ? [site] : []) : own;
  const readable = own ?? (await store.heads()).map((h) => h.site);
  const stats = await store.stats({ sites, from, to, by });
  sendJson(res, 200, { sites: readable, ...stats });
}
