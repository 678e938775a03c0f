// What the bench's DevTools connection costs a banner (docs/banner-speed.md, E): the time of
// akkoord.js's `document.cookie` read, and of the same read in a 100-byte script, in pages
// opened by `chromium --headless --dump-dom` (no DevTools session, as a visitor's browser) and
// through Playwright (DevTools attached, as every probe of the bench), with Chromium's default
// lazy source positions and with the bench's flag (EAGER_POSITIONS_ARGS in banner-speed.mjs).
//
//   node scripts/bench/banner-devtools-cost.mjs [loads, default 12]
//
// The read is timed inside the script with performance.now() and written into the page, so the
// no-DevTools browser only has to print the DOM. Needs packages/banner/dist/akkoord.js.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from '../../test/helpers/launch-browser.mjs';
import { startTestServer } from '../../test/helpers/test-server.mjs';
import { akkoordConfig } from './banner-pages.mjs';
import { EAGER_POSITIONS_ARGS } from './banner-speed.mjs';
import { median } from './stats.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const loads = Number(process.argv[2]) || 12;

// The one place akkoord.js reads the cookie jar (core's document-cookies.ts), timed.
const timer = 'self.__ck=function(d){var a=performance.now(),c=d.cookie;self.__ms=performance.now()-a;return c};';
const bundle = readFileSync(`${root}packages/banner/dist/akkoord.js`, 'utf8');
const read = /(\w+)\.cookie\.split\("; "\)/;
if (!read.test(bundle))
  throw Error('banner-devtools-cost: the cookie read ("….cookie.split("; ")") is no longer in akkoord.js; update the pattern');
const scripts = {
  'akkoord.js': timer + bundle.replace(read, 'self.__ck($1).split("; ")'),
  '100-byte script': timer + '(function(){"use strict";self.__ck(document)})()',
};
const config = `<script type="application/json" data-akkoord-config>${JSON.stringify(akkoordConfig)}</script>`;
// Parser-inserted, so the read is done when the last script prints it.
const page = (js) =>
  `<!doctype html><p>Bench</p>${config}<script>${js.replace(/<\/script/g, '<\\/script')}</script><div id=out></div>` +
  `<script>document.getElementById('out').textContent='READ '+self.__ms</script>`;
const routes = Object.fromEntries(Object.values(scripts).map((js, i) => [`/${i}`, { body: page(js), type: 'text/html' }]));
const server = await startTestServer(routes);
const ms = (html) => Number(/READ ([\d.]+)/.exec(html)?.[1] ?? NaN);

const results = {};
const add = (mode, name, v) => ((results[mode] ||= {})[name] ||= []).push(v);
try {
  const browsers = {
    'Playwright (DevTools)': await launchBrowser(),
    'Playwright, bench flag': await launchBrowser({ args: EAGER_POSITIONS_ARGS }),
  };
  for (let i = 0; i < loads; i++)
    for (const [n, name] of Object.keys(scripts).entries()) {
      const { stdout } = await run(CHROMIUM_PATH, ['--headless', ...CHROMIUM_ARGS, '--dump-dom', server.url(`/${n}`)], { timeout: 30_000 });
      add('no DevTools (--dump-dom)', name, ms(stdout));
      for (const [mode, browser] of Object.entries(browsers)) {
        const context = await browser.newContext();
        const p = await context.newPage();
        await p.goto(server.url(`/${n}`));
        add(mode, name, ms(await p.content()));
        await context.close();
      }
    }
  for (const b of Object.values(browsers)) await b.close();
} finally {
  await server.close();
}
console.log(`\nfirst document.cookie read, unthrottled, median of ${loads} loads (ms)\n`);
console.log(
  `| browser | ${Object.keys(scripts).join(' | ')} |\n|---|${Object.keys(scripts)
    .map(() => '---|')
    .join('')}`,
);
for (const [mode, by] of Object.entries(results))
  console.log(
    `| ${mode} | ${Object.keys(scripts)
      .map((s) => median(by[s]).toFixed(1))
      .join(' | ')} |`,
  );
