// Where a banner's milliseconds go (issue 13): records Chromium performance traces (CDP Tracing
// through playwright-core, CPU throttled 4× like the bench) of the bench pages for Akkoord and
// for vanilla-cookieconsent 3.1, and prints for a window of each trace the main thread's time by
// kind of work (parse/compile, script, style, layout, paint, GC, other) in wall time and in the
// thread's own CPU time (which a busy machine inflates far less), the style and layout passes
// forced by script with the code that forced them, and self time by function from V8's samples
// (taken in separate runs, as the sampler slows a throttled page; minified functions are shown
// with the code at their offset).
//
//   node scripts/bench/banner-trace.mjs [runs per banner, default 5] [inline|src|click|load|paint ...]
//
// `inline` (default, with `src`): from running each banner's script text in a loaded page to
// its interactive first layer (marks `bench:start` → `bench:interactive`, the bench's first
// row); `src`: the same with its tags added as a site does (the files from the local server);
// `click`: the "accept all" click on the page with 12 blocked scripts and 2 blocked iframes, to
// 1 s later (the INP row); `load`: the navigation to the hero page with the banner's tags, 2 s
// from navigation start (the LCP and blocking-time rows; Playwright's own waiting shows up in
// this one); `paint`: the same navigation up to the main thread's paint of the page's first
// painted frame (what a banner does before the page's content can show, the part of LCP it can
// cost). Tables are medians; runs alternate between the banners. Needs a build of
// packages/banner (akkoord.js; AKKOORD_BUNDLE=<file> for another). TRACE_OUT=<dir> also writes
// each raw trace, to open in DevTools' Performance panel.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUTTONS, pages, peerRun } from './banner-pages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = process.env.AKKOORD_BUNDLE || `${root}packages/banner/dist/akkoord.js`;
const PEER_JS = `${root}node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js`;
const PEER_CSS = `${root}node_modules/vanilla-cookieconsent/dist/cookieconsent.css`;
const CPU_THROTTLE = 4;

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink.user_timing',
  'loading',
];
/** V8's sampling profiler inside the trace: slows a throttled page by 1.5–3×, so it runs in separate passes. */
const SAMPLER = 'disabled-by-default-v8.cpu_profiler';

/** Kinds of main-thread work, by trace event name (first match wins). */
const KINDS = [
  [
    'parse/compile',
    /^(v8\.(compile|parseOnBackground|compileModule|produceCache|deserializeOnBackground)|V8\.(Compile|Parse|ScriptCompiler|LazyCompile|ConsumeCodeCache|FinalizeScript)|CacheScript)/,
  ],
  [
    'script',
    /^(EvaluateScript|v8\.(run|callFunction|evaluateModule|execute)|V8\.Execute|FunctionCall|TimerFire|EventDispatch|RunMicrotasks|FireAnimationFrame|FireIdleCallback|XHRLoad|XHRReadyStateChange|v8\.newInstance)/,
  ],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalcInvalidationTracking|ScheduleStyleRecalculation)/],
  ['layout', /^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections)$/],
  [
    'paint/composite',
    /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|UpdateLayerTree|CompositeLayers|PaintImage|Decode Image|ImageDecodeTask|Rasterize|Animation)/,
  ],
  ['GC', /(GC|Scavenge|MarkCompact|V8\.GC)/],
  [
    'HTML parse / loading',
    /^(ParseHTML|ResourceSendRequest|ResourceReceiveResponse|ResourceReceivedData|ResourceFinish|ResourceWillSendRequest|ResourceChangePriority)/,
  ],
];
const kindOf = (name) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other (task overhead, untraced)';
const JS_EVENTS =
  /^(EvaluateScript|v8\.(run|callFunction|evaluateModule)|FunctionCall|TimerFire|EventDispatch|RunMicrotasks|FireAnimationFrame)$/;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};
const ms = (us) => Math.round(us / 100) / 10;

/** Records a trace around `run()` on `page` (CDP Tracing, events reported as they come). */
export async function traced(cdp, run, samples) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: samples ? [...CATEGORIES, SAMPLER] : CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The main thread's events as intervals (X, and B/E pairs), with children nested, sorted by start. */
function intervals(events, pid, tid) {
  const out = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    // `tdur` / `tts`: the thread's CPU time, which a busy machine does not inflate as it does wall time.
    if (e.ph === 'X' && e.dur != null) out.push({ name: e.name, start: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? e.dur, args: e.args, e });
    else if (e.ph === 'B') open.push({ name: e.name, start: e.ts, tts: e.tts, args: e.args, e });
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) out.push({ ...b, end: e.ts, cpu: e.tts != null && b.tts != null ? e.tts - b.tts : e.ts - b.start, endArgs: e.args });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const stack = [];
  for (const iv of out) {
    while (stack.length && stack[stack.length - 1].end <= iv.start) stack.pop();
    iv.parent = stack[stack.length - 1] ?? null;
    iv.children = [];
    if (iv.parent) iv.parent.children.push(iv);
    stack.push(iv);
  }
  return out;
}

/** Self time per CPU-profile call frame within [from, to] (µs), from the trace's ProfileChunks. */
function profileSelf(events, pid, tid, from, to) {
  const profiles = new Map();
  for (const e of events) {
    // The samples of the main thread's isolate are reported by V8's profiler thread.
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') profiles.set(e.id, { start: e.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
    if (e.name === 'ProfileChunk') {
      const p = profiles.get(e.id);
      if (!p) continue;
      const d = e.args.data;
      for (const n of d.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
      p.samples.push(...(d.cpuProfile?.samples ?? []));
      p.deltas.push(...(d.timeDeltas ?? []));
    }
  }
  const self = new Map();
  for (const p of profiles.values()) {
    let t = p.start;
    const times = p.deltas.map((dt) => (t += dt));
    for (let i = 0; i < p.samples.length - 1; i++) {
      const a = Math.max(times[i], from);
      const b = Math.min(times[i + 1], to);
      if (b <= a) continue;
      const f = p.nodes.get(p.samples[i])?.callFrame ?? { functionName: '(unknown)' };
      const key = `${f.functionName || '(anonymous)'}|${f.url ?? ''}|${f.lineNumber ?? -1}|${f.columnNumber ?? -1}`;
      self.set(key, (self.get(key) ?? 0) + (b - a));
    }
  }
  return self;
}

/** A readable name for a call frame: the function, its file and the code at its offset. */
function frameLabel(key, sources) {
  const [fn, url, line, col] = key.split('|');
  if (fn.startsWith('(')) return fn;
  const file = url ? url.slice(url.lastIndexOf('/') + 1) || url : '(inline)';
  const text = sources.find(([re]) => re.test(url))?.[1];
  let snippet = '';
  if (text && +line >= 0) {
    const lines = text.split('\n');
    const off = lines.slice(0, +line).reduce((n, l) => n + l.length + 1, 0) + +col;
    snippet = ` @${off} «${text.slice(off, off + 48).replace(/\s+/g, ' ')}»`;
  }
  return `${fn} ${file}:${+line + 1}:${+col + 1}${snippet}`;
}

/**
 * When the main thread finished painting the page's first painted frame (µs): the end of its last
 * `Paint` before the trace's `firstPaint`. That mark is the frame's presentation, which on these
 * machines comes 20–80 ms after the main thread's part; work in between cannot hold the frame up.
 */
export function firstPaintFrame(events) {
  const fp = events.findLast((e) => e.name === 'firstPaint' && /loading/.test(e.cat));
  if (!fp) throw new Error('trace has no firstPaint');
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === fp.pid && e.args.name === 'CrRendererMain');
  const paints = events.filter((e) => e.name === 'Paint' && e.ph === 'X' && e.pid === fp.pid && e.tid === main?.tid && e.ts <= fp.ts);
  return paints.length ? Math.max(...paints.map((p) => p.ts + p.dur)) : fp.ts;
}

/**
 * Analyses one trace between two marks (or from `fromMark` for `spanUs`; `toMark` may also be a
 * trace time in µs): the main thread of the renderer that recorded the marks.
 */
export function analyse(events, fromMark, toMark, spanUs, sources) {
  // The last one, but a navigation also records a `navigationStart` for its initial empty
  // document (no `documentLoaderURL`), before or after the page's own (Chromium 156: after, by
  // 15–20 ms, which shifted the window of `load` and `paint`): that one is not the navigation.
  const mark = (name) =>
    events.findLast((e) => e.name === name && /user_timing/.test(e.cat) && (name !== 'navigationStart' || e.args?.data?.documentLoaderURL));
  const a = mark(fromMark);
  if (!a) throw new Error(`trace has no mark ${fromMark}`);
  const b = typeof toMark === 'number' ? { ts: toMark } : toMark ? mark(toMark) : null;
  if (toMark && !b) throw new Error(`trace has no mark ${toMark}`);
  const { pid, tid } = a;
  // Marks can come from a non-main thread id on some builds: take the renderer's main thread.
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args.name === 'CrRendererMain');
  const mtid = main?.tid ?? tid;
  const from = a.ts;
  const to = b ? b.ts : from + spanUs;
  const all = intervals(events, pid, mtid).filter((iv) => iv.end > from && iv.start < to);
  const clip = (iv) => Math.max(0, Math.min(iv.end, to) - Math.max(iv.start, from));
  // CPU time inside the window: the event's CPU time scaled by the share of it inside.
  const clipCpu = (iv) => (iv.end > iv.start ? (iv.cpu * clip(iv)) / (iv.end - iv.start) : 0);
  const byKind = {};
  const cpuByKind = {};
  const byName = {};
  let busy = 0;
  let cpu = 0;
  for (const iv of all) {
    const self = clip(iv) - iv.children.reduce((n, c) => n + clip(c), 0);
    const selfCpu = Math.max(0, clipCpu(iv) - iv.children.reduce((n, c) => n + clipCpu(c), 0));
    const k = kindOf(iv.name);
    byKind[k] = (byKind[k] ?? 0) + self;
    cpuByKind[k] = (cpuByKind[k] ?? 0) + selfCpu;
    byName[iv.name] = (byName[iv.name] ?? 0) + self;
    if (!iv.parent) {
      busy += clip(iv);
      cpu += clipCpu(iv);
    }
  }
  // Style or layout run while script is on the stack: forced by a geometry read or focus.
  const forced = [];
  for (const iv of all) {
    if (!/^(Layout|UpdateLayoutTree)$/.test(iv.name)) continue;
    let p = iv.parent;
    while (p && !JS_EVENTS.test(p.name)) p = p.parent;
    if (!p) continue;
    const st = iv.args?.beginData?.stackTrace?.[0] ?? iv.args?.data?.stackTrace?.[0];
    const by = st ? frameLabel(`${st.functionName}|${st.url}|${st.lineNumber - 1}|${st.columnNumber - 1}`, sources) : `(in ${p.name})`;
    forced.push({ name: iv.name, us: clip(iv), cpu: clipCpu(iv), by });
  }
  // Top-level tasks: the longest, and the blocking time (each task's time over 50 ms).
  const tasks = all.filter((iv) => !iv.parent).map((iv) => iv.end - iv.start);
  const blocking = tasks.reduce((n, d) => n + Math.max(0, d - 50_000), 0);
  return {
    wall: to - from,
    busy,
    cpu,
    byKind,
    cpuByKind,
    byName,
    forced,
    longest: Math.max(0, ...tasks),
    blocking,
    functions: profileSelf(events, pid, mtid, from, to),
  };
}

/** Sources to show code snippets from, per banner: [url pattern, text]. */
function sourcesOf(ourJs, peerJs) {
  return {
    akkoord: [
      [/akkoord\.js$/, ourJs],
      [/^(|.*\.html)$/, ourJs],
    ],
    peer: [
      [/cookieconsent\.umd\.js$/, peerJs],
      [/^(|.*\.html)$/, `${peerJs}\n${peerRun}`],
    ],
  };
}

async function main() {
  const args = process.argv.slice(2);
  const runs = Number(args.find((x) => /^\d+$/.test(x)) ?? 5);
  const modes = args.filter((x) => /^(inline|src|click|load|paint)$/.test(x));
  if (!modes.length) modes.push('inline', 'src');
  const { launchBrowser } = await import('../../test/helpers/launch-browser.mjs');
  const { startTestServer } = await import('../../test/helpers/test-server.mjs');
  const server = await startTestServer(pages());
  const ourJs = readFileSync(BUNDLE, 'utf8');
  const [peerJs, peerCss] = [PEER_JS, PEER_CSS].map((f) => readFileSync(f, 'utf8'));
  server.route('/akkoord.js', { body: ourJs, type: 'text/javascript; charset=utf-8' });
  const sources = sourcesOf(ourJs, peerJs);
  const scripts = { akkoord: [ourJs, ''], peer: [`${peerJs}\n${peerRun}`, peerCss] };
  // The bench's flags, so the traces show what the bench measures (banner-speed.mjs).
  const { BENCH_BROWSER_ARGS } = await import('./banner-speed.mjs');
  const browser = await launchBrowser({ args: BENCH_BROWSER_ARGS });
  const out = process.env.TRACE_OUT;
  if (out) mkdirSync(out, { recursive: true });

  /** One traced run of `kind` in `mode`, analysed; with `samples` the CPU profiler is on too. */
  async function once(mode, kind, samples, i) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
      let events;
      let result;
      if (mode === 'load' || mode === 'paint') {
        events = await traced(
          cdp,
          async () => {
            await page.goto(server.url(`/load-${kind}.html`), { waitUntil: 'load' });
            await page.locator(BUTTONS[kind]).waitFor({ state: 'visible', timeout: 20_000 });
            await page.waitForTimeout(500);
          },
          samples,
        );
        result =
          mode === 'paint'
            ? analyse(events, 'navigationStart', firstPaintFrame(events), 0, sources[kind])
            : analyse(events, 'navigationStart', null, 2_000_000, sources[kind]);
      } else if (mode === 'click') {
        await page.goto(server.url(`/inp-${kind}.html`), { waitUntil: 'load' });
        await page.locator(BUTTONS[kind]).waitFor({ state: 'visible', timeout: 20_000 });
        await page.waitForTimeout(800); // the peer animates in; both are idle before the click
        // The click by Playwright's mouse at the button's centre: no locator polling in the window.
        const box = await page.locator(BUTTONS[kind]).boundingBox();
        events = await traced(
          cdp,
          async () => {
            await page.evaluate(() => performance.mark('bench:click'));
            await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
            await page.waitForTimeout(1000);
          },
          samples,
        );
        result = analyse(events, 'bench:click', null, 1_000_000, sources[kind]);
      } else {
        await page.goto(server.url(mode === 'inline' ? `/time-${kind}.html` : `/src-${kind}.html`), { waitUntil: 'load' });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));
        events = await traced(
          cdp,
          async () => {
            if (mode === 'inline') await page.evaluate(([j, c]) => window.__start(j, c), scripts[kind]);
            else await page.evaluate(() => window.__startSrc());
            await page.evaluate(() => window.__ready);
          },
          samples,
        );
        result = analyse(events, 'bench:start', 'bench:interactive', 0, sources[kind]);
      }
      if (out) writeFileSync(`${out}/${mode}-${kind}-${samples ? 'samples-' : ''}${i}.json`, JSON.stringify({ traceEvents: events }));
      return result;
    } finally {
      await context.close();
    }
  }

  try {
    for (const mode of modes) {
      const results = { akkoord: [], peer: [] };
      const sampled = { akkoord: [], peer: [] };
      for (let i = 0; i < runs; i++) for (const kind of ['akkoord', 'peer']) results[kind].push(await once(mode, kind, false, i));
      // Fewer sampled runs: they only rank functions, and the sampler distorts the timings.
      for (let i = 0; i < Math.ceil(runs / 2); i++)
        for (const kind of ['akkoord', 'peer']) sampled[kind].push(await once(mode, kind, true, i));
      report(mode, runs, results, sampled, sources);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Prints one mode's tables: medians over the runs, Akkoord beside the peer. */
function report(mode, runs, results, sampled, sources) {
  const title = {
    inline: 'script text run in a loaded page → interactive first layer',
    src: 'tags added to a loaded page (files from the local server) → interactive first layer',
    click: 'click on "accept all" → 1 s later (12 blocked scripts, 2 blocked iframes)',
    load: "navigation to the hero page with the banner's tags → 2 s later",
    paint: "navigation to the hero page with the banner's tags → the main thread's paint of its first painted frame",
  }[mode];
  console.log(`\n## ${mode}: ${title}; CPU ${CPU_THROTTLE}×, medians of ${runs} traced runs (ms)\n`);
  const cell = (v, w = 8) => String(v).padStart(w);
  const row = (label, wall, cpu) => {
    const [a, p] = ['akkoord', 'peer'].map((k) => median(results[k].map(wall)));
    const [ca, cp] = cpu ? ['akkoord', 'peer'].map((k) => median(results[k].map(cpu))) : [NaN, NaN];
    const ratio = (x, y) => (y ? (x / y).toFixed(2) : '—').padStart(5);
    const cpuCells = cpu ? `${cell(ms(ca))} | ${cell(ms(cp))} | ${ratio(ca, cp)}` : `${cell('')} | ${cell('')} | ${''.padStart(5)}`;
    console.log(`| ${label.padEnd(34)} | ${cell(ms(a))} | ${cell(ms(p))} | ${ratio(a, p)} | ${cpuCells} |`);
  };
  // Wall time is what a visitor waits; CPU time (the main thread's own) is what the banner costs,
  // and is far steadier than wall time on a busy machine.
  console.log(`| ${''.padEnd(34)} | ${cell('wall')} |          |       | ${cell('CPU')} |          |       |`);
  console.log(
    `| ${'main thread'.padEnd(34)} | ${cell('akkoord')} | ${cell('peer')} | ratio | ${cell('akkoord')} | ${cell('peer')} | ratio |`,
  );
  console.log(`|${'-'.repeat(36)}|${'-'.repeat(10)}|${'-'.repeat(10)}|-------|${'-'.repeat(10)}|${'-'.repeat(10)}|-------|`);
  row(
    { click: 'window (click + 1 s)', load: 'window (navigation + 2 s)', paint: 'navigation → first painted frame' }[mode] ??
      'start → interactive',
    (r) => r.wall,
  );
  row(
    'busy (top-level tasks)',
    (r) => r.busy,
    (r) => r.cpu,
  );
  for (const [k] of [...KINDS, ['other (task overhead, untraced)']])
    row(
      `  ${k}`,
      (r) => r.byKind[k] ?? 0,
      (r) => r.cpuByKind[k] ?? 0,
    );
  row(
    'forced style/layout (in script)',
    (r) => r.forced.reduce((n, f) => n + f.us, 0),
    (r) => r.forced.reduce((n, f) => n + f.cpu, 0),
  );
  row('longest task', (r) => r.longest);
  row('blocking time (tasks over 50 ms)', (r) => r.blocking);
  for (const kind of ['akkoord', 'peer']) {
    // The run whose wall time is the median stands for the banner in the detail lists.
    const sorted = [...results[kind]].sort((a, b) => a.wall - b.wall);
    const r = sorted[Math.floor((sorted.length - 1) / 2)];
    console.log(`\n${kind}, median run (${ms(r.wall)} ms): top trace events by self time`);
    for (const [name, us] of Object.entries(r.byName)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12))
      console.log(`  ${String(ms(us)).padStart(7)} ms  ${name}`);
    console.log(`${kind}: forced style/layout passes (${r.forced.length})`);
    for (const f of r.forced.sort((a, b) => b.us - a.us).slice(0, 8))
      console.log(`  ${String(ms(f.us)).padStart(7)} ms  ${f.name} ← ${f.by}`);
    // Self time per function summed over the sampled runs, shown per run.
    const total = new Map();
    for (const s of sampled[kind]) for (const [key, us] of s.functions) total.set(key, (total.get(key) ?? 0) + us / sampled[kind].length);
    console.log(`${kind}: CPU samples (${sampled[kind].length} runs with the sampler on, which slows them), mean self time by function`);
    for (const [key, us] of [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14))
      console.log(`  ${String(ms(us)).padStart(7)} ms  ${frameLabel(key, sources[kind])}`);
  }
}

// Run as a script, not when imported (an experiment can reuse `traced` and `analyse`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
