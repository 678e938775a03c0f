// Cookies across subdomains, with real host names (*.akkoord.test mapped to 127.0.0.1):
// withdrawal also deletes analytics cookies set on the parent domain, and a decision cookie
// with `cookie.domain` is shared by the subdomains (a known trap of other banners).
import { describe, expect, test } from 'vitest';
import { bannerPage, button, gone, settle, testConfig, waitForBanner, type TestWindow } from '../helpers/banner-page.js';
import { useBrowser } from '../helpers/browser-suite.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';

/** Sets analytics cookies the way GA does on www.example.nl: on the parent domain, and host-only. */
const setsCookies = `<script>
document.cookie = '_ga=GA1.2.123; domain=akkoord.test; path=/';
document.cookie = '_ga_XYZ=GS1.1.9; domain=.akkoord.test; path=/shop/';
document.cookie = '_gid=GA1.2.456; path=/';
document.cookie = 'site_pref=keep; domain=akkoord.test; path=/';
</script>`;

describe.runIf(browserAvailable())('subdomains (Chromium)', () => {
  const s = useBrowser(
    {
      '/consent.json': { body: JSON.stringify(testConfig()), type: 'application/json' },
      '/shared.json': { body: JSON.stringify(testConfig({ cookie: { domain: 'akkoord.test' } })), type: 'application/json' },
      '/shop/index.html': { body: bannerPage({ head: setsCookies }) },
      '/shared.html': { body: bannerPage({ configUrl: '/shared.json' }) },
    },
    { args: ['--host-resolver-rules=MAP *.akkoord.test 127.0.0.1'] },
  );
  const at = (host: string, path: string) => s.server.url(path).replace('127.0.0.1', host);

  test('withdrawal deletes declared cookies set on the parent domain and on other paths', async () => {
    const { context, page } = await s.open();
    await page.goto(at('www.akkoord.test', '/shop/index.html'));
    await waitForBanner(page);
    await button(page, 'accept-all').click();
    await gone(button(page, 'accept-all'));
    const names = async () => (await context.cookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort();
    expect(await names()).toEqual(expect.arrayContaining(['_ga@.akkoord.test/', '_ga_XYZ@.akkoord.test/shop/', '_gid@www.akkoord.test/']));

    await page.evaluate(() => (window as unknown as { akkoord: { rejectAll(): void } }).akkoord.rejectAll());
    await expect.poll(async () => (await names()).filter((n) => n.startsWith('_g')), { timeout: 5000 }).toEqual([]);
    expect(await names()).toContain('site_pref@.akkoord.test/');
  });

  test('with cookie.domain the decision made on one subdomain counts on the others', async () => {
    const { context, page } = await s.open();
    await page.goto(at('www.akkoord.test', '/shared.html'));
    await waitForBanner(page);
    await button(page, 'reject-all').click();
    await gone(button(page, 'accept-all'));
    const decision = (await context.cookies()).find((c) => c.name === 'akkoord');
    expect(decision?.domain).toBe('.akkoord.test');

    await page.goto(at('shop.akkoord.test', '/shared.html'));
    await page.waitForLoadState('load');
    await settle(page, 800);
    expect(await button(page, 'accept-all').isVisible()).toBe(false);
    expect(await page.evaluate(() => (window as unknown as TestWindow).akkoord!.get()?.action)).toBe('reject-all');
  });
});
