// The floor of goal 1 (docs/banner-speed.md): what showing Akkoord's first layer costs with no
// code of Akkoord's at all. It renders the current akkoord.js once in Chromium, takes the first
// layer's markup and stylesheet as they are on screen, and writes a script that does only what
// every banner must: read the cookie, make the shadow host, adopt the stylesheet, set the markup
// (with two marks that banner-phases.mjs prints: its start and the cookie read done).
// No config check, no consent manager, no texts, no gate, no listeners. Trace it beside the peer:
//
//   node scripts/bench/banner-floor.mjs            # writes .tmp/banner-floor.js
//   AKKOORD_BUNDLE=.tmp/banner-floor.js node scripts/bench/banner-trace.mjs 9 inline
//
// If the floor is not at most half the peer's time, no change to Akkoord's code can meet the goal
// with this look: what is left is the browser's own work for this markup and these styles.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../../test/helpers/launch-browser.mjs';
import { akkoordConfig } from './banner-pages.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = process.argv[2] || `${root}.tmp/banner-floor.js`;
const js = readFileSync(`${root}packages/banner/dist/akkoord.js`, 'utf8');
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.error('page:', m.text()));
  await page.route('http://floor.test/', (r) =>
    r.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><body><p>x</p></body></html>' }),
  );
  await page.goto('http://floor.test/');
  await page.setContent(
    `<!doctype html><html lang="en"><body><p>x</p><script type="application/json" data-akkoord-config>${JSON.stringify(akkoordConfig)}</script><script>${js}</script></body></html>`,
  );
  await page.waitForFunction(() => document.getElementById('akkoord-root')?.shadowRoot?.querySelector('[data-action="accept-all"]'));
  const html = await page.evaluate(() => document.getElementById('akkoord-root').shadowRoot.innerHTML);
  // The stylesheet as the bundle carries it (the adopted sheet's rules would come back expanded).
  const at = js.indexOf(':host{all:initial');
  const quote = js[at - 1];
  const css = Function(`return ${js.slice(at - 1, js.indexOf(quote, at) + 1)}`)();
  const floor = `(function(){performance.mark('ak:1-boot');document.cookie.indexOf('akkoord=');performance.mark('ak:4-cookie-read');var h=document.createElement('div');h.id='akkoord-root';h.lang='en';
var r=h.attachShadow({mode:'open'}),s=new CSSStyleSheet();s.replaceSync(${JSON.stringify(css)});r.adoptedStyleSheets=[s];
r.innerHTML=${JSON.stringify(html)};document.body.prepend(h)})()`;
  mkdirSync(new URL('.', `file://${out}`).pathname, { recursive: true });
  writeFileSync(out, floor);
  console.log(`${out}: ${floor.length} B (first layer ${html.length} B of markup, ${css.length} B of CSS)`);
} finally {
  await browser.close();
}
