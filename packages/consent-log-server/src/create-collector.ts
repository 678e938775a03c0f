import { isUtf8 } from 'node:buffer';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KeyObject } from 'node:crypto';
import { MAX_BODY_BYTES, validateBatch, type ConsentAck } from '@akkoord/consent-log';
import { writeCheckpoints } from './checkpoint.js';
import { coarseUserAgent } from './coarse-user-agent.js';
import { serveDashboard } from './dashboard-files.js';
import { DEFAULT_AUTH_FAILURE_LIMIT, DEFAULT_CHECKPOINT_MS, DEFAULT_RATE_LIMIT, DRAIN_TIMEOUT_MS } from './constants.js';
import { sendError, sendJson } from './http-reply.js';
import { jsonLogger, type Logger } from './json-logger.js';
import { RateLimiter, type RateLimit } from './rate-limiter.js';
import { BodyTooLarge, readBody } from './read-body.js';
import { createReadSide, readRoute } from './read-side.js';
import { pendingRecord } from './record-row.js';
import { recordSnapshot } from './record-snapshot.js';
import { judgeOrigin, siteMismatch } from './same-origin.js';
import { truncateIp } from './truncate-ip.js';
import type { Checkpoint, PendingRecord, Snapshot, Store } from './types.js';
import { WriteHealth } from './write-health.js';

/** Options of {@link createCollector}. */
export interface CollectorOptions {
  /** Where records go: {@link openStore}. */
  store: Store;
  /**
   * Page origins (e.g. `https://www.example.nl`) allowed to post from another origin. Same-origin
   * posts are always allowed, judged without trusting `Host` alone (see same-origin.ts). @default []
   */
  allowOrigins?: string[];
  /**
   * The admin bearer token of the read side (`GET /v1/consents/:id`, `/v1/snapshots/:hash`,
   * `/v1/export`, `/v1/stats`): reads every site. Site tokens in the store (`akkoord-log token create`) read
   * their own sites; with neither, the read side is off (404).
   */
  token?: string;
  /** Path prefix the API is mounted under, e.g. `/_k`. @default "" */
  basePath?: string;
  /** Store the client's network (IPv4 /24, IPv6 /48) or nothing. Never the full address. @default "none" */
  ip?: 'none' | 'truncated';
  /** Store a coarse user agent (browser family + major version, OS family) or nothing. @default "off" */
  userAgent?: 'off' | 'coarse';
  /** Take the client address from the last `X-Forwarded-For` entry (set this behind a reverse proxy). @default false */
  trustProxy?: boolean;
  /** Per-client token bucket on POSTs, keyed by truncated IP; `false` turns it off. @default { burst: 60, perSecond: 10 } */
  rateLimit?: RateLimit | false;
  /**
   * Failed read-side token attempts per client network (truncated IP): past the burst, every read
   * from that network gets 429 with `Retry-After`, a right token too, until the bucket refills;
   * `false` turns it off.
   * @default { burst: 10, perSecond: 1 / 60 } (ten failures, then one more a minute)
   */
  authFailureLimit?: RateLimit | false;
  /** Ed25519 private key: chain heads are signed every `checkpointMs` and on shutdown. */
  signingKey?: KeyObject;
  /** @default 600000 (10 minutes) */
  checkpointMs?: number;
  /** JSON-lines logger; never receives personal data. @default stdout */
  log?: Logger;
  /**
   * A request whose headers and body have not all arrived after this many ms is answered 408
   * (which the browser client retries) and its connection closed. Checked every tenth of it; 0
   * turns the timeout off.
   * @default 30000
   */
  requestTimeoutMs?: number;
  /**
   * The clock of checkpoint times and the rate limit (ms since epoch); tests pass a fake one. The
   * store has its own (`receivedAt`). Graceful shutdown always waits in real time.
   * @default Date.now
   */
  now?: () => number;
}

/** A running (or ready to run) collector. */
export interface Collector {
  /** The request listener, for mounting in another `http.Server`. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The collector's own server (not listening until {@link Collector.listen}). */
  server: Server;
  /** Starts listening. @default host "127.0.0.1", port 0 (any free port) */
  listen(port?: number, host?: string): Promise<AddressInfo>;
  /** Graceful shutdown: refuse new requests, drain in-flight ones, final checkpoint, close the store. */
  close(): Promise<void>;
  /** Signs every chain head that moved now (needs `signingKey`). */
  checkpoint(): Promise<Checkpoint[]>;
}

/** Creates the consent-log collector: `POST /v1/consents`, the token-protected read side, `/healthz` and the dashboard (`/dashboard/`). */
export function createCollector(options: CollectorOptions): Collector {
  const { store } = options;
  const base = (options.basePath ?? '').replace(/\/+$/, '');
  const allow = new Set(options.allowOrigins ?? []);
  const log = options.log ?? jsonLogger();
  const now = options.now ?? Date.now;
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const health = new WriteHealth(store, now);
  const failureLimit = options.authFailureLimit ?? DEFAULT_AUTH_FAILURE_LIMIT;
  let inflight = 0;
  let closing = false;

  const clientAddress = (req: IncomingMessage): string | undefined => {
    const fwd = options.trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')
          .pop()
          ?.trim()
      : '';
    return fwd || req.socket.remoteAddress;
  };

  const read = createReadSide({
    store,
    token: options.token,
    log,
    now,
    failures: failureLimit === false ? undefined : new RateLimiter(failureLimit),
    network: (req) => truncateIp(clientAddress(req)),
  });

  const refuseOrigin = (res: ServerResponse, why = ''): void =>
    sendError(
      res,
      403,
      'origin_not_allowed',
      `this origin is not in the collector's allow-list (--allow-origin) and the post is not same-origin${why}`,
    );

  /** @param siteOrigin set when the records' sites decide whether the post is same-origin (same-origin.ts). */
  const post = async (req: IncomingMessage, res: ServerResponse, siteOrigin?: URL): Promise<void> => {
    // The network is only worked out when something uses it (the rate limit or a stored IP).
    const ipNet = limiter || options.ip === 'truncated' ? truncateIp(clientAddress(req)) : undefined;
    const wait = limiter?.take(ipNet ?? 'unknown', now()) ?? 0;
    if (wait)
      return sendError(
        res,
        429,
        'rate_limited',
        `too many requests from this network; retry after ${wait} s`,
        {},
        { 'Retry-After': String(wait) },
      );
    let body: Buffer;
    try {
      body = await readBody(req, MAX_BODY_BYTES);
    } catch (e) {
      // The client went away, or was too slow and got its 408 (see clientError): nothing to answer.
      if (req.destroyed && !(e instanceof BodyTooLarge)) return void res.destroy();
      if (!(e instanceof BodyTooLarge)) throw e;
      // Stop reading: answer and close the connection instead of draining the rest.
      res.on('finish', () => req.destroy());
      return sendError(
        res,
        413,
        'too_large',
        `body over ${MAX_BODY_BYTES} bytes; send at most 100 records per request`,
        {},
        { Connection: 'close' },
      );
    }
    // Decoding would replace bytes that are not UTF-8 with U+FFFD: stored and hashed, that is not
    // what was sent. Strings holding lone surrogates (escaped in JSON) are refused by the validator.
    if (!isUtf8(body)) return sendError(res, 400, 'invalid_json', 'body is not valid UTF-8', { path: '$' });
    let json: unknown;
    try {
      // The body is JSON whatever the Content-Type: sendBeacon and fetch send text/plain.
      json = JSON.parse(body.toString('utf8'));
    } catch (e) {
      return sendError(res, 400, 'invalid_json', `body is not JSON: ${(e as Error).message}`, { path: '$' });
    }
    const checked = validateBatch(json);
    /** The JSON path of record i, as the validator writes it: `$` for a body of one record. */
    const at = (i: number): string => (Array.isArray(json) ? `$[${i}]` : '$');
    if (!checked.ok) return sendError(res, 400, 'invalid_record', `${checked.path} ${checked.message}`, { path: checked.path });
    if (siteOrigin) {
      const i = siteMismatch(checked.value, siteOrigin);
      if (i >= 0) return refuseOrigin(res, ` (the page's host is not the records' site, ${at(i)}.site)`);
    }
    const snapshots: Snapshot[] = [];
    const pending: PendingRecord[] = [];
    const ua = options.userAgent === 'coarse' ? coarseUserAgent(req.headers['user-agent']) : undefined;
    const ip = options.ip === 'truncated' ? ipNet : undefined;
    for (const [i, r] of checked.value.entries()) {
      let configHash = r.configHash;
      if (r.config !== undefined) {
        const snap = recordSnapshot(r.config, configHash);
        if ('problem' in snap)
          return sendError(res, 400, 'invalid_record', `${at(i)}.${snap.field} ${snap.problem}`, { path: `${at(i)}.${snap.field}` });
        configHash = snap.hash;
        if (!snapshots.some((s) => s.hash === snap.hash)) snapshots.push({ hash: snap.hash, site: r.site, json: snap.json });
      }
      pending.push(pendingRecord(r, { configHash: configHash!, ip: ip || undefined, ua: ua || undefined }));
    }
    const { receipts, missing } = await health.track(store.append(pending, snapshots));
    const ack: ConsentAck = { ok: true, records: receipts, missing };
    sendJson(res, 200, ack);
  };

  // The POST target as URL parsing would leave it (no query, no dot segments or escapes): compared
  // as a string, it spares the hot path a URL object per request.
  const postTarget = base + '/v1/consents';
  const fastPost = new URL(postTarget, 'http://collector.invalid').pathname === postTarget;

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let url: URL | undefined;
    let path: string | null;
    if (fastPost && req.url === postTarget) {
      path = '/v1/consents';
    } else {
      try {
        url = new URL(req.url ?? '/', 'http://collector.invalid');
      } catch {
        return sendError(res, 400, 'invalid_path', 'the request target is not a valid path');
      }
      path = url.pathname.startsWith(base + '/') ? url.pathname.slice(base.length) : null;
    }
    const origin = req.headers.origin;
    if (origin && allow.has(origin)) {
      // Echo only listed origins, never with credentials: the collector does not use cookies.
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    if (path === null) return sendError(res, 404, 'not_found', `no such path; the API is under ${base || '/'}`);
    const m = req.method ?? '';
    if (m === 'OPTIONS') {
      if (!origin || !allow.has(origin))
        return sendError(res, 403, 'origin_not_allowed', "this origin is not in the collector's allow-list (--allow-origin)");
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'POST, GET',
        'Access-Control-Allow-Headers': 'Content-Type, Authorization',
        'Access-Control-Max-Age': '86400',
      });
      return void res.end();
    }
    if (path === '/healthz') {
      if (m !== 'GET' && m !== 'HEAD') return sendError(res, 405, 'method_not_allowed', 'use GET', {}, { Allow: 'GET' });
      if (closing) return sendError(res, 503, 'shutting_down', 'the collector is shutting down');
      await store.ping();
      const failedAt = await health.failedSince();
      if (failedAt !== undefined) {
        // Why it failed goes to the log (the request that failed), not to this unauthenticated answer.
        return sendError(
          res,
          503,
          'write_failed',
          'the store failed a write, and a test write just now; POSTs are answered 503 until a write succeeds',
          { store: store.kind, failedAt },
        );
      }
      return sendJson(res, 200, { ok: true, store: store.kind });
    }
    if (path === '/v1/consents') {
      if (m !== 'POST')
        return sendError(res, 405, 'method_not_allowed', 'use POST with one record or an array of records', {}, { Allow: 'POST' });
      // Same-origin posts (site and collector behind one reverse proxy) need no CORS; other origins must be listed.
      const verdict = origin && !allow.has(origin) ? judgeOrigin(req, origin) : true;
      if (verdict === false) return refuseOrigin(res);
      return post(req, res, verdict === true ? undefined : verdict);
    }
    if (path === '/dashboard' || path.startsWith('/dashboard/'))
      return serveDashboard(req, res, path.slice('/dashboard'.length), base, log);
    const readAt = readRoute(path);
    // url is set: the fast path above is taken for the POST target only.
    if (readAt) return read(req, res, readAt, url!.searchParams);
    return sendError(
      res,
      404,
      'not_found',
      'no such path; see POST /v1/consents, GET /v1/consents/:consentId, GET /v1/export, GET /v1/stats, GET /healthz, /dashboard/',
    );
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const started = performance.now();
    if (closing) {
      res.setHeader('Connection', 'close');
      return sendError(res, 503, 'shutting_down', 'the collector is shutting down; retry', {}, { 'Retry-After': '1' });
    }
    inflight++;
    res.once('close', () => {
      inflight--;
      if (res.statusCode >= 400)
        log(res.statusCode >= 500 ? 'error' : 'warn', 'request', {
          method: req.method ?? '',
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        });
    });
    route(req, res).catch((e: unknown) => {
      // Also reached when the store fails: the client keeps its records and retries on 503.
      log('error', 'request failed', { error: e instanceof Error ? e.message : String(e) });
      if (res.headersSent) res.destroy();
      else sendError(res, 503, 'unavailable', 'the record was not stored; retry later', {}, { 'Retry-After': '5' });
    });
  };

  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  // Node checks the timeouts at this interval (30 s by default, which would let a slow request run
  // up to twice its timeout). 0 turns the timeouts off, as in Node.
  const checkEvery = requestTimeout > 0 ? Math.max(10, Math.min(30_000, Math.round(requestTimeout / 10))) : 30_000;
  const server = createServer({ connectionsCheckingInterval: checkEvery }, handle);
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    // Headers or body slower than the timeouts: 408, which the browser client retries (it drops a
    // batch on other 4xx answers). Everything else here is malformed HTTP: 400.
    const timeout = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    if (!socket.writable) return void socket.destroy();
    socket.end(`HTTP/1.1 ${timeout ? '408 Request Timeout' : '400 Bad Request'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    log('warn', 'request', { status: timeout ? 408 : 400, error: err.code ?? 'unknown' });
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = Math.min(10_000, requestTimeout);
  server.requestTimeout = requestTimeout;

  const checkpoint = async (): Promise<Checkpoint[]> => (options.signingKey ? writeCheckpoints(store, options.signingKey, now()) : []);
  const timer = options.signingKey
    ? setInterval(
        () => checkpoint().catch((e: Error) => log('error', 'checkpoint failed', { error: e.message })),
        options.checkpointMs ?? DEFAULT_CHECKPOINT_MS,
      )
    : undefined;
  timer?.unref();

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      closing = true;
      if (timer) clearInterval(timer);
      const stopped = server.listening ? new Promise<void>((ok) => server.close(() => ok())) : Promise.resolve();
      server.closeIdleConnections();
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      while (inflight > 0 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 10));
      server.closeAllConnections();
      await stopped;
      await checkpoint().catch((e: Error) => log('error', 'checkpoint failed', { error: e.message }));
      await store.close();
      log('info', 'collector stopped');
    })());

  const listen = (port = 0, host = '127.0.0.1'): Promise<AddressInfo> =>
    new Promise((ok, fail) => {
      server.once('error', fail);
      server.listen(port, host, () => {
        server.off('error', fail);
        const a = server.address() as AddressInfo;
        log('info', 'collector listening', { host: a.address, port: a.port, store: store.kind, basePath: base || '/' });
        ok(a);
      });
    });

  return { handle, server, listen, close, checkpoint };
}
