// The script-tag build's public surface in a real page: `window.akkoord` as in DESIGN.md, its
// events (also `akkoord:change` on document), and the language the banner picks.
import { describe, expect, test } from 'vitest';
import { bannerPage, blockedInline, button, gone, ran, settle, testConfig, waitForBanner } from '../helpers/banner-page.js';
import { useBrowser } from '../helpers/browser-suite.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';

/** A page script that subscribes before the banner has loaded (it is deferred) and logs events. */
const listener = `<script>
window.__events = [];
document.addEventListener('akkoord:change', function (e) {
  window.__events.push('document:' + (e.detail && e.detail.decision ? e.detail.decision.action : 'null'));
});
</script>`;

const API = ['get', 'has', 'acceptAll', 'rejectAll', 'accept', 'show', 'showPreferences', 'reset', 'on', 'off'];

describe.runIf(browserAvailable())('window.akkoord and language (Chromium)', () => {
  const s = useBrowser({
    '/consent.json': { body: JSON.stringify(testConfig()), type: 'application/json' },
    '/api.html': {
      body: bannerPage({ head: listener, body: `${blockedInline('analytics', 'stats')}${blockedInline('marketing', 'pixel')}` }),
    },
    '/nl.html': { body: bannerPage({ lang: 'nl' }) },
    '/en.html': { body: bannerPage({ lang: 'en' }) },
    '/fr.html': { body: bannerPage({ lang: 'fr' }) },
  });

  test('the API of DESIGN.md: accept([..]) grants exactly those, events fire, reset asks again', async () => {
    const { context, page } = await s.open();
    await page.goto(s.server.url('/api.html'));
    await waitForBanner(page);
    type Api = Record<string, (...a: unknown[]) => unknown>;
    expect(
      await page.evaluate((names) => names.filter((n) => typeof (window as unknown as { akkoord: Api }).akkoord?.[n] !== 'function'), API),
    ).toEqual([]);
    await page.evaluate(() => {
      const w = window as unknown as { akkoord: Api; __events: string[] };
      w.akkoord.on!('change', (d: unknown) =>
        w.__events.push('on:' + ((d as { decision: { action: string } | null }).decision?.action ?? 'null')),
      );
      w.akkoord.accept!(['analytics']);
    });
    await expect.poll(() => ran(page), { timeout: 5000 }).toEqual(['stats']);
    const state = await page.evaluate(() => {
      const a = (window as unknown as { akkoord: { has(w: string): boolean; get(): { categories: string[] } } }).akkoord;
      return { analytics: a.has('analytics'), marketing: a.has('marketing'), categories: [...a.get().categories].sort() };
    });
    expect(state).toEqual({ analytics: true, marketing: false, categories: ['analytics', 'necessary'] });
    const events = () => page.evaluate(() => (window as unknown as { __events: string[] }).__events);
    expect([...(await events())].sort()).toEqual(['document:custom', 'on:custom']);

    await gone(button(page, 'accept-all')); // a decision made through the API answers the first layer too
    await page.evaluate(() => (window as unknown as { akkoord: Api }).akkoord.reset!());
    await waitForBanner(page);
    expect(await page.evaluate(() => (window as unknown as { akkoord: Api }).akkoord.get!())).toBeNull();
    expect((await context.cookies()).find((c) => c.name === 'akkoord')).toBeUndefined();
    await settle(page);
    expect(await ran(page)).toEqual(['stats']); // a script that ran cannot be unloaded, and nothing ran twice
  });

  test('language: <html lang="nl"> gets Dutch, "en" English, an unshipped one the browser language', async () => {
    const { page } = await s.open();
    const look = async (path: string) => {
      await page.goto(s.server.url(path));
      await waitForBanner(page);
      return {
        lang: await page.evaluate(() => document.getElementById('akkoord-root')!.getAttribute('lang')),
        accept: (await button(page, 'accept-all').textContent())?.trim(),
      };
    };
    const nl = await look('/nl.html');
    const en = await look('/en.html');
    const fr = await look('/fr.html'); // headless Chromium's languages are en-US, en
    expect(nl.lang).toBe('nl');
    expect(en.lang).toBe('en');
    expect(nl.accept).not.toBe(en.accept);
    expect(fr).toEqual(en);
  });
});
