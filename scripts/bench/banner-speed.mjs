// The banner's speed probes, shared by the bench (scripts/bench/banner.mjs) and the browser test
// that guards the goals (test/browser/banner-speed.test.ts). Each probe loads one bench page
// (scripts/bench/banner-pages.mjs) in a fresh context with the CPU throttled and returns what it
// measured; callers alternate Akkoord and the peer and take medians, because on a shared machine
// single runs vary by a factor of 1.5 and only side-by-side ratios are stable.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUTTONS, GATED_COUNT, SELECTORS, pages, peerRun } from './banner-pages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Chromium flags of every speed probe. Playwright drives Chromium through DevTools, and with
 * DevTools attached Chromium records where in the script a page reads `document.cookie` or calls
 * `fetch()` (the initiator of a request). V8 keeps no source positions until they are asked for
 * and then parses the whole script again to find them: 2–5 ms unthrottled for akkoord.js's
 * 25 KB at each of those calls, 8–20 ms at 4×, that no visitor pays (measured without DevTools,
 * `chromium --headless --dump-dom`: the cookie read takes 0.9 ms, like a 100-byte script's).
 * Keeping source positions from the start removes that cost for both banners alike.
 * `BENCH_LAZY_POSITIONS=1` measures with Chromium's default, as before 2026-12-06.
 */
export const EAGER_POSITIONS_ARGS = ['--js-flags=--no-enable-lazy-source-positions'];
/** What every speed probe launches Chromium with: {@link EAGER_POSITIONS_ARGS} unless `BENCH_LAZY_POSITIONS` is set. */
export const BENCH_BROWSER_ARGS = process.env.BENCH_LAZY_POSITIONS ? [] : EAGER_POSITIONS_ARGS;

/** CPU slow-down factor, roughly a mid-range phone. */
export const CPU_THROTTLE = 4;
/** The viewports of the load pages: a laptop and a phone (where a banner covers most of the screen). */
export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

export { median } from './stats.mjs';

/**
 * Starts the local server and Chromium for the probes.
 * @param {{ bundle?: string, cpu?: number }} [o] the akkoord.js to measure (default: the built
 *   one, or AKKOORD_BUNDLE) and the CPU slow-down (default CPU_THROTTLE)
 */
export async function startSpeedBench(o = {}) {
  const { launchBrowser } = await import('../../test/helpers/launch-browser.mjs');
  const { startTestServer } = await import('../../test/helpers/test-server.mjs');
  const bundle = o.bundle || process.env.AKKOORD_BUNDLE || `${root}packages/banner/dist/akkoord.js`;
  const ourJs = readFileSync(bundle, 'utf8');
  const peerJs = readFileSync(`${root}node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js`, 'utf8');
  const peerCss = readFileSync(`${root}node_modules/vanilla-cookieconsent/dist/cookieconsent.css`, 'utf8');
  const server = await startTestServer(pages());
  server.route('/akkoord.js', { body: ourJs, type: 'text/javascript; charset=utf-8' });
  const browser = await launchBrowser({ args: BENCH_BROWSER_ARGS });
  const scripts = { akkoord: [ourJs, ''], peer: [`${peerJs}\n${peerRun}`, peerCss] };

  /** A fresh context and page with the CPU throttled; `fn(page)` runs in it, then both close. */
  async function withPage(viewport, fn) {
    const context = await browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.cpu || CPU_THROTTLE });
      return await fn(page);
    } finally {
      await context.close();
    }
  }

  /** Waits until the page has painted twice, so it is idle before t0. */
  const idle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));

  /**
   * The same run as timeInline, with the `ak:<step>` marks a build of banner-instrument.mjs sets
   * (printed by banner-phases.mjs): ms from the start to each, by step name.
   */
  const phasesInline = (kind) =>
    withPage(VIEWPORTS.desktop, async (page) => {
      await page.goto(server.url(`/time-${kind}.html`), { waitUntil: 'load' });
      await idle(page);
      await page.evaluate(([j, c]) => window.__start(j, c), scripts[kind]);
      await page.evaluate(() => window.__ready);
      return page.evaluate(() => {
        const t0 = performance.getEntriesByName('bench:start')[0].startTime;
        const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('ak:'));
        return { interactive: window.__interactive, marks: Object.fromEntries(marks.map((m) => [m.name.slice(3), m.startTime - t0])) };
      });
    });

  return {
    browser,
    server,

    /** ms from running the banner's script text in a loaded page to its interactive first layer. */
    timeInline: async (kind) => (await phasesInline(kind)).interactive,

    phasesInline,

    /** ms from adding the banner's tags to a loaded page (files from the server) to its interactive first layer. */
    timeSrc: (kind) =>
      withPage(VIEWPORTS.desktop, async (page) => {
        await page.goto(server.url(`/src-${kind}.html`), { waitUntil: 'load' });
        await idle(page);
        await page.evaluate(() => window.__startSrc());
        await page.evaluate(() => window.__ready);
        return page.evaluate(() => window.__interactive);
      }),

    /**
     * Loads the hero page with the banner's tags (`none`: without a banner) and reads, 1 s after
     * the banner is interactive: LCP (ms) and its element, whether any LCP candidate was banner
     * text, CLS, and the total blocking time of the long tasks so far (ms over 50 per task).
     */
    load: (kind, viewport = VIEWPORTS.desktop) =>
      withPage(viewport, async (page) => {
        await page.goto(server.url(`/load-${kind}.html`), { waitUntil: 'load' });
        if (SELECTORS[kind])
          await page.waitForFunction(`(function(b){return b&&b.getClientRects().length>0})((${SELECTORS[kind]})())`, null, {
            timeout: 20_000,
          });
        await page.waitForTimeout(1000);
        return page.evaluate(() => {
          const last = window.__lcp[window.__lcp.length - 1];
          return {
            lcp: last ? last.time : NaN,
            element: last ? last.element : 'none',
            bannerCandidate: window.__lcp.some((e) => e.element.includes('(banner)')),
            cls: window.__cls,
            tbt: window.__long.reduce((n, t) => n + Math.max(0, t.duration - 50), 0),
          };
        });
      }),

    /**
     * Clicks "accept all" on the page with 12 blocked scripts and 2 blocked iframes, once the
     * banner is up and the page idle, and reads: the interaction's duration as the Event Timing
     * API reports it (INP; 16 ms when below the API's threshold), the longest task from the click
     * until everything ran (0 when none reached 50 ms; this includes the browser loading the
     * embeds), the longest script task of the banner itself (from long animation frames; 0 when
     * none was in a frame over 50 ms), and for Akkoord whether the banner was
     * gone in the first frame after the click and the first blocked script ran after that frame.
     */
    clickAccept: (kind) =>
      withPage(VIEWPORTS.desktop, async (page) => {
        await page.goto(server.url(`/inp-${kind}.html`), { waitUntil: 'load' });
        await page.locator(BUTTONS[kind]).waitFor({ state: 'visible', timeout: 20_000 });
        await page.waitForTimeout(800); // the peer animates in; both are idle before the click
        const t = await page.evaluate(() => {
          const w = window;
          // The first frame after the click: is the first layer still on screen then?
          document.addEventListener(
            'click',
            () =>
              requestAnimationFrame(() => {
                const h = document.getElementById('akkoord-root');
                const b = h && h.shadowRoot && h.shadowRoot.querySelector('[data-action="accept-all"]');
                w.__shownInFirstFrame = !!(b && b.getClientRects().length);
                w.__firstFrame = performance.now();
                w.__ranBeforeFrame = (w.__ran || []).length;
              }),
            { capture: true, once: true },
          );
          return performance.now();
        });
        await page.locator(BUTTONS[kind]).click();
        const expected = GATED_COUNT.scripts + GATED_COUNT.iframes;
        await page.waitForFunction((n) => (window.__ran || []).length >= n, expected, { timeout: 20_000 });
        await page.waitForTimeout(300);
        return page.evaluate((since) => {
          const w = window;
          const events = w.__events.filter((e) => e.start >= since);
          // A banner's own task: a script entry point of a long animation frame in the banner's files.
          const own = /\/(akkoord\.js|cookieconsent\.umd\.js|peer-run\.js)/;
          return {
            inp: events.length ? Math.max(...events.map((e) => e.duration)) : 16,
            longest: Math.max(0, ...w.__long.filter((l) => l.start >= since).map((l) => l.duration)),
            longestBanner: Math.max(0, ...w.__loaf.filter((s) => s.start >= since && own.test(s.src)).map((s) => s.duration)),
            shownInFirstFrame: w.__shownInFirstFrame,
            ranBeforeFrame: w.__ranBeforeFrame,
          };
        }, t);
      }),

    /**
     * Traces the navigation to the hero page up to the main thread's paint of its first painted
     * frame (CDP tracing, banner-trace.mjs) and returns the main thread's script and compile time
     * in that window (ms, wall), and the window itself: what a banner does before the page's
     * content can show, the part of LCP it can cost. A steady figure where LCP itself varies by
     * ±15 % between loads; the page without a banner gives the probe's own share, which callers
     * take off.
     */
    beforePaint: (kind, viewport = VIEWPORTS.desktop) =>
      withPage(viewport, async (page) => {
        // Imported here, not at the top: banner-trace.mjs run as a script imports this module
        // while its own top-level `await main()` is pending, and a static import back would wait
        // for that forever.
        const { traced, analyse, firstPaintFrame } = await import('./banner-trace.mjs');
        const cdp = await page.context().newCDPSession(page);
        const events = await traced(cdp, async () => {
          await page.goto(server.url(`/load-${kind}.html`), { waitUntil: 'load' });
          // The trace's `firstPaint` comes when the frame is presented, which can be after `load`;
          // nothing of Playwright's runs in the page until then (its polling would count as script).
          do await page.waitForTimeout(300);
          while (!(await page.evaluate(() => performance.getEntriesByName('first-paint').length)));
        });
        const r = analyse(events, 'navigationStart', firstPaintFrame(events), 0, []);
        return { script: ((r.byKind.script ?? 0) + (r.byKind['parse/compile'] ?? 0)) / 1000, toPaint: r.wall / 1000 };
      }),

    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Runs `probe(kind)` `runs` times for each kind, alternating (a b a b …) so drift on a shared
 * machine hits all kinds alike, and returns the results per kind.
 */
export async function alternate(runs, kinds, probe) {
  const out = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const k of kinds) out[k].push(await probe(k));
  return out;
}
