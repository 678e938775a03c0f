// Banner measurements for `npm run bench`: bytes of the script-tag bundle beside
// vanilla-cookieconsent 3.1 (the peer), and in Chromium with 4x CPU throttling, side by side with
// the peer in the same run (alternating, medians), the goals of issue 13: script start →
// interactive first layer (script text inline, and tags loading the files as sites do), LCP of a
// page with a hero image with and without a banner and which element it is, INP of "accept all"
// on a page with 12 blocked scripts and 2 blocked iframes and the banner's longest task then, the
// total blocking time a banner adds while loading, and CLS. Exports `bench()` (the row interface
// scripts/bench.mjs prints) and `sizes()` (shared with scripts/size-check.mjs, which must not
// launch a browser). `node scripts/bench/banner.mjs` prints the banner rows alone
// (BANNER_RUNS=<n> for fewer runs while working; the goals need at least 15).
// The pages are in banner-pages.mjs, the probes in banner-speed.mjs, and banner-trace.mjs shows
// where the milliseconds go (docs/banner-speed.md).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CPU_THROTTLE, VIEWPORTS, alternate, median, startSpeedBench } from './banner-speed.mjs';
import { formatInterval, ratioInterval } from './stats.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The byte budget of everything a site loads for the banner (JS, CSS, nl + en, renderer), brotli. */
export const BROTLI_BUDGET = 9500;
/** Akkoord may weigh at most this share of the peer's JS + CSS (brotli). */
export const PEER_RATIO_BUDGET = 0.7;
/** The consent-log client's own budget (issue 5); akkoord-with-log.js may weigh the banner's budget plus this. */
export const LOG_CLIENT_BUDGET = 1200;
/**
 * Growth guard below the budget: the sizes last measured plus about 1 %, capped at the budget
 * (akkoord.js 9 449 B, akkoord-with-log.js 10 409 B). Issue 13 spent: +210 B on speed (compile
 * hint, mount in short tasks, activation after the click's frame, `destroy()`, the fetch error;
 * docs/banner-speed.md has what each bought), +156 B in core for consent that means what the
 * visitor did (an embed's allow grants one service, pending; every change logged with its own
 * action), +~440 B for the dialog the issue asks for (a switch per service with a mixed state,
 * close button, pinned actions, scroll lock, equal buttons, embed placeholder sized like the
 * iframe). Then core's own cookie code instead of js-cookie took 268 B back, which paid for the
 * layout and position options, six more theming variables and the config's link check (+306 B).
 * The consent-log client shrank by 93 B in akkoord-with-log.js (issue 15). Now 9 479 B and
 * 10 476 B (the last +7 B: a fetched config waits for the page's first paint, docs/banner-speed.md
 * F). 21 B are left under the budget: the next feature must pay for itself, e.g. by loading the
 * preferences dialog's code and styles only when it is opened.
 * CI fails above these as well as above the budget, so bytes are spent on purpose: a change
 * that needs more raises them in the same commit and says why; one that saves lowers them.
 */
export const CI_CEILING = { akkoord: 9_500, withLog: 10_510 };
/** Runs per banner for every timing, alternating with the peer; the median is reported. */
export const RUNS = Number(process.env.BANNER_RUNS) || 15;
/** Goals of issue 13, as ratios to the peer (or to the page without a banner) measured in the same run. */
export const GOALS = {
  /** Script start → interactive first layer, inline and loaded by `<script src>`: ≤ this × the peer. */
  interactive: 0.5,
  /** LCP of the hero page with Akkoord: ≤ this × the same page without a banner. */
  lcp: 1.05,
  /** INP of "accept all" on the page with blocked content: ≤ this × the peer's. */
  inp: 0.7,
  /** Total blocking time the banner adds while loading: ≤ this × what the peer adds. */
  tbt: 0.5,
  /** No task of the banner's own longer than this after the click (ms; a long task is 50 ms). */
  task: 50,
};
/** CPU slow-down factor of every timing (roughly a mid-range phone); re-exported for the bench's callers. */
export { CPU_THROTTLE };

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

  const { browserAvailable } = await import('../../test/helpers/launch-browser.mjs');
  if (!browserAvailable())
    return [...rows, { name: 'banner timing', value: 'no Chromium', unit: '', goal: 'apt-get install -y chromium', ok: false }];
  const b = await startSpeedBench({ bundle: BUNDLE });
  try {
    rows.push(...(await speedRows(b, RUNS)));
  } catch (err) {
    rows.push({
      name: 'banner timing',
      value: 'failed',
      unit: '',
      goal: String(err instanceof Error ? err.message.split('\n')[0] : err),
      ok: false,
    });
  } finally {
    await b.close();
  }
  return rows;
}

const peer = (value) => ({ name: 'vanilla-cookieconsent 3.1', value: fmt(value) });
/**
 * A goal as a ratio of medians of alternating runs, with its 95 % interval and what the runs can
 * tell (`met`, `missed`, `undecided`: stats.mjs). `ok` stays the median's, as the goals are
 * stated; the interval says how far to trust it (docs/banner-speed.md: same build, 0.2–0.3× apart
 * between runs of 11).
 */
const goalText = (r, goal, of = '') => `≤ ${goal}×${of} (now ${formatInterval(r)}: ${r.verdict(goal)})`;
const ratioRow = (name, ours, theirs, goal) => {
  const r = ratioInterval(ours, theirs);
  return { name, value: fmt(median(ours)), unit: 'ms', peer: peer(median(theirs)), goal: goalText(r, goal), ok: r.ratio <= goal };
};
/** The most frequent value of a list. */
const mode = (xs) => [...xs].sort((a, b) => xs.filter((x) => x === b).length - xs.filter((x) => x === a).length)[0];

/** The timing rows: every probe `runs` times, Akkoord and the peer (and no banner) alternating. */
export async function speedRows(b, runs) {
  const at = `median of ${runs}, CPU ${CPU_THROTTLE}×`;
  const inline = await alternate(runs, ['akkoord', 'peer'], b.timeInline);
  const src = await alternate(runs, ['akkoord', 'akkoord-inline', 'peer'], b.timeSrc);
  const desk = await alternate(runs, ['none', 'tiny', 'akkoord', 'peer'], (k) => b.load(k, VIEWPORTS.desktop));
  const phone = await alternate(runs, ['none', 'tiny', 'akkoord', 'peer'], (k) => b.load(k, VIEWPORTS.phone));
  const click = await alternate(runs, ['akkoord', 'peer'], b.clickAccept);
  const paint = await alternate(runs, ['none', 'akkoord', 'peer'], (k) => b.beforePaint(k));
  const med = (list, f) => median(list.map(f));
  const rows = [
    ratioRow(`script start → interactive first layer, script text inline (${at})`, inline.akkoord, inline.peer, GOALS.interactive),
    ratioRow(`script start → interactive first layer, <script src> from the server (${at})`, src.akkoord, src.peer, GOALS.interactive),
    // The same with Akkoord's config in the page (docs/configuration.md: inline config): one
    // request, as the peer's script tags are, instead of akkoord.js and then consent.json.
    ratioRow(
      `script start → interactive first layer, <script src> with the config in the page (${at})`,
      src['akkoord-inline'],
      src.peer,
      GOALS.interactive,
    ),
  ];
  for (const [label, r] of [
    ['1280×800', desk],
    ['390×844', phone],
  ]) {
    const l = Object.fromEntries(Object.entries(r).map(([k, loads]) => [k, loads.map((x) => x.lcp)]));
    const ri = ratioInterval(l.akkoord, l.none);
    rows.push({
      name: `LCP of the hero page ${label}, with the banner vs without (${at}; without: ${fmt(median(l.none))} ms)`,
      value: fmt(median(l.akkoord)),
      unit: 'ms',
      peer: peer(median(l.peer)),
      goal: goalText(ri, GOALS.lcp, ' without'),
      ok: ri.ratio <= GOALS.lcp,
    });
    // The control: a 150-byte deferred script that fetches a config and reads the cookie, the
    // least any banner does. On these machines it has read 1.04–1.20× the page without it (a
    // 30-byte script doing nothing 1.01–1.15×), so the banner's row is read against this one too.
    rows.push({
      name: `LCP of the hero page ${label}, with a script that only fetches a config (the control) vs without (${at})`,
      value: fmt(median(l.tiny)),
      unit: 'ms',
      goal: `reading aid: ${formatInterval(ratioInterval(l.tiny, l.none))} without; the banner ${formatInterval(ratioInterval(l.akkoord, l.tiny))} of it`,
    });
    if (r === desk) {
      // The steady part of goal 2: what the banner runs on the main thread before the page's first
      // painted frame, against the LCP without a banner. Means, not medians: in some loads the
      // script lands before that frame and in others after it, and the mean is what it costs.
      const mean = (k) => paint[k].reduce((n, x) => n + x.script, 0) / runs;
      const [ours, theirs] = [mean('akkoord') - mean('none'), mean('peer') - mean('none')];
      const share = ours / median(l.none);
      rows.push({
        name: `banner's script on the main thread before the hero page's first painted frame, ${label} (mean of ${runs} traced loads, CPU ${CPU_THROTTLE}×; the page's own taken off)`,
        value: fmt(ours),
        unit: 'ms',
        peer: peer(theirs),
        goal: `≤ ${Math.round((GOALS.lcp - 1) * 100)} % of LCP without (now ${fmt(share * 100)} %)`,
        ok: share <= GOALS.lcp - 1,
      });
    }
    const bannerLcp = r.akkoord.filter((x) => x.element.includes('(banner)')).length;
    rows.push({
      name: `LCP element ${label} with the banner (${runs} loads; peer: ${mode(r.peer.map((x) => x.element))})`,
      value: mode(r.akkoord.map((x) => x.element)),
      unit: '',
      goal: 'never banner text',
      ok: bannerLcp === 0,
    });
  }
  rows.push(
    ratioRow(
      `INP of "accept all", 12 blocked scripts + 2 iframes (${at})`,
      click.akkoord.map((x) => x.inp),
      click.peer.map((x) => x.inp),
      GOALS.inp,
    ),
  );
  const longest = Math.max(...click.akkoord.map((x) => x.longestBanner));
  rows.push({
    name: `longest task of the banner's own after the click (worst of ${runs}; 0: none in a frame over 50 ms)`,
    value: fmt(longest),
    unit: 'ms',
    peer: peer(Math.max(...click.peer.map((x) => x.longestBanner))),
    goal: `< ${GOALS.task} ms`,
    ok: longest < GOALS.task,
  });
  const firstFrame = click.akkoord.filter((x) => x.shownInFirstFrame || x.ranBeforeFrame > 0).length;
  rows.push({
    name: `clicks where the banner was still shown, or a blocked script ran, before the first frame (of ${runs})`,
    value: firstFrame,
    unit: '',
    goal: '= 0',
    ok: firstFrame === 0,
  });
  // Blocking time the banner adds: the page's own (without a banner) taken off.
  const tbt = (k) => med(desk[k], (x) => x.tbt);
  const [ours, theirs] = [tbt('akkoord') - tbt('none'), tbt('peer') - tbt('none')];
  rows.push({
    name: `total blocking time the banner adds while loading, 1280×800 (${at}; page alone ${fmt(tbt('none'))} ms)`,
    value: fmt(ours),
    unit: 'ms',
    peer: peer(theirs),
    goal: `≤ ${GOALS.tbt}× the peer (now ${theirs > 0 ? (ours / theirs).toFixed(2) : '—'}×)`,
    ok: ours <= GOALS.tbt * theirs,
  });
  const cls = Math.max(...[...desk.akkoord, ...phone.akkoord].map((x) => x.cls));
  rows.push({
    name: `CLS of the hero page with the banner (worst of ${2 * runs} loads)`,
    value: fmt(cls * 1000) / 1000,
    unit: '',
    peer: peer((Math.max(...[...desk.peer, ...phone.peer].map((x) => x.cls)) * 1000) / 1000),
    goal: '= 0',
    ok: cls === 0,
  });
  return rows;
}

// `node scripts/bench/banner.mjs`: the banner rows alone, as a plain table.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await bench();
  for (const r of rows)
    console.log(
      [
        r.name,
        `${r.value}${r.unit ? ` ${r.unit}` : ''}`,
        r.peer ? `peer ${r.peer.value}${r.unit ? ` ${r.unit}` : ''}` : '',
        r.goal ?? '',
        r.ok === undefined ? '' : r.ok ? 'ok' : 'NO',
      ].join(' | '),
    );
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
}
