// The scanner's fixture site, for its real-browser test and its bench row: a bakery's site
// (www.bakkerij.test) and a "third-party" analytics host (stats.tracker.test), both served by one
// node:http server on 127.0.0.1 and reached through Chromium's --host-resolver-rules. Plain
// JavaScript (typed by scan-fixture-site.d.mts) so scripts/bench/*.mjs can share it.
//
// Pages: / (the Akkoord banner gating everything: zero violations expected), /leaky/ (the same
// tracker loaded outside the gate), /foreign/ (vanilla-cookieconsent from node_modules as another
// banner), /accept-only/ (a banner without a reject button), /sitemap-only/ (linked from nowhere,
// listed in sitemap.xml), /broken/ (HTTP 500), /hang/ (never answers), /slow/ (never finishes loading), /about/, /contact/ and /p/1 … /p/40 (plain pages
// with the banner, so a 20-page scan has pages to visit).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Host names the fixture answers to (all mapped to 127.0.0.1). */
export const SITE_HOST = 'www.bakkerij.test';
export const TRACKER_HOST = 'stats.tracker.test';
/** The Chromium flag that sends both hosts to the fixture server. */
export const HOST_RULES = '--host-resolver-rules=MAP *.test 127.0.0.1';
/** Plain pages /p/1 … /p/N. */
export const PLAIN_PAGES = 40;

const html = (title, head, body) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><h1>${title}</h1>${body}</body></html>`;

const consentConfig = {
  revision: 1,
  organisation: 'Bakkerij De Korenschoof',
  privacyStatementUrl: { nl: '/privacy/', en: '/privacy/en/' },
  categories: [
    { id: 'necessary', required: true, title: { nl: 'Noodzakelijk', en: 'Necessary' } },
    {
      id: 'analytics',
      title: { nl: 'Statistieken', en: 'Statistics' },
      services: [{ id: 'stats', name: 'Stats', cookies: [{ name: '_ga' }] }],
    },
  ],
};

/** Everything the tracker does: a first-party cookie by script, localStorage, a pixel, a third-party iframe. */
const trackerScript = (port) => `(function(){
document.cookie = '_ga=GA1.2.' + Math.floor(Math.random() * 1e9) + '; max-age=63072000; path=/';
try { localStorage.setItem('_trk_id', 'abc'); } catch (e) {}
new Image().src = 'http://${TRACKER_HOST}:${port}/px.gif?p=' + encodeURIComponent(location.pathname);
var f = document.createElement('iframe'); f.src = 'http://${TRACKER_HOST}:${port}/frame.html'; f.width = 1; f.height = 1;
(document.body || document.documentElement).appendChild(f);
})();`;

const akkoordTag = '<script src="/akkoord.js" data-config="/consent.json" defer></script>';
const gatedTracker = (port) => `<script type="text/plain" data-consent="analytics" src="http://${TRACKER_HOST}:${port}/stats.js"></script>`;
const nav = (links) => `<nav>${links.map((l) => `<a href="${l}">${l}</a>`).join(' ')}</nav>`;

/** The links on the home page, in the order a breadth-first crawl meets them. */
export const HOME_LINKS = [
  '/leaky/',
  '/foreign/',
  '/accept-only/',
  '/broken/',
  '/about/',
  '/contact/',
  'mailto:info@bakkerij.test',
  '/files/menu.pdf',
  '/account/logout',
  `http://elders.test/`,
  ...Array.from({ length: PLAIN_PAGES }, (_, i) => `/p/${i + 1}`),
];

/** A vanilla-cookieconsent 3.1 page: its own gate (`data-category`) and its own texts. */
const foreignBanner = (port) =>
  html(
    'Andere banner',
    '<link rel="stylesheet" href="/vendor/cookieconsent.css">',
    `${gatedTracker(port).replace('data-consent', 'data-category')}
<script src="/vendor/cookieconsent.umd.js"></script>
<script>
CookieConsent.run({
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'We use cookies', description: 'Statistics help us.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all' },
    preferencesModal: { title: 'Settings', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save', sections: [] }
  } } }
});
</script>`,
  );

/** A home-made banner with only an accept button (refusing is not as easy as accepting). */
const acceptOnly = (port) =>
  html(
    'Alleen akkoord',
    '',
    `<div id="cookiebar" role="dialog" aria-label="Cookies"><p>Wij gebruiken cookies.</p>
<button type="button" id="ok">Alles accepteren</button> <a href="/cookies/">Instellingen</a></div>
<script>
document.getElementById('ok').addEventListener('click', function () {
  document.cookie = 'cookiebar=yes; max-age=31536000; path=/';
  document.getElementById('cookiebar').remove();
  var s = document.createElement('script'); s.src = 'http://${TRACKER_HOST}:${port}/stats.js'; document.body.appendChild(s);
});
</script>`,
  );

function route(host, path, port) {
  const site = host.startsWith(SITE_HOST);
  if (!site) {
    if (path === '/stats.js') return { body: trackerScript(port), type: 'text/javascript' };
    if (path === '/px.gif') return { body: '', type: 'image/gif' };
    if (path === '/frame.html')
      return { body: '<!doctype html><title>t</title><p>t</p>', headers: { 'set-cookie': '_trk_uid=u-1; Max-Age=31536000; Path=/' } };
    return { status: 404, body: 'not found', type: 'text/plain' };
  }
  const sessionCookie = { 'set-cookie': 'bk_session=s1; Path=/; HttpOnly; SameSite=Lax' };
  switch (path) {
    case '/':
      return { body: html('Bakkerij', akkoordTag, `${nav(HOME_LINKS)}${gatedTracker(port)}`), headers: sessionCookie };
    case '/bench/':
      // The bench's start page: a small site with the banner on every page (scripts/bench/scanner.mjs).
      return {
        body: html('Bench', akkoordTag, `${nav(Array.from({ length: PLAIN_PAGES }, (_, i) => `/p/${i + 1}`))}${gatedTracker(port)}`),
        headers: sessionCookie,
      };
    case '/leaky/':
      return { body: html('Lek', akkoordTag, `<script src="http://${TRACKER_HOST}:${port}/stats.js"></script>`), headers: sessionCookie };
    case '/foreign/':
      return { body: foreignBanner(port) };
    case '/accept-only/':
      return { body: acceptOnly(port) };
    case '/sitemap-only/':
      return { body: html('Alleen in de sitemap', akkoordTag, gatedTracker(port)) };
    case '/hang/':
      return { hang: true };
    case '/slow/':
      return { body: html('Traag', '', '<img src="/hang/" alt="">') };
    case '/broken/':
      return { status: 500, body: html('Fout', '', '<p>Er ging iets mis.</p>') };
    case '/sitemap.xml':
      return {
        type: 'application/xml',
        body: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://${SITE_HOST}:${port}/sitemap-only/</loc></url><url><loc>http://elders.test/x</loc></url></urlset>`,
      };
    case '/consent.json':
      return { body: JSON.stringify(consentConfig), type: 'application/json' };
    case '/akkoord.js':
      return { file: `${root}packages/banner/dist/akkoord.js`, type: 'text/javascript' };
    case '/vendor/cookieconsent.umd.js':
      return { file: `${root}node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js`, type: 'text/javascript' };
    case '/vendor/cookieconsent.css':
      return { file: `${root}node_modules/vanilla-cookieconsent/dist/cookieconsent.css`, type: 'text/css' };
    default: {
      if (/^\/(about|contact)\/$/.test(path) || /^\/p\/\d+$/.test(path)) return { body: html(path, akkoordTag, gatedTracker(port)) };
      return { status: 404, body: 'not found', type: 'text/plain' };
    }
  }
}

/** Starts the fixture server on 127.0.0.1 and a free port. */
export async function startScanFixture() {
  let port = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const spec = route(String(req.headers.host ?? ''), url.pathname, port);
    // /hang/, and every path of hang.test: never answers (closeAllConnections ends it).
    if (spec.hang || String(req.headers.host ?? '').startsWith('hang.test')) return;
    let body = spec.body ?? '';
    if (spec.file) {
      try {
        body = readFileSync(spec.file);
      } catch {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`${spec.file} is missing (run npm run build?)`);
        return;
      }
    }
    res.writeHead(spec.status ?? 200, {
      'content-type': spec.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(spec.headers ?? {}),
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
  return {
    port,
    url: (path, host = SITE_HOST) => `http://${host}:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
