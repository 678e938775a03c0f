// The script gate in a real browser: nothing blocked runs (or is even requested) before consent,
// accept runs every element exactly once and in document order, reject runs none and is stored.
import { describe, expect, test } from 'vitest';
import { bannerPage, blockedInline, button, decisionCookie, gone, ran, settle, testConfig, waitForBanner } from '../helpers/banner-page.js';
import { useBrowser } from '../helpers/browser-suite.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';
import { ranScript } from '../helpers/test-server.mjs';

/** Every kind of blocked element the gate must handle, with the names they record. */
const everyKind = bannerPage({
  body: `
${blockedInline('analytics', 'inline')}
<script type="text/plain" data-consent="analytics:stats" src="/ran/src.js"></script>
<script type="text/plain" data-consent="marketing" src="/ran/async.js" async></script>
<script type="text/plain" data-consent="analytics" src="/ran/defer.js" defer></script>
<script type="text/plain" data-consent="analytics" data-type="module" src="/ran/module-src.mjs"></script>
<script type="text/plain" data-consent="analytics" data-type="module">
  // import.meta is a syntax error in a classic script: this only records when run as a module.
  if (typeof import.meta === 'object') ${ranScript('module-inline')}
</script>
<iframe title="video" data-consent="marketing:video" data-src="/frame/iframe.html"></iframe>
<script>
  // A page script (not blocked) that adds a blocked script later, like a tag manager would.
  setTimeout(function () {
    var s = document.createElement('script');
    s.type = 'text/plain';
    s.setAttribute('data-consent', 'analytics');
    s.textContent = ${JSON.stringify(ranScript('inserted-later'))};
    document.body.appendChild(s);
  }, 150);
</script>`,
});
const KINDS = ['inline', 'src', 'async', 'defer', 'module-src', 'module-inline', 'iframe', 'inserted-later'];
const FETCHED = ['/ran/src.js', '/ran/async.js', '/ran/defer.js', '/ran/module-src.mjs', '/frame/iframe.html'];

/** Classic scripts, one of them slow to load: order must still be document order. */
const ordered = bannerPage({
  body: `
${blockedInline('analytics', 'a')}
<script type="text/plain" data-consent="analytics" src="/ran/b.js?delay=400"></script>
${blockedInline('marketing', 'c')}
<script type="text/plain" data-consent="analytics" src="/ran/d.js"></script>
${blockedInline('analytics:stats', 'e')}`,
});

/** An embed with its in-place placeholder, beside a script of another service of the same category. */
const embed = (lang: string) =>
  bannerPage({
    lang,
    body: `<iframe title="Baking film" data-consent="marketing:video" data-src="/frame/embed.html"></iframe>
${blockedInline('marketing:pixel', 'pixel')}`,
  });

describe.runIf(browserAvailable())('script gate (Chromium)', () => {
  const s = useBrowser({
    '/consent.json': { body: JSON.stringify(testConfig()), type: 'application/json' },
    '/every-kind.html': { body: everyKind },
    '/ordered.html': { body: ordered },
    '/embed-en.html': { body: embed('en') },
    '/embed-nl.html': { body: embed('nl') },
    '/embed-typo.html': {
      body: bannerPage({ body: `<iframe title="Baking film" data-consent="marketing:vidoe" data-src="/frame/typo.html"></iframe>` }),
    },
  });

  test('an embed whose data-consent names no configured service gets no allow button (it would throw); its category still lets it run', async () => {
    const { page } = await s.open();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(s.server.url('/embed-typo.html'));
    await waitForBanner(page);
    const placeholder = page.locator('.placeholder');
    await placeholder.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await placeholder.textContent()).toContain('marketing:vidoe');
    expect(await page.locator('[data-action="allow"]').count()).toBe(0);
    await settle(page);
    expect(s.server.requests).not.toContain('/frame/typo.html');
    await button(page, 'accept-all').click();
    await expect.poll(() => s.server.requests, { timeout: 5000 }).toContain('/frame/typo.html');
    expect(errors).toEqual([]);
  });

  test('no blocked script or embed runs, or is even requested, before consent', async () => {
    const { page } = await s.open();
    const mark = s.server.requests.length;
    await page.goto(s.server.url('/every-kind.html'));
    await waitForBanner(page);
    await settle(page, 800); // the late insertion at 150 ms has happened
    expect(await ran(page)).toEqual([]);
    const fetched = s.server.requests.slice(mark).filter((p) => FETCHED.some((f) => p.startsWith(f)));
    expect(fetched).toEqual([]);
  });

  test('accept runs every kind exactly once, also after a reload with the stored decision', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/every-kind.html'));
    await waitForBanner(page);
    await settle(page, 300);
    await button(page, 'accept-all').click();
    await expect.poll(async () => (await ran(page)).length, { timeout: 5000 }).toBeGreaterThanOrEqual(KINDS.length);
    await settle(page);
    expect([...(await ran(page))].sort()).toEqual([...KINDS].sort());

    await page.reload();
    await expect.poll(async () => (await ran(page)).length, { timeout: 5000 }).toBeGreaterThanOrEqual(KINDS.length);
    await settle(page);
    expect([...(await ran(page))].sort()).toEqual([...KINDS].sort());
    await gone(button(page, 'accept-all'));
  });

  test('accept runs classic scripts in document order, waiting for a slow src', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/ordered.html'));
    await waitForBanner(page);
    await button(page, 'accept-all').click();
    await expect.poll(() => ran(page), { timeout: 5000 }).toHaveLength(5);
    await settle(page);
    expect(await ran(page)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('a blocked script inserted after consent runs at once', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/ordered.html'));
    await waitForBanner(page);
    await button(page, 'accept-all').click();
    await expect.poll(() => ran(page), { timeout: 5000 }).toHaveLength(5);
    await page.evaluate((code) => {
      const el = document.createElement('script');
      el.type = 'text/plain';
      el.setAttribute('data-consent', 'analytics');
      el.textContent = code;
      document.body.appendChild(el);
    }, ranScript('after-consent'));
    await expect.poll(() => ran(page), { timeout: 5000 }).toContain('after-consent');
    await settle(page);
    expect((await ran(page)).filter((n) => n === 'after-consent')).toHaveLength(1);
  });

  test('reject runs nothing, stores the decision and is remembered after a reload', async () => {
    const { context, page } = await s.open();
    const mark = s.server.requests.length;
    await page.goto(s.server.url('/every-kind.html'));
    await waitForBanner(page);
    await button(page, 'reject-all').click();
    await gone(button(page, 'accept-all'));
    await settle(page, 800);
    expect(await ran(page)).toEqual([]);
    expect(await decisionCookie(context)).toBeDefined();

    await page.reload();
    await page.waitForLoadState('load');
    await settle(page, 800);
    await gone(button(page, 'accept-all'));
    expect(await ran(page)).toEqual([]);
    const fetched = s.server.requests.slice(mark).filter((p) => FETCHED.some((f) => p.startsWith(f)));
    expect(fetched).toEqual([]);
  });

  test('a blocked embed shows a localized placeholder that allows just that service in place', async () => {
    const { page } = await s.open();
    const placeholderText = async (path: string) => {
      await page.goto(s.server.url(path));
      const allow = page.locator('[data-action="allow"]').first();
      await allow.waitFor({ state: 'visible', timeout: 10_000 });
      return allow.evaluate((b) => (b.getRootNode() as ShadowRoot).textContent ?? '');
    };
    const nl = await placeholderText('/embed-nl.html');
    const mark = s.server.requests.length;
    const en = await placeholderText('/embed-en.html');
    expect(nl.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(nl).not.toBe(en);
    await settle(page);
    expect(s.server.requests.slice(mark)).not.toContain('/frame/embed.html');

    await page.locator('[data-action="allow"]').first().click();
    await expect.poll(() => ran(page), { timeout: 5000 }).toContain('embed');
    await settle(page);
    const has = await page.evaluate(() => {
      const a = (window as unknown as { akkoord: { has(w: string): boolean } }).akkoord;
      return { video: a.has('marketing:video'), pixel: a.has('marketing:pixel') };
    });
    expect(has).toEqual({ video: true, pixel: false });
    expect(await ran(page)).toEqual(['embed']);
    expect(await page.locator('[data-action="allow"]').count()).toBe(0);
  });
});
