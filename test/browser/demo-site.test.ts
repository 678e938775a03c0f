// The demo (`npm start` without the build step): the status panel shows the blocked scripts and
// the embed red before consent and green after "accept all"; the statement pages are served.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { button, settle, waitForBanner, type TestWindow } from '../helpers/banner-page.js';
import { launchBrowser, browserAvailable } from '../helpers/launch-browser.mjs';
import { startDemo, type RunningDemo } from '../helpers/start-demo.mjs';
import type { Browser } from 'playwright-core';

const ROWS = ['analytics-inline', 'analytics-src', 'marketing-pixel', 'marketing-video'];

/** data-state of every row of the demo's status panel. */
function panel(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-demo]')].map((li) => [li.getAttribute('data-demo'), li.getAttribute('data-state')]),
    ),
  );
}

describe.runIf(browserAvailable())('demo site (Chromium)', () => {
  let demo: RunningDemo;
  let browser: Browser;
  beforeAll(async () => {
    demo = await startDemo();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (demo) expect(await demo.stop()).toBe(0); // SIGTERM shuts it down cleanly
  });

  for (const [path, lang] of [
    ['/', 'nl'],
    ['/en/', 'en'],
  ]) {
    test(`${path}: red before consent, green after accept all; statement link works`, async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(demo.url + path);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        await waitForBanner(page);
        await page.waitForTimeout(500);
        expect(await panel(page)).toEqual(Object.fromEntries(ROWS.map((r) => [r, 'blocked'])));
        await button(page, 'accept-all').click();
        await expect.poll(() => panel(page), { timeout: 5000 }).toEqual(Object.fromEntries(ROWS.map((r) => [r, 'ran'])));
        const privacy = await page.locator('footer a[href^="/privacy/"]').getAttribute('href');
        const res = await page.request.get(demo.url + privacy);
        expect(res.status()).toBe(200);
        expect(await res.text()).toMatch(/<html lang="?(nl|en)/);
      } finally {
        await context.close();
      }
    });
  }

  test('serves the privacy studio beside the site, and it starts', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const res = await page.goto(demo.url + '/studio/');
      expect(res?.status()).toBe(200);
      await expect.poll(() => page.locator('form, main input').count(), { timeout: 15000 }).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the footer link reopens the preferences', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(demo.url + '/');
      await waitForBanner(page);
      await button(page, 'reject-all').click();
      await page.click('footer [data-akkoord="preferences"]');
      await button(page, 'save').waitFor({ state: 'visible', timeout: 5000 });
    } finally {
      await context.close();
    }
  });

  /** The consent log's stored history of one consent ID, read with the demo's token. */
  async function history(id: string) {
    const token = readFileSync(join(demo.dataDir, 'collector-token'), 'utf8').trim();
    const res = await fetch(`${demo.url}/api/proof/v1/consents/${id}`, { headers: { authorization: `Bearer ${token}` } });
    return res.status === 200
      ? ((await res.json()) as { records: { id: string; action: string; choices: Record<string, boolean> }[] }).records
      : [];
  }

  test('accept stores exactly one record with the categories in the consent log', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(demo.url + '/');
      await waitForBanner(page);
      await button(page, 'accept-all').click();
      const id = await page.evaluate(() => (window as unknown as TestWindow).akkoord!.get()!.id);
      await expect.poll(async () => (await history(id)).length, { timeout: 10_000 }).toBe(1);
      await settle(page, 1000); // a duplicate delivery would show up now
      const records = await history(id);
      expect(records).toHaveLength(1);
      expect(records[0]!.action).toBe('accept-all');
      expect(records[0]!.choices).toMatchObject({ necessary: true, analytics: true, marketing: true, preferences: true });
    } finally {
      await context.close();
    }
  });

  test('a decision made while the collector is unreachable is delivered once on the next page load', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await context.route('**/api/proof/**', (r) => r.abort('internetdisconnected'));
      await page.goto(demo.url + '/');
      await waitForBanner(page);
      await button(page, 'reject-all').click();
      const id = await page.evaluate(() => (window as unknown as TestWindow).akkoord!.get()!.id);
      await settle(page, 1000);
      expect(await history(id)).toEqual([]);

      await context.unroute('**/api/proof/**');
      await page.reload();
      await expect.poll(async () => (await history(id)).length, { timeout: 15_000 }).toBe(1);
      await page.reload();
      await settle(page, 1500);
      const records = await history(id);
      expect(records).toHaveLength(1);
      expect(records[0]!.action).toBe('reject-all');
      expect(records[0]!.choices).toMatchObject({ necessary: true, analytics: false, marketing: false });
    } finally {
      await context.close();
    }
  });
});
