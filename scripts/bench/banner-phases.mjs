// A quick, alternating look at time to an interactive first layer, script text run inline in a
// loaded page (the bench's "inline" row and its page and probe, without the other rows), for any
// number of bundles beside the peer. What docs/banner-speed.md's phase tables were measured with:
//
//   node scripts/bench/banner-phases.mjs [runs] [kind…]
//
// A kind is `peer` (vanilla-cookieconsent 3.1 with its CSS), `akkoord` (packages/banner/dist/
// akkoord.js), `floor` (.tmp/banner-floor.js, see banner-floor.mjs) or a path to a bundle, e.g. a
// build of banner-instrument.mjs with `performance.mark('ak:<step>')` calls between the steps of
// boot.ts: the medians of every `ak:` mark are printed as phases (ms since the script was added).
// Default: 11 runs of peer, akkoord and floor. Only ratios from one run mean something, and only
// where their 95 % interval leaves the goal (or 1.00) behind; 41 runs resolve about 10 %.
// BENCH_CPU=1 runs unthrottled: Chromium's throttle pauses the main thread in slices, and a pause
// is counted in whichever step it lands, so single steps are read best without it.
import { existsSync } from 'node:fs';
import { CPU_THROTTLE, median, startSpeedBench } from './banner-speed.mjs';
import { formatInterval, ratioInterval } from './stats.mjs';

const root = new URL('../../', import.meta.url).pathname;
const [runsArg, ...rest] = process.argv.slice(2);
const runs = Number(runsArg) || 11;
const cpu = Number(process.env.BENCH_CPU) || CPU_THROTTLE;
const kinds = rest.length ? rest : ['peer', 'akkoord', 'floor'];

/** One bench (server and browser) per bundle; the peer runs in the first one. */
const benches = [];
for (const kind of kinds) {
  if (kind == 'peer') continue;
  const bundle = { akkoord: `${root}packages/banner/dist/akkoord.js`, floor: `${root}.tmp/banner-floor.js` }[kind] || kind;
  if (!existsSync(bundle)) throw Error(`${kind}: no ${bundle} (npm run build; for floor, node scripts/bench/banner-floor.mjs)`);
  benches.push([kind, await startSpeedBench({ bundle, cpu })]);
}
if (!benches.length) benches.push(['akkoord', await startSpeedBench({ cpu })]);
const probe = (kind) => (kind == 'peer' ? benches[0][1].phasesInline('peer') : new Map(benches).get(kind).phasesInline('akkoord'));

/** Per kind: step name → times (ms since the script was added). */
const marks = Object.fromEntries(kinds.map((k) => [k, {}]));
try {
  for (let i = 0; i < runs; i++)
    for (const kind of kinds) {
      const { interactive, marks: got } = await probe(kind);
      for (const [name, t] of Object.entries({ ...got, interactive })) (marks[kind][name] ||= []).push(t);
    }
} finally {
  for (const [, b] of benches) await b.close();
}

// Each kind beside the peer and beside the first kind that is not the peer (the build to beat),
// as ratios of medians with their paired 95 % intervals (stats.mjs): a change is real only when
// its interval leaves 1.00 behind.
const versus = (kind, other) =>
  kind != other && kinds.includes(other) ? formatInterval(ratioInterval(marks[kind].interactive, marks[other].interactive)) : '—';
const base = kinds.find((k) => k != 'peer');
console.log(`\nscript text inline → interactive first layer, CPU ${cpu}×, medians of ${runs} alternating runs\n`);
console.log(`| kind | interactive | × peer | × ${base} | runs (ms) |\n|---|---|---|---|---|`);
for (const kind of kinds) {
  const all = marks[kind].interactive;
  console.log(
    `| ${kind} | ${median(all).toFixed(1)} ms | ${versus(kind, 'peer')} | ${versus(kind, base)} | ${all.map((x) => x.toFixed(0)).join(' ')} |`,
  );
}
for (const kind of kinds) {
  const phases = Object.entries(marks[kind])
    .map(([n, a]) => [n, median(a)])
    .sort((a, b) => a[1] - b[1]);
  if (phases.length < 2) continue;
  console.log(`\n${kind}: phases (median ms since start, and since the phase before)`);
  let before = 0;
  for (const [n, t] of phases) {
    console.log(`  ${n.padEnd(14)} ${t.toFixed(1).padStart(7)} ${('+' + (t - before).toFixed(1)).padStart(8)}`);
    before = t;
  }
}
