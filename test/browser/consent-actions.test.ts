// Consent that means what the visitor did, and proof that is complete (issues 13 and 15): the
// built akkoord-with-log.js in Chromium, its records posted to a real collector on the same
// origin. Each path that changes the decision is checked for the action the collector stores.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { AkkoordConfig } from '@akkoord/core';
import type { StoredConsentRecord } from '@akkoord/consent-log';
import { createCollector, openStore, type Collector, type Store } from '@akkoord/consent-log-server';
import { bannerPage, button, dialog, ran, testConfig, toggle, waitForBanner, type TestWindow } from '../helpers/banner-page.js';
import { browserAvailable, launchBrowser } from '../helpers/launch-browser.mjs';
import { ranScript } from '../helpers/test-server.mjs';

const BUNDLE = fileURLToPath(new URL('../../packages/banner/dist/akkoord-with-log.js', import.meta.url));
const GPC_ON = `Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: function () { return true; }, configurable: true });`;

/** A site whose marketing category holds only YouTube: the case where one embed used to grant the category. */
const siteConfig = (over: Partial<AkkoordConfig> = {}): AkkoordConfig => {
  const c = testConfig({ consentLog: { endpoint: '/_k/v1/consents' }, ...over });
  c.categories[2]!.services = [{ id: 'youtube', name: 'YouTube', cookies: [{ name: 'VISITOR_INFO1_LIVE' }] }];
  return c;
};
const PAGE = bannerPage({
  body: `<iframe data-consent="marketing:youtube" data-src="/frame/video.html" title="Our video" width="320" height="180"></iframe>`,
}).replace('/akkoord.js', '/akkoord-with-log.js');

let dir = '';
let store: Store;
let collector: Collector;
let server: Server;
let origin = '';
let browser: Browser;
/** The config the server answers with; a test may change it (a new revision). */
let config: AkkoordConfig = siteConfig();
const contexts: BrowserContext[] = [];

const open = async (initScript?: string): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext();
  contexts.push(context);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  await page.goto(`${origin}/page.html`);
  return { context, page };
};
const akkoord = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).akkoord!.get());
/** The stored records of one consent id, oldest first, once `count` of them have arrived. */
const recordsOf = async (consentId: string, count: number): Promise<StoredConsentRecord[]> => {
  await expect.poll(async () => (await store.byConsentId(consentId)).length, { timeout: 10_000 }).toBe(count);
  return (await store.byConsentId(consentId)).sort((a, b) => a.seq - b.seq);
};
/** The last `consent update` the banner pushed into dataLayer. */
const lastUpdate = (page: Page) =>
  page.evaluate(() => {
    const all = ((window as unknown as TestWindow).dataLayer ?? []).map((e) => Array.from(e as ArrayLike<unknown>));
    return all.filter((e) => e[0] === 'consent' && e[1] === 'update').at(-1)?.[2] as Record<string, string> | undefined;
  });

describe.runIf(browserAvailable())('consent actions, logged (Chromium, akkoord-with-log.js, collector)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'akkoord-actions-'));
    store = await openStore(join(dir, 'c.db'));
    collector = createCollector({ store, basePath: '/_k', log: () => {}, rateLimit: false });
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const send = (type: string, body: string | Buffer) =>
        void res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
      if (path === '/page.html') return send('text/html; charset=utf-8', PAGE);
      if (path === '/consent.json') return send('application/json', JSON.stringify(config));
      // Read per request, so a rebuild is picked up.
      if (path === '/akkoord-with-log.js') return send('text/javascript', readFileSync(BUNDLE));
      if (path === '/frame/video.html')
        return send('text/html; charset=utf-8', `<!doctype html><title>Video</title><script>${ranScript('video')}</script>`);
      collector.handle(req, res);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  afterEach(async () => {
    config = siteConfig();
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
    await collector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("a placeholder's allow grants that one service: the video loads, the banner stays, ad_* stay denied", async () => {
    const { context, page } = await open();
    await waitForBanner(page);
    await page.locator('[data-action="allow"]').click();
    await expect.poll(() => ran(page)).toEqual(['video']);
    // Every other question is still open: the first layer is still there.
    await expect.poll(() => button(page, 'accept-all').isVisible()).toBe(true);
    const d = (await akkoord(page))!;
    expect(d).toMatchObject({ action: 'embed', pending: true, categories: ['necessary', 'marketing'] });
    expect(await page.evaluate(() => (window as unknown as TestWindow).akkoord!.has('marketing'))).toBe(false);
    expect(await lastUpdate(page)).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
    });
    const [r] = await recordsOf(d.id, 1);
    expect(r).toMatchObject({ action: 'embed', choices: { 'marketing:youtube': true, marketing: false, analytics: false } });

    // The next page view keeps the video and still asks.
    const again = await context.newPage();
    await again.goto(`${origin}/page.html`);
    await waitForBanner(again);
    await expect.poll(() => ran(again)).toEqual(['video']);
    // Reject all is the visitor's latest word: the video goes, logged as a withdrawal.
    await button(again, 'reject-all').click();
    const records = await recordsOf(d.id, 2);
    expect(records[1]).toMatchObject({ action: 'withdraw', choices: { 'marketing:youtube': false } });
  });

  test('a grant taken back in the preferences dialog is logged as withdraw', async () => {
    const { page } = await open();
    await waitForBanner(page);
    await button(page, 'accept-all').click();
    await page.evaluate(() => (window as unknown as TestWindow).akkoord!.showPreferences());
    await dialog(page).waitFor();
    await toggle(page, /Statistics/).uncheck();
    await button(page, 'save').click();
    const id = (await akkoord(page))!.id;
    const records = await recordsOf(id, 2);
    expect(records.map((r) => r.action)).toEqual(['accept-all', 'withdraw']);
    expect(records[1]!.choices).toMatchObject({ analytics: false, marketing: true, preferences: true });
  });

  test('an answer after a revision change is logged as renewal, under the same consent id', async () => {
    const { page } = await open();
    await waitForBanner(page);
    await button(page, 'accept-all').click();
    const id = (await akkoord(page))!.id;
    await recordsOf(id, 1);
    config = siteConfig({ revision: 2 });
    await page.reload();
    await waitForBanner(page);
    await button(page, 'reject-all').click();
    const records = await recordsOf(id, 2);
    expect(records.map((r) => [r.action, r.revision])).toEqual([
      ['accept-all', '1'],
      ['renewal', '2'],
    ]);
  });

  test('the automatic decision of the GPC signal (gpc.autoDecide) is logged as gpc, once', async () => {
    config = siteConfig({ gpc: { autoDecide: true } });
    const { page } = await open(GPC_ON);
    await expect.poll(() => akkoord(page)).toMatchObject({ action: 'gpc' });
    const id = (await akkoord(page))!.id;
    const [r] = await recordsOf(id, 1);
    expect(r).toMatchObject({ action: 'gpc', choices: { necessary: true, analytics: false, marketing: false } });
    await page.reload();
    await page.waitForFunction(() => (window as unknown as TestWindow).akkoord?.get());
    await page.waitForTimeout(1500);
    expect(await store.byConsentId(id)).toHaveLength(1);
  });

  test('window.akkoord.reset() is logged as reset, with the consent id it forgot', async () => {
    const { page } = await open();
    await waitForBanner(page);
    await button(page, 'accept-all').click();
    const id = (await akkoord(page))!.id;
    await page.evaluate(() => (window as unknown as { akkoord: { reset(): void } }).akkoord.reset());
    expect(await akkoord(page)).toBeNull();
    const records = await recordsOf(id, 2);
    expect(records.map((r) => r.action)).toEqual(['accept-all', 'reset']);
    expect(records[1]!.choices).toMatchObject({ necessary: true, analytics: false, marketing: false, 'marketing:youtube': false });
  });
});
