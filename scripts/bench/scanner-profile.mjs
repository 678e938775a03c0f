// Where a scan's time goes (issue 10): visits fixture pages one at a time in each mode and prints
// the median wall time of each phase of packages/scanner/src/visit-page.ts (open context, load,
// quiet, choice, read, close) beside a plain visit's. Run after a build:
//   node scripts/bench/scanner-profile.mjs [visits per mode, default 8]
import { chromium } from 'playwright-core';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HOST_RULES, startScanFixture } from '../../test/helpers/scan-fixture-site.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { visitPage } = await import(pathToFileURL(`${root}packages/scanner/dist/visit-page.js`).href);
const { CHROMIUM_FLAGS, findChromium } = await import(pathToFileURL(`${root}packages/scanner/dist/index.js`).href);
const n = Number(process.argv[2] ?? 8);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

const fx = await startScanFixture();
// Extra Chromium flags to try (e.g. PROFILE_ARGS="--renderer-process-limit=2").
const extra = (process.env.PROFILE_ARGS ?? '').split(/\s+(?=--)/).filter(Boolean);
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  ignoreDefaultArgs: ['--enable-automation'],
  args: [...CHROMIUM_FLAGS, HOST_RULES, ...extra],
});
const rows = {};
const add = (mode, phase, ms) => ((rows[mode] ??= {})[phase] ??= []).push(ms);
for (let i = 0; i < n; i++) {
  const url = fx.url(`/p/${i + 1}`);
  // Plain: a fresh context, goto until load, close.
  const start = performance.now();
  let t = start;
  const context = await browser.newContext();
  add('plain', 'new context', performance.now() - t);
  t = performance.now();
  const page = await context.newPage();
  add('plain', 'new page', performance.now() - t);
  t = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  add('plain', 'load', performance.now() - t);
  t = performance.now();
  await context.close();
  add('plain', 'close', performance.now() - t);
  add('plain', 'total', performance.now() - start);
  for (const mode of ['before', 'accept', 'reject']) {
    const t0 = performance.now();
    await visitPage(browser, url, mode, { site: 'bakkerij.test', onPhase: (phase, ms) => add(mode, phase, ms) });
    add(mode, 'total', performance.now() - t0);
  }
}
await browser.close();
await fx.close();
const phases = ['new context', 'new page', 'open context', 'load', 'choice', 'quiet', 'read', 'close', 'total'];
console.log(`median ms per phase over ${n} visits (one at a time, page /p/N of the fixture)`);
console.log(['mode', ...phases].map((h) => h.padStart(13)).join(''));
for (const [mode, r] of Object.entries(rows))
  console.log([mode, ...phases.map((p) => (r[p] ? median(r[p]).toFixed(0) : '—'))].map((c) => String(c).padStart(13)).join(''));
