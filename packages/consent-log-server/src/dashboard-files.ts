import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { sendError } from './http-reply.js';
import type { Logger } from './json-logger.js';

/** The dashboard's static files: a folder beside src/ and dist/, so one path works from the source and from the build. */
export const DASHBOARD_DIR = fileURLToPath(new URL('../dashboard/', import.meta.url));

/** The dashboard's scripts in the order index.html loads them; the report (render-report.ts) inlines the same list. */
export const DASHBOARD_SCRIPTS = ['i18n.js', 'svg-charts.js', 'stats-view.js', 'app.js'] as const;

/** The dashboard's languages: `dashboard/locales/<lang>/dashboard.json`, with identical keys. */
export const DASHBOARD_LANGS = ['nl', 'en'] as const;

/**
 * Every file served under `/dashboard/`, by its path there, with its type. A fixed list: no part
 * of a request's path reaches the file system, so there is no traversal to guard against.
 */
const FILES: ReadonlyMap<string, { file: string; type: string }> = new Map([
  ['', { file: 'index.html', type: 'text/html; charset=utf-8' }],
  ['index.html', { file: 'index.html', type: 'text/html; charset=utf-8' }],
  ['dashboard.css', { file: 'dashboard.css', type: 'text/css; charset=utf-8' }],
  ...DASHBOARD_SCRIPTS.map((s): [string, { file: string; type: string }] => [s, { file: s, type: 'text/javascript; charset=utf-8' }]),
  ...DASHBOARD_LANGS.map((l): [string, { file: string; type: string }] => {
    const file = `locales/${l}/dashboard.json`;
    return [file, { file, type: 'application/json; charset=utf-8' }];
  }),
]);

/**
 * The dashboard's Content-Security-Policy: its own scripts, styles and API only, no inline script
 * and no other origin, so even a name that slipped through as markup could not run or send the
 * token anywhere. `form-action 'none'`: its forms are handled by script, never submitted.
 */
export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

const cache = new Map<string, Promise<Buffer>>();

/** A dashboard file's bytes, read once per process (they ship with the package and do not change while it runs). */
export function readDashboardFile(file: string): Promise<Buffer> {
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = readFile(DASHBOARD_DIR + file);
    // A failed read (files not installed) is tried again on the next request.
    bytes.catch(() => cache.delete(file));
    cache.set(file, bytes);
  }
  return bytes;
}

/**
 * Answers a request below `<base>/dashboard`: `rest` is the path after it (`/`, `/app.js`, …).
 * `/dashboard` without the slash is redirected, so the page's relative URLs (`app.js`,
 * `../v1/stats`) resolve under the base path. Where missing files were looked for goes to the
 * log, not to the unauthenticated answer.
 */
export async function serveDashboard(req: IncomingMessage, res: ServerResponse, rest: string, base: string, log: Logger): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendError(res, 405, 'method_not_allowed', 'use GET', {}, { Allow: 'GET, HEAD' });
  if (rest === '') {
    res.writeHead(301, { Location: `${base}/dashboard/`, 'Cache-Control': 'no-cache' });
    return void res.end();
  }
  const entry = FILES.get(rest.slice(1));
  if (!entry) return sendError(res, 404, 'not_found', `no such dashboard file; the dashboard is ${base}/dashboard/`);
  let body: Buffer;
  try {
    body = await readDashboardFile(entry.file);
  } catch (e) {
    log('error', 'dashboard file missing', { file: entry.file, dir: DASHBOARD_DIR, error: (e as Error).message });
    return sendError(res, 404, 'not_found', "the dashboard's files are not installed with this collector");
  }
  res.writeHead(200, {
    'Content-Type': entry.type,
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    'Content-Security-Policy': DASHBOARD_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
