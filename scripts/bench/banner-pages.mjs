// The pages of the banner bench (scripts/bench/banner.mjs) and of its trace reader
// (scripts/bench/banner-trace.mjs): the same content with Akkoord, with vanilla-cookieconsent 3.1
// (the peer, configured with the same three categories and texts) or with no banner, plus the
// small in-page probes that time them. Both banners are driven the same way, so the figures are
// comparable; each probe records `performance.mark`s that the trace reader finds again.
import { deflateSync, crc32 } from 'node:zlib';

const CATS = ['necessary', 'analytics', 'marketing'];

/** Minimal Akkoord config with the same three categories as the peer's. */
export const akkoordConfig = {
  revision: 1,
  organisation: 'Bench Bakery',
  privacyStatementUrl: '/privacy/',
  categories: CATS.map((id) => ({ id, required: id === 'necessary', title: id, description: `About ${id}.` })),
};

/** The peer's documented `CookieConsent.run({...})` with the same three categories and texts. */
export const peerConfig = {
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

/** The peer's run call; its consent callback loads the embeds, which the peer does not gate itself. */
export const peerRun = `CookieConsent.run(Object.assign(${JSON.stringify(peerConfig)},{onConsent:function(e){
if(e.cookie.categories.indexOf('marketing')>=0)document.querySelectorAll('iframe[data-src]').forEach(function(f){f.src=f.dataset.src})}}));`;

/** Finds the accept button of each banner (`null` until it exists). */
export const SELECTORS = {
  akkoord: `function(){var h=document.getElementById('akkoord-root');return h&&h.shadowRoot&&h.shadowRoot.querySelector('[data-action="accept-all"]')}`,
  // The peer's stylesheet is a file of its own: its banner counts once that has loaded too.
  peer: `function(){var l=document.querySelector('link[href$="cookieconsent.css"]');return l&&!l.sheet?null:document.querySelector('#cc-main [data-role="all"]')}`,
};

/** Playwright selectors of the same buttons (CSS locators pierce open shadow roots). */
export const BUTTONS = { akkoord: '#akkoord-root [data-action="accept-all"]', peer: '#cc-main [data-role="all"]' };

/**
 * `__watch(find, t0)`: from now on, on every DOM mutation and on a 0 ms timer, looks for the
 * banner's accept button; once it has a layout box it records `window.__interactive` (ms since
 * `t0`) and the mark `bench:interactive`, and resolves the promise `window.__ready` (so the
 * caller waits without polling the page). The same probe for both banners.
 */
const watch = `window.__ready=new Promise(function(r){window.__resolve=r});window.__watch=function(find,t0){var done=false;
function check(){if(done)return;var b=find();if(b){var r=b.getBoundingClientRect();if(r.width>0&&r.height>0){done=true;performance.mark('bench:interactive');window.__interactive=performance.now()-t0;window.__resolve();return}}setTimeout(check,0)}
new MutationObserver(check).observe(document.documentElement,{childList:true,subtree:true});check()};`;

/**
 * `__start(js, css)`: starts a banner in an already loaded, painted page from its script text
 * (and CSS), so network and page parsing stay out of the figure: the banner's own parse,
 * execute, style and layout time.
 */
const inlineStarter = (kind) => `${watch}
window.__start=function(js,css){var t0=performance.now();performance.mark('bench:start');
if(css){var st=document.createElement('style');st.textContent=css;document.head.appendChild(st)}
var sc=document.createElement('script');sc.textContent=js;document.body.appendChild(sc);__watch(${SELECTORS[kind]},t0)};`;

/** Tags that add each banner as its documentation says, for a page's `<head>`. */
const TAGS = {
  akkoord: '<script src="/akkoord.js" data-config="/bench-consent.json" defer></script>',
  peer: '<link rel="stylesheet" href="/vendor/cookieconsent.css"><script src="/vendor/cookieconsent.umd.js" defer></script><script src="/peer-run.js" defer></script>',
  none: '',
  // The control for the LCP rows: the least a banner does, in the same tag — a deferred script
  // that fetches its config and reads the cookie. What any script tag costs the page here.
  tiny: '<script src="/tiny.js" data-config="/bench-consent.json" defer></script>',
};

/** What `__startSrc()` adds for each kind: `akkoord-inline` is akkoord.js alone, its config already in the page. */
const SRC_TAGS = {
  akkoord: `add('script',{src:'/akkoord.js','data-config':'/bench-consent.json'});`,
  'akkoord-inline': `add('script',{src:'/akkoord.js'});`,
  peer: `add('link',{rel:'stylesheet',href:'/vendor/cookieconsent.css'});add('script',{src:'/vendor/cookieconsent.umd.js'});add('script',{src:'/peer-run.js'});`,
};

/**
 * `__startSrc()`: the same tags inserted into an already loaded, painted page (scripts keep their
 * order, like `defer`), so the figure adds fetching the files from the local server, and for
 * Akkoord with `data-config` its config, to the banner's own time.
 */
const srcStarter = (kind) => `${watch}
window.__startSrc=function(){var t0=performance.now();performance.mark('bench:start');
function add(tag,attrs){var e=document.createElement(tag);for(var k in attrs)e.setAttribute(k,attrs[k]);if(tag=='script')e.async=false;document.head.appendChild(e)}
${SRC_TAGS[kind]}__watch(${SELECTORS[kind.split('-')[0]]},t0)};`;

/**
 * What the load pages record from the first byte on: LCP entries with their element (tag, id,
 * and whether it sits in a banner), layout shifts, long tasks, the scripts of long animation
 * frames (which script's task was long) and event timings (INP).
 */
const loadProbe = `<script>(function(){
var w=window;w.__lcp=[];w.__cls=0;w.__long=[];w.__events=[];w.__loaf=[];
function where(el){if(!el)return 'none';var r=el.getRootNode(),h=r&&r.host;
var banner=h?h.id=='akkoord-root':!!el.closest('#akkoord-root,#cc-main');
return el.localName+(el.id?'#'+el.id:'')+(banner?' (banner)':'')}
function obs(type,fn,o){try{new PerformanceObserver(function(l){l.getEntries().forEach(fn)}).observe(Object.assign({type:type,buffered:true},o||{}))}catch(e){}}
obs('largest-contentful-paint',function(e){w.__lcp.push({time:e.startTime,size:e.size,element:where(e.element)})});
obs('layout-shift',function(e){if(!e.hadRecentInput)w.__cls+=e.value});
obs('longtask',function(e){w.__long.push({start:e.startTime,duration:e.duration})});
obs('long-animation-frame',function(e){e.scripts.forEach(function(s){w.__loaf.push({src:s.sourceURL,start:s.startTime,duration:s.duration})})});
obs('event',function(e){if(e.interactionId)w.__events.push({name:e.name,start:e.startTime,duration:e.duration,id:e.interactionId})},{durationThreshold:16});
})()</script>`;

const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">';
const paragraphs = (n) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: fresh bread, baked every morning with flour from the mill.</p>`).join('');
const content = paragraphs(12);

/** Hero of the load pages: a photo-like image that fills the width, then the page's text. */
const hero = `<header><h1>Bench Bakery</h1></header>
<img id="hero" src="/hero.png" width="${1280}" height="${480}" alt="Fresh bread" style="display:block;width:100%;height:auto">
<main><h2>Our bread</h2>${paragraphs(4)}</main>`;

/**
 * 12 blocked scripts (inline, src, async src, module) and 2 blocked iframes, written in each
 * banner's own markup (`data-consent` for Akkoord, `data-category` for the peer).
 */
export const GATED_COUNT = { scripts: 12, iframes: 2 };
function gated(kind) {
  const attr = kind === 'akkoord' ? 'data-consent' : 'data-category';
  const cat = (i) => (i % 2 ? 'marketing' : 'analytics');
  const ran = (name) => `(window.__ran=window.__ran||[]).push('${name}');`;
  const out = [];
  for (let i = 0; i < 4; i++) out.push(`<script type="text/plain" ${attr}="${cat(i)}">${ran(`inline-${i}`)}</script>`);
  for (let i = 0; i < 4; i++) out.push(`<script type="text/plain" ${attr}="${cat(i)}" data-src="/ran/src-${i}.js"></script>`);
  for (let i = 0; i < 2; i++) out.push(`<script type="text/plain" ${attr}="${cat(i)}" data-src="/ran/async-${i}.js" async></script>`);
  for (let i = 0; i < 2; i++)
    out.push(`<script type="text/plain" ${attr}="${cat(i)}" data-type="module" data-src="/ran/module-${i}.mjs"></script>`);
  // The peer gates no iframes itself: its consent callback (peerRun) sets their src.
  for (let i = 0; i < 2; i++)
    out.push(
      `<iframe title="Video ${i}" ${kind === 'akkoord' ? 'data-consent="marketing" ' : ''}data-src="/frame/video-${i}.html" width="320" height="180"></iframe>`,
    );
  return out.join('\n');
}

/**
 * A 1280×480 PNG with photo-like detail (Chromium ignores low-entropy images as LCP candidates,
 * so a flat gradient would not count).
 */
export function heroPng(width = 1280, height = 480) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0x3f;
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const i = row + 1 + x * 3;
      raw[i] = 150 + (x * 90) / width + rand();
      raw[i + 1] = 100 + (y * 80) / height + rand();
      raw[i + 2] = 60 + rand();
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Every bench page, by route:
 * - `/time-{akkoord,peer}.html`: a loaded page; `__start(js, css)` runs a banner from its text;
 * - `/src-{akkoord,akkoord-inline,peer}.html`: a loaded page; `__startSrc()` adds a banner's tags
 *   (`akkoord-inline`: akkoord.js alone, its config in the page);
 * - `/load-{none,tiny,akkoord,peer}.html`: hero image and text with the banner's tags in `<head>`
 *   (LCP, CLS, long tasks; `tiny`: the control, a script that only fetches a config);
 * - `/inp-{akkoord,peer}.html`: the same plus 12 blocked scripts and 2 blocked iframes (INP of
 *   "accept all").
 */
export function pages() {
  const routes = {
    '/bench-consent.json': { body: JSON.stringify(akkoordConfig), type: 'application/json' },
    '/peer-run.js': { body: peerRun, type: 'text/javascript' },
    '/hero.png': { body: heroPng(), type: 'image/png' },
    '/tiny.js': {
      body: 'fetch(document.currentScript.dataset.config).then(function(r){return r.json()}).then(function(c){window.__config=c;window.__cookie=document.cookie})',
      type: 'text/javascript',
    },
  };
  for (const kind of ['akkoord', 'peer']) {
    // Akkoord's config sits in the page (its inline-config form), the peer's in the script text.
    const config =
      kind === 'akkoord' ? `<script type="application/json" data-akkoord-config>${JSON.stringify(akkoordConfig)}</script>` : '';
    routes[`/time-${kind}.html`] = {
      body: `${head}</head><body><h1>Bench</h1>${content}${config}<script>${inlineStarter(kind)}</script></body></html>`,
    };
    routes[`/src-${kind}.html`] = {
      body: `${head}</head><body><h1>Bench</h1>${content}<script>${srcStarter(kind)}</script></body></html>`,
    };
    // akkoord.js by `<script src>` with its config in the page (one request instead of two in a row).
    if (kind === 'akkoord')
      routes['/src-akkoord-inline.html'] = {
        body: `${head}</head><body><h1>Bench</h1>${content}${config}<script>${srcStarter('akkoord-inline')}</script></body></html>`,
      };
    routes[`/inp-${kind}.html`] = { body: `${head}${loadProbe}${TAGS[kind]}</head><body>${hero}\n${gated(kind)}</body></html>` };
  }
  for (const kind of ['none', 'tiny', 'akkoord', 'peer'])
    routes[`/load-${kind}.html`] = { body: `${head}${loadProbe}${TAGS[kind]}</head><body>${hero}</body></html>` };
  return routes;
}
