// Changing one's mind and the rules of a fair choice: reopening, withdrawal that really removes
// the cookies, a new revision asks again, no pre-ticked boxes, three equal buttons, 320 px.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  bannerPage,
  blockedInline,
  button,
  decisionCookie,
  dialog,
  gone,
  ran,
  settle,
  testConfig,
  toggle,
  waitForBanner,
} from '../helpers/banner-page.js';
import { useBrowser } from '../helpers/browser-suite.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';

const page1 = bannerPage({
  body: `${blockedInline('analytics', 'stats')}${blockedInline('marketing', 'pixel')}
<p><a href="#" id="reopen" data-akkoord="preferences">Cookie settings</a></p>`,
});

/** Sets analytics cookies the way such tools do: on the page's path and on parent paths. */
const setsCookies = `<script>
document.cookie = '_ga=GA1.1.123; path=/';
document.cookie = '_ga_ABC123=GS1.1.9; path=/shop/';
document.cookie = '_gid=GA1.1.456; path=/shop/item/';
document.cookie = 'site_pref=keep; path=/';
</script>`;

/** Bounding boxes of the three first-layer buttons. */
async function firstLayerBoxes(page: Page) {
  const boxes = [];
  for (const action of ['accept-all', 'reject-all', 'preferences'] as const) {
    const box = await button(page, action).boundingBox();
    expect(box, `${action} button has a box`).not.toBeNull();
    boxes.push(box!);
  }
  return boxes;
}

describe.runIf(browserAvailable())('changing the choice (Chromium)', () => {
  let revision = 1;
  const s = useBrowser({
    '/consent.json': () => ({ body: JSON.stringify(testConfig({ revision })), type: 'application/json' }),
    '/page.html': { body: page1 },
    '/shop/item/index.html': { body: bannerPage({ head: setsCookies, body: '<a href="#" data-akkoord="preferences">Cookies</a>' }) },
  });

  test('data-akkoord="preferences" reopens the dialog after a decision', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await button(page, 'reject-all').click();
    await gone(button(page, 'accept-all'));
    await page.click('#reopen');
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    await button(page, 'save').waitFor({ state: 'visible', timeout: 5000 });
  });

  test('withdrawing analytics deletes its declared cookies on every path, keeps the others', async () => {
    const { context, page } = await s.open();
    await page.goto(s.server.url('/shop/item/index.html'));
    await waitForBanner(page);
    await button(page, 'accept-all').click();
    await gone(button(page, 'accept-all'));
    const before = (await context.cookies()).map((c) => c.name);
    expect(before).toEqual(expect.arrayContaining(['_ga', '_ga_ABC123', '_gid', 'site_pref']));

    await page.click('[data-akkoord="preferences"]');
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    const analytics = toggle(page, /Statistics/);
    expect(await analytics.isChecked()).toBe(true);
    await analytics.click();
    await button(page, 'save').click();
    await expect
      .poll(async () => (await context.cookies()).map((c) => c.name).filter((n) => n.startsWith('_g')), { timeout: 5000 })
      .toEqual([]);
    const after = (await context.cookies()).map((c) => c.name);
    expect(after).toContain('site_pref');
    expect(await page.evaluate(() => (window as unknown as { akkoord: { has(c: string): boolean } }).akkoord.has('analytics'))).toBe(false);
  });

  test('a new revision asks again and runs nothing until answered', async () => {
    revision = 1;
    const { context, page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await button(page, 'accept-all').click();
    await expect.poll(() => ran(page), { timeout: 5000 }).toHaveLength(2);
    await page.reload();
    await settle(page, 800);
    expect(await button(page, 'accept-all').isVisible()).toBe(false);

    revision = 2;
    await page.reload();
    await waitForBanner(page);
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(await decisionCookie(context)).toBeDefined(); // the old decision is there, but no longer counts
    revision = 1;
  });

  test('no box in the dialog is ticked in advance; the required category is locked on', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    const states = await page.evaluate(() => {
      const root = document.getElementById('akkoord-root')!.shadowRoot!;
      return [...root.querySelectorAll<HTMLElement>('input[type="checkbox"], [role="switch"]')].map((el) => ({
        checked: el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true',
        disabled: el instanceof HTMLInputElement ? el.disabled : el.getAttribute('aria-disabled') === 'true',
      }));
    });
    expect(states.length).toBeGreaterThanOrEqual(4);
    expect(states.filter((x) => x.checked)).toEqual([{ checked: true, disabled: true }]);
    expect(await toggle(page, /Statistics/).isChecked()).toBe(false);
    expect(await toggle(page, /Marketing/).isChecked()).toBe(false);
  });

  for (const width of [1280, 320]) {
    test(`the three first-layer buttons have the same size at ${width} px`, async () => {
      const { page } = await s.open({ viewport: { width, height: 700 } });
      await page.goto(s.server.url('/page.html'));
      await waitForBanner(page);
      const [a, r, p] = await firstLayerBoxes(page);
      for (const b of [r, p]) {
        expect(Math.abs(b.width - a.width)).toBeLessThanOrEqual(1);
        expect(Math.abs(b.height - a.height)).toBeLessThanOrEqual(1);
      }
    });
  }

  test('usable at 320 px: no horizontal overflow, banner and dialog inside the viewport', async () => {
    const { page } = await s.open({ viewport: { width: 320, height: 640 } });
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    for (const b of await firstLayerBoxes(page)) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(320);
    }
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    const box = await dialog(page).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const save = await button(page, 'save').boundingBox();
    expect(save!.x + save!.width).toBeLessThanOrEqual(320);
  });
});
