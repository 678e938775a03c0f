// A quick, alternating look at time to an interactive first layer, script text run inline in a
// loaded page at 4× CPU (the bench's "inline" row, without its other rows), for any number of
// bundles beside the peer. What docs/banner-speed.md's phase tables were measured with:
//
//   node scripts/bench/banner-phases.mjs [runs] [kind…]
//
// A kind is `peer` (vanilla-cookieconsent 3.1 with its CSS), `akkoord` (packages/banner/dist/
// akkoord.js), `floor` (.tmp/banner-floor.js, see banner-floor.mjs) or a path to a bundle, e.g. a
// one-off build of akkoord.js with `performance.mark('ak:<phase>')` calls between the steps of
// boot.ts: the medians of every `ak:` mark are printed as phases (ms since the script was added).
// Default: 11 runs of peer, akkoord and floor. The figures are wall time with the same probe as
// the bench (the accept button has a layout box); only ratios from one run mean something.
// BENCH_CPU=1 runs unthrottled: Chromium's throttle pauses the main thread in slices, and a pause
// is counted in whichever step it lands, so single steps are read best without it.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { akkoordConfig, peerRun } from './banner-pages.mjs';

const root = new URL('../../', import.meta.url).pathname;
const [runsArg, ...rest] = process.argv.slice(2);
const runs = Number(runsArg) || 11;
const rate = Number(process.env.BENCH_CPU) || 4;
const kinds = rest.length ? rest : ['peer', 'akkoord', 'floor'];
const AKKOORD_BUTTON = `document.getElementById('akkoord-root')?.shadowRoot?.querySelector('[data-action="accept-all"]')`;

/** Script text, CSS and the accept button's lookup of one kind. */
function load(kind) {
  if (kind == 'peer') {
    const dir = `${root}node_modules/vanilla-cookieconsent/dist/`;
    return {
      js: `${readFileSync(`${dir}cookieconsent.umd.js`, 'utf8')}\n${peerRun}`,
      css: readFileSync(`${dir}cookieconsent.css`, 'utf8'),
      find: `document.querySelector('#cc-main [data-role="all"]')`,
    };
  }
  const file = { akkoord: `${root}packages/banner/dist/akkoord.js`, floor: `${root}.tmp/banner-floor.js` }[kind] || kind;
  if (!existsSync(file)) throw Error(`${kind}: no ${file} (npm run build; for floor, node scripts/bench/banner-floor.mjs)`);
  return { js: readFileSync(file, 'utf8'), css: '', find: AKKOORD_BUTTON };
}

const scripts = kinds.map(load);
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><h1>Bench Bakery</h1>
<p>Some text of the page.</p><script type="application/json" data-akkoord-config>${JSON.stringify(akkoordConfig)}</script></body></html>`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
/** Per kind: mark name → times (ms since the script was added). */
const marks = kinds.map(() => ({}));
try {
  for (let i = 0; i < runs; i++)
    for (const [k, s] of scripts.entries()) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.route('http://bench.test/', (r) => r.fulfill({ contentType: 'text/html', body: page }));
      await tab.goto('http://bench.test/');
      await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate });
      await tab.waitForTimeout(200);
      const got = await tab.evaluate(
        ([js, css, find]) =>
          new Promise((done) => {
            performance.mark('ak:t0');
            if (css) document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
            document.body.append(Object.assign(document.createElement('script'), { textContent: js }));
            const button = Function(`return ${find}`);
            const check = () => {
              const b = button();
              if (b && b.getBoundingClientRect().width > 0) {
                performance.mark('ak:interactive');
                const t0 = performance.getEntriesByName('ak:t0')[0].startTime;
                done(
                  performance
                    .getEntriesByType('mark')
                    .flatMap((m) => (m.name.startsWith('ak:') ? [[m.name.slice(3), m.startTime - t0]] : [])),
                );
              } else setTimeout(check, 0);
            };
            check();
          }),
        [s.js, s.css, s.find],
      );
      for (const [name, t] of got) (marks[k][name] ||= []).push(t);
      await context.close();
    }
} finally {
  await browser.close();
}

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const peer = kinds.includes('peer') ? median(marks[kinds.indexOf('peer')].interactive) : NaN;
console.log(`\nscript text inline → interactive first layer, CPU ${rate}×, medians of ${runs} alternating runs\n`);
console.log('| kind | interactive | × peer | runs (ms) |\n|---|---|---|---|');
for (const [k, kind] of kinds.entries()) {
  const all = marks[k].interactive;
  console.log(
    `| ${kind} | ${median(all).toFixed(1)} ms | ${peer ? (median(all) / peer).toFixed(2) : '—'} | ${all.map((x) => x.toFixed(0)).join(' ')} |`,
  );
}
for (const [k, kind] of kinds.entries()) {
  const phases = Object.entries(marks[k])
    .filter(([n]) => n != 't0' && n != 'interactive')
    .map(([n, a]) => [n, median(a)])
    .sort((a, b) => a[1] - b[1]);
  if (!phases.length) continue;
  console.log(`\n${kind}: phases (median ms since start, and since the phase before)`);
  let before = 0;
  for (const [n, t] of [...phases, ['interactive', median(marks[k].interactive)]]) {
    console.log(`  ${n.padEnd(14)} ${t.toFixed(1).padStart(7)} ${('+' + (t - before).toFixed(1)).padStart(8)}`);
    before = t;
  }
}
