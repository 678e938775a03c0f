// Banner measurements for `npm run bench`: bytes of the script-tag bundle beside
// vanilla-cookieconsent 3.1 (the peer), and in Chromium with 4x CPU throttling the median time
// from script start to an interactive banner plus the page's cumulative layout shift.
// Exports `bench()` (the row interface scripts/bench.mjs prints) and `sizes()` (shared with
// scripts/size-check.mjs, which must not launch a browser).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The byte budget of everything a site loads for the banner (JS, CSS, nl + en, renderer), brotli. */
export const BROTLI_BUDGET = 9500;
/** Akkoord may weigh at most this share of the peer's JS + CSS (brotli). */
export const PEER_RATIO_BUDGET = 0.7;
/** The consent-log client's own budget (issue 5); akkoord-with-log.js may weigh the banner's budget plus this. */
export const LOG_CLIENT_BUDGET = 1200;
/**
 * Growth guard below the budget: the sizes last measured plus about 1 % (akkoord.js 8 567 B,
 * akkoord-with-log.js 9 626 B, after the banner's own renderer replaced Preact). CI fails above
 * these as well as above the budget, so bytes are spent on purpose: a change that needs more
 * raises them in the same commit and says why; one that saves lowers them.
 */
export const CI_CEILING = { akkoord: 8_660, withLog: 9_720 };
/** Timing runs per banner; the median is reported. */
export const RUNS = 11;
/** Page loads per banner for the layout-shift check (the worst is reported). */
export const CLS_RUNS = 3;
/** CPU slow-down factor, roughly a mid-range phone. */
export const CPU_THROTTLE = 4;

/** The bundle measured; AKKOORD_BUNDLE=<file> measures another build (e.g. a branch's) instead. */
export const BUNDLE = process.env.AKKOORD_BUNDLE || `${root}packages/banner/dist/akkoord.js`;
/** The build with the consent-log client inside; a site that logs loads this one instead. */
export const BUNDLE_WITH_LOG = `${root}packages/banner/dist/akkoord-with-log.js`;
export const PEER_FILES = [
  `${root}node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js`,
  `${root}node_modules/vanilla-cookieconsent/dist/cookieconsent.css`,
];

/** raw / gzip (level 9) / brotli (quality 11) bytes of one buffer. */
function measure(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Sizes of akkoord.js, of akkoord-with-log.js (null when not built) and of the peer (its JS and
 * CSS compressed separately, as a site serves them as two files, then summed). `akkoord` is null
 * when the bundle is not built.
 */
export function sizes() {
  const akkoord = existsSync(BUNDLE) ? measure(readFileSync(BUNDLE)) : null;
  const withLog = !process.env.AKKOORD_BUNDLE && existsSync(BUNDLE_WITH_LOG) ? measure(readFileSync(BUNDLE_WITH_LOG)) : null;
  const parts = PEER_FILES.map((f) => measure(readFileSync(f)));
  const peer = { raw: 0, gzip: 0, brotli: 0 };
  for (const p of parts) for (const k of Object.keys(peer)) peer[k] += p[k];
  return { akkoord, withLog, peer };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const CATS = ['necessary', 'analytics', 'marketing'];

/** Minimal Akkoord config with the same three categories as the peer's. */
const akkoordConfig = {
  revision: 1,
  organisation: 'Bench Bakery',
  privacyStatementUrl: '/privacy/',
  categories: CATS.map((id) => ({ id, required: id === 'necessary', title: id, description: `About ${id}.` })),
};

/** The peer's documented `CookieConsent.run({...})` with the same three categories and texts. */
const peerConfig = {
  hideFromBots: false, // headless Chromium reports navigator.webdriver; the bench is not a bot to hide from
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies',
          description: 'Bench Bakery uses cookies for statistics and marketing. <a href="/privacy/">Privacy statement</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Preferences',
        },
        preferencesModal: {
          title: 'Preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save',
          sections: CATS.map((id) => ({ title: id, description: `About ${id}.`, linkedCategory: id })),
        },
      },
    },
  },
};

/**
 * Starts a banner in an already loaded, painted page: `window.__start(js, css)` takes t0, adds
 * the CSS (if any) and runs the script text, then records in `window.__interactive` the ms until
 * the banner's accept button exists and has a layout box (checked on every DOM mutation and on a
 * 0 ms timer, the same for both banners). Running the text inline keeps network and page
 * parsing out of the figure: it is the banner's own parse, execute, style and layout time.
 */
const starter = (selector) => `
window.__start=function(js,css){var find=${selector};var done=false;
function check(){if(done)return;var b=find();if(b){var r=b.getBoundingClientRect();if(r.width>0&&r.height>0){done=true;window.__interactive=performance.now()-window.__t0;return}}setTimeout(check,0)}
new MutationObserver(check).observe(document.documentElement,{childList:true,subtree:true});
window.__t0=performance.now();
if(css){var st=document.createElement('style');st.textContent=css;document.head.appendChild(st)}
var sc=document.createElement('script');sc.textContent=js;document.body.appendChild(sc);check()};`;

const cls = `window.__cls=0;new PerformanceObserver(function(l){l.getEntries().forEach(function(e){if(!e.hadRecentInput)window.__cls+=e.value})}).observe({type:'layout-shift',buffered:true});`;

const content = Array.from(
  { length: 12 },
  (_, i) => `<p>Paragraph ${i + 1}: fresh bread, baked every morning with flour from the mill.</p>`,
).join('');
const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">';
const akkoordSel = `function(){var h=document.getElementById('akkoord-root');return h&&h.shadowRoot&&h.shadowRoot.querySelector('[data-action="accept-all"]')}`;
const peerSel = `function(){return document.querySelector('#cc-main [data-role="all"]')}`;
const akkoordJson = `<script type="application/json" data-akkoord-config>${JSON.stringify(akkoordConfig)}</script>`;
const peerRun = `CookieConsent.run(${JSON.stringify(peerConfig)});`;

/**
 * The bench pages, identical content: `/time-*` for the timing (banner started by `__start`),
 * `/cls-*` for layout shift with each banner added the way its docs say (script tags).
 */
export function pages() {
  return {
    '/time-akkoord.html': {
      body: `${head}</head><body><h1>Bench</h1>${content}${akkoordJson}<script>${starter(akkoordSel)}</script></body></html>`,
    },
    '/time-peer.html': { body: `${head}</head><body><h1>Bench</h1>${content}<script>${starter(peerSel)}</script></body></html>` },
    '/cls-akkoord.html': {
      body: `${head}<script>${cls}</script><script src="/akkoord.js" data-config="/bench-consent.json" defer></script></head><body><h1>Bench</h1>${content}</body></html>`,
    },
    '/bench-consent.json': { body: JSON.stringify(akkoordConfig), type: 'application/json' },
    '/cls-peer.html': {
      body: `${head}<script>${cls}</script><link rel="stylesheet" href="/vendor/cookieconsent.css"><script src="/vendor/cookieconsent.umd.js" defer></script><script src="/cls-peer-run.js" defer></script></head><body><h1>Bench</h1>${content}</body></html>`,
    },
    '/cls-peer-run.js': { body: peerRun, type: 'text/javascript' },
  };
}

/** A fresh context and page with the CPU throttled. */
async function throttledPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  return { context, page };
}

/** ms from the banner script's start to its interactive first layer, in a loaded page. */
async function timeOne(browser, url, js, css) {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Two frames: the page is painted and idle before t0.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));
    await page.evaluate(([j, c]) => window.__start(j, c), [js, css]);
    await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 20_000 });
    return await page.evaluate(() => window.__interactive);
  } finally {
    await context.close();
  }
}

/** The page's cumulative layout shift, 1.5 s after load, with the banner added by its tags. */
async function clsOne(browser, url, selector) {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(`!!(${selector})()`, null, { timeout: 20_000 });
    await page.waitForTimeout(1500); // late shifts (animations, fonts) show up too
    return await page.evaluate(() => window.__cls);
  } finally {
    await context.close();
  }
}

const fmt = (n) => Math.round(n * 10) / 10;

/** The banner rows of the bench table. */
export async function bench() {
  const { akkoord, withLog, peer } = sizes();
  const peerName = 'vanilla-cookieconsent 3.1 JS+CSS';
  if (!akkoord) return [{ name: 'akkoord.js', value: 'missing', unit: '', goal: 'run npm run build', ok: false }];
  const ratio = akkoord.brotli / peer.brotli;
  const rows = [
    { name: 'akkoord.js raw', value: akkoord.raw, unit: 'B', peer: { name: peerName, value: peer.raw } },
    { name: 'akkoord.js gzip', value: akkoord.gzip, unit: 'B', peer: { name: peerName, value: peer.gzip } },
    {
      name: 'akkoord.js brotli',
      value: akkoord.brotli,
      unit: 'B',
      peer: { name: peerName, value: peer.brotli },
      goal: `≤ ${BROTLI_BUDGET} B`,
      ok: akkoord.brotli <= BROTLI_BUDGET,
    },
    {
      name: 'brotli ratio to peer',
      value: fmt(ratio * 100) / 100,
      unit: '×',
      goal: `≤ ${PEER_RATIO_BUDGET}×`,
      ok: ratio <= PEER_RATIO_BUDGET,
    },
  ];
  if (withLog) {
    // The consent-log client's share counts in the same budget (issue 5).
    const logBudget = BROTLI_BUDGET + LOG_CLIENT_BUDGET;
    rows.push({
      name: 'akkoord-with-log.js brotli',
      value: withLog.brotli,
      unit: 'B',
      goal: `≤ ${logBudget} B`,
      ok: withLog.brotli <= logBudget,
    });
  }

  const { launchBrowser, browserAvailable } = await import('../../test/helpers/launch-browser.mjs');
  if (!browserAvailable())
    return [...rows, { name: 'banner timing', value: 'no Chromium', unit: '', goal: 'apt-get install -y chromium', ok: false }];
  const { startTestServer } = await import('../../test/helpers/test-server.mjs');
  const server = await startTestServer(pages());
  const ourJs = readFileSync(BUNDLE, 'utf8');
  server.route('/akkoord.js', { body: ourJs, type: 'text/javascript; charset=utf-8' });
  const [peerJs, peerCss] = PEER_FILES.map((f) => readFileSync(f, 'utf8'));
  const browser = await launchBrowser();
  try {
    const ours = [];
    const theirs = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate, so drift on the shared machine hits both equally.
      ours.push(await timeOne(browser, server.url('/time-akkoord.html'), ourJs, ''));
      theirs.push(await timeOne(browser, server.url('/time-peer.html'), `${peerJs}\n${peerRun}`, peerCss));
    }
    const ourCls = [];
    const theirCls = [];
    for (let i = 0; i < CLS_RUNS; i++) {
      ourCls.push(await clsOne(browser, server.url('/cls-akkoord.html'), akkoordSel));
      theirCls.push(await clsOne(browser, server.url('/cls-peer.html'), peerSel));
    }
    const clsMax = Math.max(...ourCls);
    rows.push(
      {
        name: `script start → banner interactive (median of ${RUNS}, CPU ${CPU_THROTTLE}×)`,
        value: fmt(median(ours)),
        unit: 'ms',
        peer: { name: 'vanilla-cookieconsent 3.1', value: fmt(median(theirs)) },
      },
      {
        name: `CLS of the page with the banner (worst of ${CLS_RUNS})`,
        value: fmt(clsMax * 1000) / 1000,
        unit: '',
        peer: { name: 'vanilla-cookieconsent 3.1', value: fmt(Math.max(...theirCls) * 1000) / 1000 },
        goal: '= 0',
        ok: clsMax === 0,
      },
    );
  } catch (err) {
    rows.push({
      name: 'banner timing',
      value: 'failed',
      unit: '',
      goal: String(err instanceof Error ? err.message.split('\n')[0] : err),
      ok: false,
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
