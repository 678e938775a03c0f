// `npm start` (after the build): serves the demo site of Bakkerij De Korenschoof on 127.0.0.1 with
// the banner bundle, a banner config and privacy statement generated from the site's
// declarations, and the consent-log collector (SQLite under .data/) on the site's own origin.
//
//   node scripts/start.mjs [--port 8080]      (or PORT=8080)
//
// Everything is imported from the packages' dist/ (npm start builds first). A package that is
// not built yet is replaced by a clearly announced fallback, so the demo always starts.
// AKKOORD_BUNDLE=<file> serves another build of the banner as /akkoord.js.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const siteDir = join(root, 'examples/site');
const studioDir = join(root, 'packages/studio/dist');
const declarationsFile = join(root, 'examples/declarations/demo-site.yaml');
const bannerDist = join(root, 'packages/banner/dist');

/**
 * The banner build served as /akkoord.js: the one with the consent-log client when the collector
 * runs (the demo logs every decision), the plain one otherwise. AKKOORD_BUNDLE=<file> serves
 * another build (as the tests and bench allow).
 */
function bannerBundle(withLog) {
  if (process.env.AKKOORD_BUNDLE) return process.env.AKKOORD_BUNDLE;
  const logged = join(bannerDist, 'akkoord-with-log.js');
  return withLog && existsSync(logged) ? logged : join(bannerDist, 'akkoord.js');
}
/** The collector's SQLite file and read token; AKKOORD_DATA_DIR moves them (the tests use a temp dir). */
const dataDir = process.env.AKKOORD_DATA_DIR || join(root, '.data');
/** Where the collector is mounted: on the site's own origin, under a path no blocklist knows. */
const PROOF_PREFIX = '/api/proof';
const ENDPOINT = `${PROOF_PREFIX}/v1/consents`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** `--port 9000`, `--port=9000`, PORT=9000, or 8080. */
function readPort() {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const raw = i < 0 ? process.env.PORT : args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
  if (raw === undefined || raw === '') return 8080;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`start: invalid port "${raw}" (from ${i < 0 ? 'PORT' : '--port'}); use a whole number 0–65535`);
    process.exit(2);
  }
  return port;
}

const warn = (msg) => console.warn(`start: ${msg}`);

/** Imports a built workspace package, or returns null (with the reason) when it is not built. */
async function importBuilt(pkg) {
  const file = join(root, `packages/${pkg}/dist/index.js`);
  if (!existsSync(file)) return { mod: null, why: `packages/${pkg}/dist/index.js is missing` };
  try {
    return { mod: await import(pathToFileURL(file).href), why: '' };
  } catch (err) {
    return { mod: null, why: `importing @akkoord/${pkg} failed: ${err instanceof Error ? err.message : err}` };
  }
}

/**
 * The banner config and statement pages, generated from the declarations by the generator's
 * library API. Falls back to examples/site/consent.json and a short notice page.
 */
async function generateSiteFiles() {
  const out = {
    config: JSON.parse(readFileSync(join(siteDir, 'consent.json'), 'utf8')),
    pages: {},
    from: 'examples/site/consent.json (static fallback)',
  };
  const { mod: ps, why } = await importBuilt('privacy-statement');
  if (!ps) return (warn(`${why}; serving the static banner config and no generated statement`), out);
  if (!existsSync(declarationsFile))
    return (warn('examples/declarations/demo-site.yaml is missing; serving the static banner config'), out);
  try {
    const file = 'examples/declarations/demo-site.yaml';
    const parsed = ps.parseDeclarations(readFileSync(declarationsFile, 'utf8'), file);
    const errors = (parsed.findings ?? []).filter((f) => f.severity === 'error');
    if (!parsed.data || errors.length)
      throw new Error(errors.map((f) => (ps.formatFinding ? ps.formatFinding(f) : f.message)).join('\n  '));
    const data = onDemoHost(parsed.data);
    for (const [lang, path] of [
      ['nl', '/privacy/'],
      ['en', '/privacy/en/'],
    ]) {
      out.pages[path] = withBanner(ps.generateStatement(data, { lang, format: 'page' }));
    }
    out.config = ps.bannerConfig(parsed.data, { statementUrl: { nl: '/privacy/', en: '/privacy/en/' } });
    out.from = file;
  } catch (err) {
    warn(
      `generating from examples/declarations/demo-site.yaml failed, using the static fallback:\n  ${err instanceof Error ? err.message : err}`,
    );
  }
  return out;
}

/**
 * The declarations name the production site (`links.cookieSettings:
 * https://www.korenschoof.example/#cookie-instellingen`), which does not exist on the demo host.
 * A link to the site itself (the host of `organisation.website`) becomes a path
 * (`/#cookie-instellingen`), so it works on whatever host and port the demo runs. Only the pages
 * use this copy: the banner config is generated from the declarations as they are.
 */
function onDemoHost(data) {
  const link = data.links?.cookieSettings;
  const site = URL.canParse(data.organisation?.website ?? '') ? new URL(data.organisation.website).host : null;
  if (typeof link !== 'string' || !URL.canParse(link) || new URL(link).host !== site) return data;
  const url = new URL(link);
  return { ...data, links: { ...data.links, cookieSettings: url.pathname + url.search + url.hash } };
}

/**
 * The banner on a generated statement page, like on every other page of the site: the statement
 * is where visitors go to change their choice. The generator writes a standalone page without
 * scripts, so the demo adds the same tag as examples/site/index.html, plus the script that makes
 * its cookie-settings link open the preferences (examples/site/js/cookie-settings.js).
 */
function withBanner(page) {
  const tags =
    '<script src="/akkoord.js" data-config="/consent.json" defer></script>\n<script src="/js/cookie-settings.js" defer></script>\n';
  if (!page.includes('</head>')) throw new Error('the generated statement page has no </head> to add the banner to');
  return page.replace('</head>', `${tags}</head>`);
}

/** A plain notice page while the statement generator is not available. */
function placeholderStatement(lang) {
  const nl = lang === 'nl';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nl ? 'Privacyverklaring' : 'Privacy statement'} — Bakkerij De Korenschoof</title><link rel="stylesheet" href="/css/site.css">
<script src="/akkoord.js" data-config="/consent.json" defer></script></head>
<body><main><h1>${nl ? 'Privacyverklaring' : 'Privacy statement'}</h1>
<p>${nl ? 'De privacyverklaring wordt gemaakt met de generator van Akkoord. Die is in deze versie van de demo nog niet gebouwd.' : 'The privacy statement is made by the Akkoord generator, which is not built in this version of the demo.'}</p>
<p><a href="${nl ? '/' : '/en/'}">${nl ? 'Terug naar de winkel' : 'Back to the shop'}</a> · <a href="#" data-akkoord="preferences">${nl ? 'Cookie-instellingen' : 'Cookie settings'}</a></p></main></body></html>`;
}

/**
 * The consent-log collector in this process, on SQLite in .data/, mounted under PROOF_PREFIX on
 * the site's own origin (same origin: no CORS, and no third-party URL for blocklists to know).
 */
async function startCollector() {
  const { mod: log, why } = await importBuilt('consent-log-server');
  if (!log) return (warn(`${why}; the demo runs without the consent log`), null);
  try {
    mkdirSync(dataDir, { recursive: true });
    const tokenFile = join(dataDir, 'collector-token');
    if (!existsSync(tokenFile)) writeFileSync(tokenFile, randomBytes(24).toString('base64url') + '\n', { mode: 0o600 });
    const token = readFileSync(tokenFile, 'utf8').trim();
    const db = join(dataDir, 'consent-log.sqlite');
    const store = await log.openStore(db);
    const collector = log.createCollector({ store, basePath: PROOF_PREFIX, token, log: log.jsonLogger(true) });
    return { collector, db, token };
  } catch (err) {
    return (warn(`the consent log did not start (${err instanceof Error ? err.message : err}); the demo runs without it`), null);
  }
}

/** A file below `dir` (directories serve their index.html), or null. */
function staticFile(dir, pathname) {
  let rel;
  try {
    rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  } catch {
    return null;
  }
  let file = join(dir, rel);
  if (file !== dir && !file.startsWith(dir + sep)) return null; // no ../ escapes
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const port = readPort();
const site = await generateSiteFiles();
const server = createServer();
let collector = null;

server.on('request', (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const send = (status, type, body) => res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
  if (url.pathname === PROOF_PREFIX || url.pathname.startsWith(PROOF_PREFIX + '/')) {
    if (collector) return collector.collector.handle(req, res);
    return send(503, 'application/json', '{"error":"consent log not running"}');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed');
  if (url.pathname === '/akkoord.js') {
    const file = bannerBundle(!!collector);
    if (!existsSync(file)) return send(404, 'text/plain', `${relative(root, file)} is missing: run npm run build`);
    return send(200, TYPES['.js'], readFileSync(file));
  }
  if (url.pathname === '/consent.json') return send(200, TYPES['.json'], JSON.stringify(site.config, null, 2));
  if (url.pathname === '/privacy' || url.pathname === '/privacy/en') {
    return res.writeHead(301, { location: url.pathname + '/' }).end();
  }
  if (url.pathname === '/privacy/' || url.pathname === '/privacy/en/') {
    return send(200, TYPES['.html'], site.pages[url.pathname] ?? placeholderStatement(url.pathname === '/privacy/' ? 'nl' : 'en'));
  }
  if (url.pathname === '/studio') return res.writeHead(301, { location: '/studio/' }).end();
  if (url.pathname.startsWith('/studio/')) {
    // The privacy studio (issue 4): static files that run entirely in the browser.
    const file = staticFile(studioDir, url.pathname.slice('/studio'.length));
    if (!file)
      return send(
        404,
        'text/plain; charset=utf-8',
        existsSync(studioDir) ? `Not found: ${url.pathname}` : 'The studio is not built: run npm run build',
      );
    return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  }
  const file = staticFile(siteDir, url.pathname);
  if (!file) return send(404, 'text/plain; charset=utf-8', `Not found: ${url.pathname}`);
  send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
});

server.on('error', (err) => {
  console.error(`start: cannot listen on 127.0.0.1:${port}: ${err.message} (choose another with --port or PORT)`);
  process.exit(1);
});
// The collector first, so no page is ever served a config without the consent log's endpoint.
collector = await startCollector();
if (collector) site.config = { ...site.config, consentLog: { ...site.config.consentLog, endpoint: ENDPOINT } };
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
const address = /** @type {import('node:net').AddressInfo} */ (server.address());
const origin = `http://127.0.0.1:${address.port}`;

console.log(`\nAkkoord demo: ${origin}/  (English: ${origin}/en/)`);
console.log(`  privacy statement: ${origin}/privacy/ and ${origin}/privacy/en/; privacy studio: ${origin}/studio/`);
console.log(`  banner config from ${site.from}; /akkoord.js is ${relative(root, bannerBundle(!!collector))}`);
if (collector) {
  console.log(`  consent log: ${origin}${ENDPOINT} -> SQLite ${relative(process.cwd(), collector.db)}`);
  console.log('  Look up what a visitor chose: take the consent ID from the preferences dialog ("Cookie-instellingen"), then');
  console.log(
    `    curl -H "Authorization: Bearer $(cat ${relative(process.cwd(), join(dataDir, 'collector-token'))})" ${origin}${PROOF_PREFIX}/v1/consents/<consent-id>`,
  );
}
console.log('Press Ctrl+C to stop.\n');

let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`start: ${signal}, shutting down`);
  // Stop taking requests, let the collector drain and commit what it acknowledged, then exit.
  server.close();
  const drained = collector ? collector.collector.close() : Promise.resolve();
  drained
    .catch((err) => console.error(`start: closing the consent log: ${err instanceof Error ? err.message : err}`))
    .finally(() => {
      server.closeAllConnections();
      process.exit(0);
    });
  setTimeout(() => process.exit(1), 5000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
