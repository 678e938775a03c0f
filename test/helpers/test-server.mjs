// A tiny HTTP server on 127.0.0.1 for the real-browser tests and the bench: fixed routes given by
// the test (HTML strings with their own headers) plus a few built-in ones (the banner bundle,
// scripts that record that they ran, a local stand-in for a video embed). Plain JavaScript
// (typed by test-server.d.mts) so scripts/bench/*.mjs can share it.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Files the built-in routes serve, read on every request so a rebuild is picked up at once.
 * AKKOORD_BUNDLE=<file> serves another build of the banner instead (as in scripts/bench).
 */
export const FILES = {
  '/akkoord.js': process.env.AKKOORD_BUNDLE || `${root}packages/banner/dist/akkoord.js`,
  '/axe.min.js': `${root}node_modules/axe-core/axe.min.js`,
  '/vendor/cookieconsent.umd.js': `${root}node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js`,
  '/vendor/cookieconsent.css': `${root}node_modules/vanilla-cookieconsent/dist/cookieconsent.css`,
};

const TYPES = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
};

/**
 * The body of a script that records its name in `window.__ran`, so a test can see whether and
 * in which order blocked scripts ran. Inside an iframe it records in the parent page instead.
 */
export function ranScript(name) {
  const n = JSON.stringify(name);
  return `(function(w){try{if(w.parent&&w.parent!==w)w=w.parent}catch(e){}(w.__ran=w.__ran||[]).push(${n})})(window);`;
}

const builtIn = (path, query) => {
  const file = FILES[path];
  if (file) {
    const ext = path.slice(path.lastIndexOf('.') + 1);
    try {
      return { body: readFileSync(file), type: TYPES[ext] };
    } catch {
      return { status: 404, body: `${file} is missing (run npm run build?)`, type: 'text/plain' };
    }
  }
  // /ran/<name>.js (also served to data-type="module"): records <name>; ?delay=ms holds it back.
  let m = /^\/ran\/([\w:-]+)\.m?js$/.exec(path);
  if (m) return { body: ranScript(m[1]), type: TYPES.js, delay: Number(query.get('delay') ?? 0) };
  // /frame/<name>.html: a local stand-in for an embed (video player) that records <name> when loaded; ?delay=ms holds it back.
  m = /^\/frame\/([\w:-]+)\.html$/.exec(path);
  if (m) {
    const body = `<!doctype html><html lang="en"><title>Embed ${m[1]}</title><p>Embed ${m[1]}</p><script>${ranScript(m[1])}</script></html>`;
    return { body, type: TYPES.html, delay: Number(query.get('delay') ?? 0) };
  }
  return null;
};

/**
 * Starts the server on 127.0.0.1 and a free port. Every response gets a fresh random nonce that
 * replaces `{{nonce}}` in its body and header values (for strict-CSP pages).
 */
export async function startTestServer(routes = {}) {
  const table = new Map(Object.entries(routes));
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const entry = table.get(url.pathname);
    const spec = typeof entry === 'function' ? entry(req) : (entry ?? builtIn(url.pathname, url.searchParams));
    if (!spec) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no route for ${url.pathname}`);
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    const fill = (v) => (typeof v === 'string' ? v.replaceAll('{{nonce}}', nonce) : v);
    const headers = { 'content-type': spec.type ?? TYPES.html, 'cache-control': 'no-store' };
    for (const [k, v] of Object.entries(spec.headers ?? {})) headers[k.toLowerCase()] = fill(v);
    const send = () => res.writeHead(spec.status ?? 200, headers).end(fill(spec.body ?? ''));
    if (spec.delay) setTimeout(send, spec.delay);
    else send();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (path) => origin + path,
    requests,
    route(path, spec) {
      table.set(path, spec);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
