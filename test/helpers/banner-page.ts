/**
 * Building blocks of the banner's real-browser tests: a test config, pages with the banner's
 * script tag and blocked content, and locators for the banner's stable DOM hooks (host element
 * `#akkoord-root` with an open shadow root, buttons with `data-action`). Playwright's CSS
 * locators pierce open shadow roots, so `#akkoord-root [data-action=…]` reaches inside.
 */
import type { AkkoordConfig } from '@akkoord/core';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { ranScript } from './test-server.mjs';

/** What the test pages keep on `window`; cast to it inside `page.evaluate`. */
export interface TestWindow {
  /** Names of the example scripts that ran, in order. */
  __ran?: string[];
  /** CSP violations seen by the page (`directive blocked-uri`). */
  __csp?: string[];
  dataLayer?: unknown[];
  akkoord?: {
    get(): { categories: string[]; action: string; id: string } | null;
    has(what: string): boolean;
    showPreferences(): void;
  };
}

/** Three optional categories like the demo's, with declared cookies for the withdrawal test. */
export function testConfig(overrides: Partial<AkkoordConfig> = {}): AkkoordConfig {
  return {
    revision: 1,
    organisation: 'Bakkerij De Korenschoof',
    privacyStatementUrl: { nl: '/privacy/', en: '/privacy/en/' },
    categories: [
      { id: 'necessary', required: true, title: { nl: 'Noodzakelijk', en: 'Necessary' } },
      {
        id: 'analytics',
        title: { nl: 'Statistieken', en: 'Statistics' },
        description: { nl: 'Wij tellen bezoeken.', en: 'We count visits.' },
        services: [
          {
            id: 'stats',
            name: 'Stats',
            cookies: [{ name: '_ga' }, { name: '_ga_*' }, { name: '/^_gid$/' }],
          },
        ],
      },
      {
        id: 'marketing',
        title: { nl: 'Marketing', en: 'Marketing' },
        services: [
          { id: 'video', name: 'Video', cookies: [{ name: '_vid' }] },
          { id: 'pixel', name: 'Pixel', cookies: [{ name: '_px' }] },
        ],
      },
      { id: 'preferences', title: { nl: 'Voorkeuren', en: 'Preferences' } },
    ],
    ...overrides,
  };
}

/** Options of {@link bannerPage}. */
export interface PageOptions {
  /** `<html lang>`. @default "en" */
  lang?: string;
  /** Extra markup at the end of `<head>`. */
  head?: string;
  /** The body (blocked content goes here). */
  body?: string;
  /** `data-config` of the banner tag. @default "/consent.json" */
  configUrl?: string;
  /** Extra attributes of the banner's script tag, e.g. `nonce="{{nonce}}"`. */
  tagAttrs?: string;
}

/** An HTML page with the banner added the documented way (`defer`, config by URL). */
export function bannerPage(o: PageOptions = {}): string {
  return `<!doctype html><html lang="${o.lang ?? 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Test page</title>
<script src="/akkoord.js" data-config="${o.configUrl ?? '/consent.json'}" defer ${o.tagAttrs ?? ''}></script>
${o.head ?? ''}</head><body><h1>Test page</h1>${o.body ?? ''}</body></html>`;
}

/** A blocked inline script that records `name` when it runs. */
export function blockedInline(category: string, name: string, attrs = ''): string {
  return `<script type="text/plain" data-consent="${category}" ${attrs}>${ranScript(name)}</script>`;
}

/** A blocked `src` script (`/ran/<name>.js`) that records `name` when it runs. */
export function blockedSrc(category: string, name: string, attrs = ''): string {
  return `<script type="text/plain" data-consent="${category}" src="/ran/${name}.js" ${attrs}></script>`;
}

/** The first-layer or dialog button with `data-action="…"`. */
export function button(page: Page, action: 'accept-all' | 'reject-all' | 'preferences' | 'save'): Locator {
  return page.locator(`#akkoord-root [data-action="${action}"]`).first();
}

/**
 * The preferences dialog: a `<dialog>` or `role="dialog"` element inside the shadow root that
 * holds the save button (the first layer may itself be a non-modal dialog).
 */
export function dialog(page: Page): Locator {
  return page
    .locator('#akkoord-root dialog, #akkoord-root [role="dialog"]')
    .filter({ has: page.locator('[data-action="save"]') })
    .first();
}

/** A category's toggle in the dialog, found by its accessible name (checkbox or switch). */
export function toggle(page: Page, name: RegExp): Locator {
  return page.getByRole('checkbox', { name }).or(page.getByRole('switch', { name })).first();
}

/** Waits until the first layer can be used. */
export async function waitForBanner(page: Page): Promise<void> {
  await button(page, 'accept-all').waitFor({ state: 'visible', timeout: 10_000 });
}

/** Names recorded by the example scripts so far. */
export async function ran(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as TestWindow).__ran ?? [])]);
}

/** The banner's decision cookie (default name `akkoord`), if set. */
export async function decisionCookie(context: BrowserContext, name = 'akkoord') {
  return (await context.cookies()).find((c) => c.name === name);
}

/** Everything a page reports that a test may need to assert on. */
export interface PageWatch {
  console: { type: string; text: string }[];
  pageErrors: string[];
}

/** Collects console messages and uncaught page errors from now on. */
export function watch(page: Page): PageWatch {
  const w: PageWatch = { console: [], pageErrors: [] };
  page.on('console', (m) => w.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  return w;
}

/** Lets timers, loads and mutation observers settle, so "nothing ran" is not a race we won. */
export function settle(page: Page, ms = 600): Promise<void> {
  return page.waitForTimeout(ms);
}

/** Waits until the locator is hidden or gone (throws with Playwright's message after 5 s). */
export function gone(locator: Locator): Promise<void> {
  return locator.waitFor({ state: 'hidden', timeout: 5000 });
}
