// What the banner's speed work (issue 13, docs/banner-speed.md) must keep, as behaviour that a
// later change can break: the page's hero stays the LCP element and the banner's text is never
// an LCP candidate, no layout shift, and "accept all" hides the banner in the first frame after
// the click with no blocked script run before that frame. The timing goals themselves (ratios to
// vanilla-cookieconsent) are judged by `npm run bench` on many alternating runs, not here: on a
// shared 2-core machine a timed test would fail by noise or need limits too loose to mean much.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSpeedBench, VIEWPORTS, type SpeedBench } from '../../scripts/bench/banner-speed.mjs';
import { browserAvailable } from '../helpers/launch-browser.mjs';

/** Runs per check: behaviour, not timing, so a few suffice. */
const RUNS = 3;

describe.runIf(browserAvailable())('banner speed behaviour (Chromium, CPU 4×)', () => {
  let b: SpeedBench;
  beforeAll(async () => {
    b = await startSpeedBench();
  });
  afterAll(async () => {
    await b?.close();
  });

  test('the page paints first: the hero is the LCP element, the banner text never a candidate, CLS 0', async () => {
    for (let i = 0; i < RUNS; i++) {
      for (const viewport of [VIEWPORTS.desktop, VIEWPORTS.phone]) {
        const none = await b.load('none', viewport);
        // Checked against something that can be the LCP element, so the assertions below can fail.
        expect(none.element).toBe('img#hero');
        const r = await b.load('akkoord', viewport);
        expect(r.element).not.toContain('(banner)');
        expect(r.bannerCandidate, 'the banner text was an LCP candidate').toBe(false);
        expect(r.cls).toBe(0);
      }
    }
  }, 300_000);

  test('"accept all" with 12 blocked scripts and 2 iframes: the banner is gone in the first frame, scripts run after it', async () => {
    for (let i = 0; i < RUNS; i++) {
      const r = await b.clickAccept('akkoord');
      expect(r.shownInFirstFrame, 'the first layer was still shown in the first frame after the click').toBe(false);
      expect(r.ranBeforeFrame, 'a blocked script ran before the first frame after the click').toBe(0);
    }
    // The probe can see the opposite: the peer activates its scripts inside the click.
    const peer = await b.clickAccept('peer');
    expect(peer.ranBeforeFrame).toBeGreaterThan(0);
  }, 300_000);
});
