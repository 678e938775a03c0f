import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONSENT_ID_PATTERN, HASH_PATTERN } from '@akkoord/consent-log';
import { streamExport } from './export-records.js';
import { sendError, sendJson } from './http-reply.js';
import type { Logger } from './json-logger.js';
import type { RateLimiter } from './rate-limiter.js';
import { canRead, resolveReadAccess, type ReadAccess } from './read-access.js';
import { sendStats } from './send-stats.js';
import type { Store } from './types.js';

/** The token-protected endpoints, as the audit log names them. */
export type ReadEndpoint = 'consents' | 'snapshots' | 'export' | 'stats';

/** A read request: the endpoint, and for one record or snapshot the path segment naming it (still escaped). */
export interface ReadRoute {
  endpoint: ReadEndpoint;
  key?: string;
}

/** The read route `path` (below the base path) names, or null when it names none. */
export function readRoute(path: string): ReadRoute | null {
  if (path === '/v1/export') return { endpoint: 'export' };
  if (path === '/v1/stats') return { endpoint: 'stats' };
  const m = /^\/v1\/(consents|snapshots)\/([^/]+)$/.exec(path);
  return m ? { endpoint: m[1] as 'consents' | 'snapshots', key: m[2] } : null;
}

/** What the read side needs from the collector. */
export interface ReadSideOptions {
  store: Store;
  /** The admin token (`--token-file`): reads every site. */
  token?: string;
  log: Logger;
  now: () => number;
  /** Failed token attempts per client network; undefined: not limited. */
  failures?: RateLimiter;
  /** The client's network (truncated address) as the rate limits key it. */
  network(req: IncomingMessage): string | undefined;
}

/** Longest query value the audit log repeats; the rest is cut (a query is the reader's, not checked text). */
const AUDIT_VALUE_CHARS = 100;

/**
 * The read side: `GET /v1/consents/:consentId`, `/v1/snapshots/:hash`, `/v1/export` and `/v1/stats`. Each
 * request is authorised (admin or site token), scoped to the reader's sites and written to the
 * audit log as one `read` line when its answer ends. A site token asking for another site's data
 * gets exactly the answer for data that does not exist: every row of another site is dropped
 * before the answer is chosen, so the same code path writes both.
 */
export function createReadSide(
  o: ReadSideOptions,
): (req: IncomingMessage, res: ServerResponse, route: ReadRoute, query: URLSearchParams) => Promise<void> {
  const { store } = o;
  return async (req, res, route, query) => {
    const started = performance.now();
    // Filled in as the request is understood; never the token itself.
    const audit: Record<string, string | number | boolean> = { endpoint: route.endpoint, token: 'none' };
    res.once('close', () =>
      o.log('info', 'read', {
        ...audit,
        status: res.statusCode,
        // False when the reader went away before the whole answer (a long export) was sent.
        complete: res.writableFinished,
        ms: Math.round(performance.now() - started),
      }),
    );
    if (req.method !== 'GET') return sendError(res, 405, 'method_not_allowed', 'use GET', {}, { Allow: 'GET' });
    // Checked before the token: a network over its limit learns nothing, not even from a right guess.
    const net = o.network(req) ?? 'unknown';
    const wait = o.failures?.wait(net, o.now()) ?? 0;
    if (wait)
      return sendError(
        res,
        429,
        'rate_limited',
        `too many failed token attempts from this network; retry after ${wait} s`,
        {},
        { 'Retry-After': String(wait) },
      );
    const access = await resolveReadAccess(req.headers.authorization, o.token, store.access, o.now(), o.log);
    if (!access) {
      if (o.token === undefined && !(await store.access.hasActiveTokens()))
        return sendError(
          res,
          404,
          'read_disabled',
          'the read side is off; start the collector with a token (--token-file) or create a site token (akkoord-log token create)',
        );
      o.failures?.take(net, o.now());
      return sendError(res, 401, 'unauthorized', 'send Authorization: Bearer <token>', {}, { 'WWW-Authenticate': 'Bearer' });
    }
    audit.token = access.who;
    audit.sites = access.sites ? [...access.sites].join(',') : '*';
    if (route.endpoint === 'export' || route.endpoint === 'stats') {
      for (const name of ['site', 'from', 'to', route.endpoint === 'export' ? 'format' : 'by']) {
        const v = query.get(name);
        if (v !== null) audit[name] = v.slice(0, AUDIT_VALUE_CHARS);
      }
      return route.endpoint === 'export' ? streamExport(store, res, query, access.sites) : sendStats(store, res, query, access);
    }
    let key = '';
    try {
      key = decodeURIComponent(route.key ?? '');
    } catch {
      // Left empty: fails the pattern checks below with a 400.
    }
    if (route.endpoint === 'snapshots') {
      if (!HASH_PATTERN.test(key))
        return sendError(res, 400, 'invalid_path', 'a snapshot hash is 64 lower-case hex digits', { path: 'hash' });
      audit.hash = key;
      const snap = await snapshotFor(store, access, key);
      return snap ? sendJson(res, 200, snap) : sendError(res, 404, 'not_found', 'no snapshot with this hash');
    }
    if (!CONSENT_ID_PATTERN.test(key))
      return sendError(res, 400, 'invalid_path', 'a consent id is 8 to 64 letters, digits, "-" or "_"', { path: 'consentId' });
    audit.consentId = key;
    const records = (await store.byConsentId(key)).filter((r) => canRead(access, r.site));
    return records.length
      ? sendJson(res, 200, { consentId: key, records })
      : sendError(res, 404, 'not_found', 'no records for this consent id');
  };
}

/**
 * The snapshot with this hash as `access` may see it. A snapshot is stored once, under the site
 * whose record brought it first; a site token whose own records name a snapshot another site
 * stored sees it with its own site and the time of its own first record naming it, so identical
 * texts do not reveal that another site on this collector uses them.
 */
async function snapshotFor(store: Store, access: ReadAccess, hash: string): ReturnType<Store['snapshot']> {
  const snap = await store.snapshot(hash);
  if (snap && canRead(access, snap.site)) return snap;
  if (access.sites === null) return null;
  // Asked whether or not the snapshot exists, so a hash only another site uses takes as long to
  // answer as one nobody uses.
  const use = await store.access.firstUse(hash, [...access.sites]);
  return snap && use ? { ...snap, site: use.site, createdAt: use.receivedAt } : null;
}
