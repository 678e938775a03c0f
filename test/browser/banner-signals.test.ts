// Browser signals and tag integration: Global Privacy Control and Google Consent Mode v2.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  bannerPage,
  blockedInline,
  button,
  dialog,
  gone,
  ran,
  settle,
  testConfig,
  toggle,
  waitForBanner,
  type TestWindow,
} from '../helpers/banner-page.js';
import { useBrowser } from '../helpers/browser-suite.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';

const GPC_ON = `Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: function () { return true; }, configurable: true });`;

/** A gated tag that notes in dataLayer when it runs, like a GA4 snippet would start sending. */
const gatedTag = `<script type="text/plain" data-consent="analytics">
  window.dataLayer = window.dataLayer || [];
  window.dataLayer.push({ event: 'gated-tag' });
</script>`;

/** dataLayer as plain data: gtag() pushes `arguments` objects, tags push plain objects. */
function dataLayer(page: Page) {
  return page.evaluate(() =>
    ((window as unknown as TestWindow).dataLayer ?? []).map((e) =>
      e && typeof e === 'object' && 'length' in e ? Array.from(e as ArrayLike<unknown>) : e,
    ),
  );
}

const isCommand = (e: unknown, cmd: string) => Array.isArray(e) && e[0] === 'consent' && e[1] === cmd;

describe.runIf(browserAvailable())('signals (Chromium)', () => {
  const s = useBrowser({
    '/consent.json': { body: JSON.stringify(testConfig()), type: 'application/json' },
    '/page.html': { body: bannerPage({ body: `${blockedInline('marketing', 'pixel')}${blockedInline('analytics', 'stats')}` }) },
    '/gcm.html': { body: bannerPage({ body: gatedTag }) },
  });

  test('GPC: marketing starts refused, the banner says the signal was honoured', async () => {
    const { page } = await s.open({ initScript: GPC_ON });
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as TestWindow).akkoord!.has('marketing'))).toBe(false);
    expect(await ran(page)).not.toContain('pixel');
    const text = await page.locator('#akkoord-root').evaluate((h) => h.shadowRoot?.textContent ?? '');
    expect(text).toMatch(/Global Privacy Control|GPC/i);
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    expect(await toggle(page, /Marketing/).isChecked()).toBe(false);
  });

  test('without GPC the banner does not mention it', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    const text = await page.locator('#akkoord-root').evaluate((h) => h.shadowRoot?.textContent ?? '');
    expect(text).not.toMatch(/Global Privacy Control|GPC/i);
  });

  test('Consent Mode: "default" (denied) before any gated tag, "update" (granted) after accept', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/gcm.html'));
    await waitForBanner(page);
    const before = await dataLayer(page);
    const def = before.find((e) => isCommand(e, 'default')) as [string, string, Record<string, unknown>] | undefined;
    expect(def, `consent default in ${JSON.stringify(before)}`).toBeDefined();
    expect(def![2]).toMatchObject({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      security_storage: 'granted',
    });
    expect(typeof def![2].wait_for_update).toBe('number');
    expect(before).not.toContainEqual({ event: 'gated-tag' });

    await button(page, 'accept-all').click();
    await gone(button(page, 'accept-all'));
    await expect.poll(() => dataLayer(page), { timeout: 5000 }).toContainEqual({ event: 'gated-tag' });
    const after = await dataLayer(page);
    const iDefault = after.findIndex((e) => isCommand(e, 'default'));
    const iUpdate = after.findIndex((e) => isCommand(e, 'update'));
    const iTag = after.findIndex((e) => (e as { event?: string })?.event === 'gated-tag');
    expect(iDefault).toBeGreaterThanOrEqual(0);
    expect(iDefault).toBeLessThan(iTag);
    expect(iUpdate).toBeGreaterThan(iDefault);
    expect((after[iUpdate] as unknown[])[2]).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    });
  });

  test('Consent Mode: reject all updates with everything denied and runs no gated tag', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/gcm.html'));
    await waitForBanner(page);
    await button(page, 'reject-all').click();
    await gone(button(page, 'accept-all'));
    await settle(page);
    const after = await dataLayer(page);
    expect(after).not.toContainEqual({ event: 'gated-tag' });
    const update = after.find((e) => isCommand(e, 'update')) as unknown[] | undefined;
    expect(update, `consent update in ${JSON.stringify(after)}`).toBeDefined();
    expect(update![2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
  });
});
