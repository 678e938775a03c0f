// The banner on unfriendly pages: a strict nonce CSP, hostile host CSS, broken configuration.
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
  watch,
  type TestWindow,
} from '../helpers/banner-page.js';
import { useBrowser } from '../helpers/browser-suite.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';
import { ranScript } from '../helpers/test-server.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'nonce-{{nonce}}'; style-src 'nonce-{{nonce}}'; object-src 'none'; base-uri 'none'";

/** Records every CSP violation the page sees, from before any page script runs. */
const cspListener = `document.addEventListener('securitypolicyviolation', function (e) {
  (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
});`;

const strictPage = bannerPage({
  tagAttrs: 'nonce="{{nonce}}"',
  head: `<style nonce="{{nonce}}">body { font-family: serif }</style>`,
  body: `${blockedInline('analytics', 'inline', 'nonce="{{nonce}}"')}
<script type="text/plain" data-consent="analytics" src="/ran/src.js" nonce="{{nonce}}"></script>
<iframe title="video" data-consent="marketing:video" data-src="/frame/strict-frame.html"></iframe>
<script nonce="{{nonce}}">${ranScript('page')}</script>`,
});

const HOSTILE_CSS = `<style>
* { all: unset !important; color: transparent !important; }
button, [role="button"] { display: none !important; visibility: hidden !important; }
div, section, aside, dialog, form { display: none !important; opacity: 0 !important; }
body > * { position: static !important; transform: scale(0) !important; z-index: -1 !important; }
</style>`;

const brokenConfigs: Record<string, { body: string; type?: string; status?: number; field?: RegExp }> = {
  'missing file (404)': { body: 'not found', status: 404, type: 'text/plain' },
  'invalid JSON': { body: '{ "revision": 1, "categories": [ ', type: 'application/json' },
  'categories not a list': {
    body: JSON.stringify({ revision: 1, categories: 'analytics' }),
    type: 'application/json',
    field: /categories/,
  },
  'two required categories': {
    body: JSON.stringify({
      revision: 1,
      categories: [
        { id: 'a', required: true, title: 'A' },
        { id: 'b', required: true, title: 'B' },
      ],
    }),
    type: 'application/json',
    field: /required/,
  },
};

describe.runIf(browserAvailable())('robustness (Chromium)', () => {
  const s = useBrowser({
    '/consent.json': { body: JSON.stringify(testConfig()), type: 'application/json' },
    '/strict.html': { body: strictPage, headers: { 'Content-Security-Policy': STRICT_CSP } },
    '/hostile.html': {
      body: bannerPage({
        head: HOSTILE_CSS,
        body: `<p>Page text</p><button id="own">Own button</button>${blockedInline('analytics', 'stats')}`,
      }),
    },
    '/plain.html': { body: bannerPage({ body: '<button id="own">Own button</button>' }) },
  });

  test('strict nonce CSP: banner, dialog and gated scripts work with no violation', async () => {
    const { page } = await s.open({ initScript: cspListener });
    const w = watch(page);
    await page.goto(s.server.url('/strict.html'));
    await waitForBanner(page);
    await page.locator('[data-action="allow"]').first().waitFor({ state: 'visible', timeout: 5000 });
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    await button(page, 'save').click();
    await gone(dialog(page));
    await page.click('body'); // nothing else to do: reopen through the API and accept all
    await page.evaluate(() => (window as unknown as TestWindow).akkoord!.showPreferences());
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.evaluate(() => (window as unknown as { akkoord: { acceptAll(): void } }).akkoord.acceptAll());
    // The embed's placeholder (its own shadow host and styles) was on screen all along.
    await expect.poll(async () => [...(await ran(page))].sort(), { timeout: 5000 }).toEqual(['inline', 'page', 'src', 'strict-frame']);
    const order = await ran(page);
    expect(order[0]).toBe('page');
    expect(order.indexOf('inline')).toBeLessThan(order.indexOf('src'));
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as TestWindow).__csp ?? [])).toEqual([]);
    expect(w.console.filter((m) => /Content.Security.Policy|Refused to/i.test(m.text)).map((m) => m.text)).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });

  test('hostile host CSS does not hide or break the banner', async () => {
    const { context, page } = await s.open();
    await page.goto(s.server.url('/hostile.html'));
    await waitForBanner(page);
    const accept = button(page, 'accept-all');
    const box = await accept.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.width).toBeGreaterThan(40);
    expect(box!.height).toBeGreaterThan(20);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    const color = await accept.evaluate((el) => getComputedStyle(el).color);
    expect(color).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    // The banner is on top: the button is what a click at its centre hits.
    const hit = await page.evaluate(
      ([x, y]) => {
        const host = document.elementFromPoint(x, y);
        const inner = host?.shadowRoot?.elementFromPoint(x, y);
        return inner?.closest('[data-action]')?.getAttribute('data-action') ?? null;
      },
      [box!.x + box!.width / 2, box!.y + box!.height / 2],
    );
    expect(hit).toBe('accept-all');
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    await button(page, 'save').click();
    expect(await decisionCookie(context)).toBeDefined();
  });

  test("the banner's styles do not leak into the page", async () => {
    const { page } = await s.open();
    await page.route('**/akkoord.js', (r) => r.abort()); // first without the banner
    await page.goto(s.server.url('/plain.html'));
    const style = () =>
      page.evaluate(() => {
        const cs = getComputedStyle(document.getElementById('own')!);
        return [cs.font, cs.color, cs.backgroundColor, cs.padding, cs.border, cs.width, getComputedStyle(document.body).margin].join('|');
      });
    const without = await style();
    await page.unroute('**/akkoord.js');
    await page.reload();
    await waitForBanner(page);
    expect(await style()).toBe(without);
  });

  for (const [name, cfg] of Object.entries(brokenConfigs)) {
    test(`broken config (${name}): page keeps working, clear Akkoord error, nothing blocked runs`, async () => {
      const path = `/broken-${name.replace(/\W+/g, '-')}`;
      s.server.route(`${path}.json`, cfg);
      s.server.route(`${path}.html`, {
        body: bannerPage({
          configUrl: `${path}.json`,
          body: `${blockedInline('analytics', 'stats')}<script>${ranScript('page')}</script>`,
        }),
      });
      const { page } = await s.open();
      const w = watch(page);
      await page.goto(s.server.url(`${path}.html`));
      await page.waitForLoadState('load');
      await expect
        .poll(() => w.console.filter((m) => m.type === 'error' && /akkoord/i.test(m.text)).length, { timeout: 5000 })
        .toBeGreaterThan(0);
      await settle(page);
      expect(await ran(page)).toEqual(['page']);
      expect(w.pageErrors).toEqual([]);
      const errors = w.console
        .filter((m) => m.type === 'error' && /akkoord/i.test(m.text))
        .map((m) => m.text)
        .join('\n');
      if (cfg.field) expect(errors).toMatch(cfg.field);
      // Fail closed: even if a banner is shown, the API grants nothing optional.
      const granted = await page.evaluate(() => {
        const a = (window as unknown as TestWindow).akkoord;
        return a ? a.has('analytics') : false;
      });
      expect(granted).toBe(false);
    });
  }
});
