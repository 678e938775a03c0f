// Keyboard-only use and axe-core on the first layer and the preferences dialog.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
  waitForBanner,
} from '../helpers/banner-page.js';
import { useBrowser } from '../helpers/browser-suite.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';

const axeSource = readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');

/** Where focus is: the `data-action` (or tag) of the focused element inside the banner, or null. */
function focused(page: Page) {
  return page.evaluate(() => {
    const host = document.getElementById('akkoord-root');
    if (!host || document.activeElement !== host || !host.shadowRoot) return null;
    const el = host.shadowRoot.activeElement as HTMLElement | null;
    if (!el) return null;
    const box = el.closest('dialog, [role="dialog"]');
    const inDialog = !!box?.querySelector('[data-action="save"]');
    const key =
      el.getAttribute('data-action') ??
      `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
    return { key, inDialog };
  });
}

/** Presses Tab until the button with `action` has focus (at most 15 presses). */
async function tabTo(page: Page, action: string) {
  for (let i = 0; i < 15; i++) {
    if ((await focused(page))?.key === action) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the ${action} button; focus is on ${JSON.stringify(await focused(page))}`);
}

/** axe-core over the banner's shadow tree only, WCAG 2.x A and AA rules. */
async function axe(page: Page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            violations: { id: string; help: string; nodes: { target: unknown }[] }[];
            passes: { nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await a.run(
      { include: [['#akkoord-root']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    );
    return {
      violations: r.violations.map((v) => `${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`),
      // Checked nodes whose target is a shadow path (host, inner selector): proof axe looked inside.
      shadowNodes: r.passes.flatMap((p) => p.nodes).filter((n) => Array.isArray(n.target[0])).length,
    };
  });
}

describe.runIf(browserAvailable())('accessibility (Chromium)', () => {
  const s = useBrowser({
    '/consent.json': { body: JSON.stringify(testConfig()), type: 'application/json' },
    '/page.html': { body: bannerPage({ body: `<p><a href="/elsewhere">A page link</a></p>${blockedInline('analytics', 'stats')}` }) },
  });

  test('keyboard only: Tab reaches "accept all", Enter accepts', async () => {
    const { context, page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await tabTo(page, 'accept-all');
    await page.keyboard.press('Enter');
    await gone(button(page, 'accept-all'));
    await expect.poll(() => ran(page), { timeout: 5000 }).toEqual(['stats']);
    expect(await decisionCookie(context)).toBeDefined();
  });

  test('keyboard only: the dialog traps Tab (wrapping) and Escape closes it without a decision', async () => {
    const { context, page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await tabTo(page, 'preferences');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    await settle(page, 200);
    const seen: string[] = [];
    for (let i = 0; i < 25; i++) {
      const f = await focused(page);
      expect(f, `focus after ${i} Tabs is inside the dialog`).toMatchObject({ inDialog: true });
      seen.push(f!.key);
      await page.keyboard.press('Tab');
    }
    // Wrapping: the focus order repeats, so the first focused control comes round again.
    expect(seen.slice(1)).toContain(seen[0]);
    expect(seen).toContain('save');

    await page.keyboard.press('Escape');
    await gone(dialog(page));
    await settle(page);
    expect(await decisionCookie(context)).toBeUndefined();
    expect(await ran(page)).toEqual([]);
  });

  test('axe-core finds no violation in the first layer', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await settle(page, 400); // after any entry animation, so contrast is measured at rest
    const r = await axe(page);
    expect(r.shadowNodes).toBeGreaterThan(0);
    expect(r.violations).toEqual([]);
  });

  test('axe-core finds no violation in the preferences dialog', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    await settle(page, 400);
    const r = await axe(page);
    expect(r.shadowNodes).toBeGreaterThan(0);
    expect(r.violations).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`axe-core finds no violation in the dialog with its service lists open and a category mixed (${scheme}, 390 px)`, async () => {
      const { page } = await s.open({ viewport: { width: 390, height: 800 } });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(s.server.url('/page.html'));
      await waitForBanner(page);
      await button(page, 'preferences').click();
      await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
      for (const summary of await page.locator('#akkoord-root summary').all()) await summary.click();
      await page.getByRole('switch', { name: 'Video' }).click();
      expect(await page.getByRole('checkbox', { name: 'Marketing' }).evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
      await settle(page, 200);
      const r = await axe(page);
      expect(r.shadowNodes).toBeGreaterThan(0);
      expect(r.violations).toEqual([]);
    });
});
