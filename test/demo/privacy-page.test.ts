// The demo's generated privacy statement (`npm start`, issue 14): it loads the banner like every
// other page of the site, and its "cookie settings" link opens the preferences on the demo host,
// in place, instead of pointing at the production host named in the declarations.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { button, dialog, gone, waitForBanner, watch } from '../helpers/banner-page.js';
import { browserAvailable, launchBrowser } from '../helpers/launch-browser.mjs';
import { startDemo, type RunningDemo } from '../helpers/start-demo.mjs';

/** The statement's link to the cookie settings (written by the generator from `links.cookieSettings`). */
const settingsLink = (page: Page) => page.locator('main a[href$="#cookie-instellingen"]');

describe.runIf(browserAvailable())('demo privacy statement page (Chromium)', () => {
  let demo: RunningDemo;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const open = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    return { context, page: await context.newPage() };
  };
  beforeAll(async () => {
    demo = await startDemo();
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    if (demo) expect(await demo.stop()).toBe(0);
  });

  test('the statement is generated, not the fallback notice', () => {
    // Without the generator the demo serves a notice page without the link this file tests.
    expect(demo.output()).toContain('banner config from examples/declarations/demo-site.yaml');
  });

  for (const [path, lang] of [
    ['/privacy/', 'nl'],
    ['/privacy/en/', 'en'],
  ] as const) {
    test(`${path}: shows the banner, and the cookie-settings link opens the preferences in place`, async () => {
      const { page } = await open();
      const seen = watch(page);
      const failed: string[] = [];
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`));
      await page.goto(demo.url + path);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await waitForBanner(page);

      // A path on the demo's own host, not https://www.korenschoof.example/.
      const link = settingsLink(page);
      expect(await link.count()).toBe(1);
      expect(await link.getAttribute('href')).toBe('/#cookie-instellingen');

      await button(page, 'reject-all').click();
      await gone(button(page, 'reject-all'));
      await link.click();
      await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
      expect(new URL(page.url()).pathname).toBe(path); // opened here, no navigation
      expect(seen.pageErrors).toEqual([]);
      // Every file the page loads is there (the demo has no icon; browsers ask for one anyway).
      expect(failed.filter((f) => f !== '404 /favicon.ico')).toEqual([]);
    });
  }

  test('a decision made on the statement page holds on the rest of the site', async () => {
    const { page } = await open();
    await page.goto(demo.url + '/privacy/');
    await waitForBanner(page);
    await button(page, 'accept-all').click();
    await page.goto(demo.url + '/');
    await page.waitForFunction(() => (window as { akkoord?: { get(): unknown } }).akkoord?.get() != null, null, { timeout: 10_000 });
    expect(await button(page, 'accept-all').isVisible()).toBe(false);
  });

  test('following the statement link to /#cookie-instellingen from another page opens the preferences on the home page', async () => {
    const { page } = await open();
    await page.goto(demo.url + '/#cookie-instellingen');
    await dialog(page).waitFor({ state: 'visible', timeout: 10_000 });
  });
});
