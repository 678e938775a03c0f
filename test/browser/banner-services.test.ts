// Per-service switches in the preferences dialog, as a keyboard and screen-reader user meets them:
// the category switch over several services says "mixed" in the accessibility tree (what screen
// readers read), the services' own switches are switches, and the choice is stored and obeyed.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  bannerPage,
  blockedInline,
  button,
  decisionCookie,
  dialog,
  ran,
  settle,
  testConfig,
  waitForBanner,
  type TestWindow,
} from '../helpers/banner-page.js';
import { useBrowser } from '../helpers/browser-suite.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';

/** One node of Chromium's accessibility tree, as the DevTools protocol reports it. */
interface AXNode {
  ignored?: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

/** `[role, checked]` of the dialog's controls named in `names`, read from the accessibility tree. */
async function a11y(page: Page, names: string[]) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  const out: Record<string, [string, unknown]> = {};
  for (const n of nodes) {
    const role = n.role?.value;
    const name = n.name?.value ?? '';
    if (!n.ignored && (role == 'switch' || role == 'checkbox') && names.includes(name))
      out[name] = [role, n.properties?.find((p) => p.name == 'checked')?.value.value];
  }
  return out;
}

/** What has focus inside the banner: a control's label, a summary's or button's text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.getElementById('akkoord-root')!.shadowRoot!.activeElement as HTMLElement | null;
    if (!el) return '';
    return el.localName == 'input' ? 'switch:' + el.closest('label')!.textContent!.trim() : el.localName + ':' + el.textContent!.trim();
  });
}

/** Presses Tab until `want` has focus (at most 20 presses). */
async function tabTo(page: Page, want: string) {
  for (let i = 0; i < 20; i++) {
    if ((await focused(page)) == want) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${want}; focus is on ${await focused(page)}`);
}

describe.runIf(browserAvailable())('per-service switches (Chromium)', () => {
  const s = useBrowser({
    '/consent.json': { body: JSON.stringify(testConfig()), type: 'application/json' },
    '/page.html': { body: bannerPage({ body: blockedInline('marketing:video', 'video') + blockedInline('marketing:pixel', 'pixel') }) },
  });

  test('keyboard only: open a category, switch one service; the category reads as mixed; the choice is stored and obeyed', async () => {
    const { context, page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    // The services' switches wait in closed lists; a category with one service (or none) has a
    // switch of its own only.
    expect(await a11y(page, ['Statistics', 'Marketing', 'Stats', 'Video', 'Pixel', 'Preferences'])).toEqual({
      Statistics: ['switch', 'false'],
      Marketing: ['checkbox', 'false'],
      Preferences: ['switch', 'false'],
    });

    await tabTo(page, 'summary:2 services');
    await page.keyboard.press('Enter'); // opens the list of the category's services
    await tabTo(page, 'switch:Video');
    await page.keyboard.press('Space');
    expect(await a11y(page, ['Marketing', 'Video', 'Pixel'])).toEqual({
      Marketing: ['checkbox', 'mixed'],
      Video: ['switch', 'true'],
      Pixel: ['switch', 'false'],
    });

    await tabTo(page, 'button:Save choice');
    await page.keyboard.press('Enter');
    await expect.poll(() => ran(page), { timeout: 5000 }).toEqual(['video']);
    const stored = await page.evaluate(() => {
      const a = (window as unknown as { akkoord: { get(): { services: unknown }; has(what: string): boolean } }).akkoord;
      return {
        services: a.get().services,
        video: a.has('marketing:video'),
        pixel: a.has('marketing:pixel'),
        marketing: a.has('marketing'),
      };
    });
    expect(stored).toEqual({ services: { marketing: ['video'] }, video: true, pixel: false, marketing: false });
    expect(await decisionCookie(context)).toBeDefined();
    await settle(page, 300);
    expect(await ran(page)).toEqual(['video']);
  });

  test('a stored choice of one service opens as mixed; Space on the category grants all of its services again', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    // Stored first with one service of two, by mouse this time.
    await button(page, 'preferences').click();
    await page.locator('#akkoord-root summary').nth(1).click();
    await page.getByRole('switch', { name: 'Pixel' }).click();
    await button(page, 'save').click();
    await expect.poll(() => ran(page), { timeout: 5000 }).toEqual(['pixel']);
    await page.evaluate(() => (window as unknown as TestWindow).akkoord!.showPreferences());
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    await page.locator('#akkoord-root summary').nth(1).click();
    expect(await a11y(page, ['Marketing', 'Video', 'Pixel'])).toEqual({
      Marketing: ['checkbox', 'mixed'],
      Video: ['switch', 'false'],
      Pixel: ['switch', 'true'],
    });
    await tabTo(page, 'switch:Marketing');
    await page.keyboard.press('Space');
    expect(await a11y(page, ['Marketing', 'Video', 'Pixel'])).toEqual({
      Marketing: ['checkbox', 'true'],
      Video: ['switch', 'true'],
      Pixel: ['switch', 'true'],
    });
    await page.keyboard.press('Space');
    expect(await a11y(page, ['Marketing', 'Video', 'Pixel'])).toEqual({
      Marketing: ['checkbox', 'false'],
      Video: ['switch', 'false'],
      Pixel: ['switch', 'false'],
    });
  });
});
