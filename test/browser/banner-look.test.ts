// How the banner behaves beside the page, item by item of issue 13's "looks and behaves like a
// mature banner": the first layer leaves focus alone, the dialog has a close button, keeps the
// page behind it still and its choices in view over a long list on a phone, the three choices
// are laid out as equals, switching moves nothing, and an embed's placeholder holds its size.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AkkoordConfig } from '@akkoord/core';
import { bannerPage, button, decisionCookie, dialog, gone, ran, settle, testConfig, waitForBanner } from '../helpers/banner-page.js';
import { useBrowser } from '../helpers/browser-suite.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';

/** A config with long lists: five services of three cookies each, with long names, per category. */
function longConfig(): AkkoordConfig {
  const services = (cat: string) =>
    ['one', 'two', 'three', 'four', 'five'].map((id) => ({
      id,
      name: `${cat} service ${id}`,
      description: { en: 'What this service does for the site, in a sentence of ordinary length.' },
      privacyUrl: 'https://example.com/privacy',
      cookies: [0, 1, 2].map((i) => ({ name: `_${cat}_${id}_a_cookie_name_without_any_space_${i}`, duration: { en: '13 months' } })),
    }));
  const base = testConfig();
  return { ...base, categories: base.categories.map((c) => (c.required ? c : { ...c, services: services(c.id) })) };
}

/** The page's `window.__<name>` values, read in the next frame. */
const atNextFrame = (page: Page, ...names: string[]) =>
  page.evaluate(
    (ns) =>
      new Promise<number[]>((r) => requestAnimationFrame(() => r(ns.map((n) => (window as unknown as Record<string, number>)[`__${n}`]!)))),
    names,
  );

const text = '<p>Some text of the page. <a href="/elsewhere">A page link</a></p>'.repeat(40);

/** Every layout and position a site can choose. */
const LOOKS = [
  ['box', 'bottom'],
  ['box', 'bottom-left'],
  ['box', 'bottom-right'],
  ['box', 'middle'],
  ['bar', 'bottom'],
] as const;

/** The boxes of the three choices of the layer on screen. */
async function choiceBoxes(page: Page, third: 'preferences' | 'save') {
  return Promise.all(['accept-all', 'reject-all', third].map(async (a) => (await button(page, a as 'save').boundingBox())!));
}

describe.runIf(browserAvailable())('looks and behaves like a mature banner (Chromium)', () => {
  const s = useBrowser({
    '/consent.json': { body: JSON.stringify(testConfig()), type: 'application/json' },
    '/long.json': { body: JSON.stringify(longConfig()), type: 'application/json' },
    '/page.html': { body: bannerPage({ body: text }) },
    '/long.html': { body: bannerPage({ body: text, configUrl: '/long.json' }) },
    ...Object.fromEntries(
      LOOKS.flatMap(([layout, position]) => [
        [`/look-${layout}-${position}.json`, { body: JSON.stringify({ ...testConfig(), layout, position }), type: 'application/json' }],
        [`/look-${layout}-${position}.html`, { body: bannerPage({ body: text, configUrl: `/look-${layout}-${position}.json` }) }],
      ]),
    ),
    '/themed.html': {
      body: bannerPage({
        body: `<iframe title="Baking film" width="560" height="315" data-consent="marketing:video" data-src="/frame/video.html"></iframe>${text}`,
        head: `<style>:root{--akkoord-radius:0;--akkoord-shadow:none;--akkoord-border:2px solid rgb(255, 0, 0);--akkoord-font-size:20px;--akkoord-outline:4px dotted rgb(0, 128, 0);--akkoord-placeholder-border:3px solid rgb(0, 0, 255)}</style>`,
      }),
    },
    // The page's own font, set on <body> with !important by a rule that also tries to reach the banner's host.
    '/page-font.html': {
      body: bannerPage({
        body: `<iframe title="Baking film" width="560" height="315" data-consent="marketing:video" data-src="/frame/video.html"></iframe>${text}`,
        head: '<style>body{font-family:"Bench Sans",monospace}div{font-size:40px!important;line-height:9!important}</style>',
      }),
    },
    '/own-font.html': {
      body: bannerPage({ body: text, head: '<style>body{font-family:"Bench Sans",monospace}:root{--akkoord-font:Georgia,serif}</style>' }),
    },
    // akkoord.js runs in <head> before a stylesheet that holds the page's first paint back.
    '/paint-first.html': {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Paint first</title>
<script>new MutationObserver(() => { if (!window.__host && document.getElementById('akkoord-root')) window.__host = performance.now(); }).observe(document.documentElement, { childList: true, subtree: true });
requestAnimationFrame(() => { window.__frame = performance.now(); });</script>
<script type="application/json" data-akkoord-config>${JSON.stringify(testConfig())}</script><script src="/akkoord.js"></script>
<link rel="stylesheet" href="/slow.css"></head><body><h1>Fresh bread</h1>${text}</body></html>`,
    },
    // The same with the config fetched (data-config): when it arrives the page has not painted yet.
    '/paint-first-fetch.html': {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Paint first</title>
<script>window.gtag = function () { if (!window.__cm) window.__cm = performance.now(); };
requestAnimationFrame(() => { window.__frame = performance.now(); });</script>
<script src="/akkoord.js" data-config="/consent.json"></script>
<link rel="stylesheet" href="/slow.css"></head><body><h1>Fresh bread</h1>${text}</body></html>`,
    },
    '/slow.css': { body: 'h1{color:#363}', type: 'text/css', delay: 600 },
    '/slow-embed.html': {
      body: bannerPage({
        head: `<style>iframe:not([hidden]){display:block;border:0}</style><script>
          window.shifts = [];
          new PerformanceObserver((l) => { for (const e of l.getEntries()) window.shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });
        </script>`,
        body: `<p>Before</p><iframe title="Baking film" width="560" height="315" data-consent="marketing:video" data-src="/frame/slow.html?delay=1500"></iframe><p id="after">After</p>`,
      }),
    },
    '/embed.html': {
      body: bannerPage({
        // As sites show embeds: a block without a frame (not over [hidden], which the gate sets).
        head: '<style>iframe:not([hidden]){display:block;border:0}</style>',
        body: `<p>Before</p><iframe title="Baking film" width="560" height="315" data-consent="marketing:video" data-src="/frame/video.html"></iframe><p id="after">After</p>`,
      }),
    },
  });

  test('the first layer takes no focus (and shows no focus ring); the first Tab from the top of the page reaches it', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await settle(page, 300); // past the frames after mounting, where it used to take focus
    const state = () =>
      page.evaluate(() => {
        const host = document.getElementById('akkoord-root')!;
        const inner = host.shadowRoot!.activeElement as HTMLElement | null;
        return {
          page: document.activeElement == document.body,
          ring: !!host.shadowRoot!.querySelector(':focus-visible') || !!document.querySelector(':focus-visible'),
          inner: inner && (inner.getAttribute('data-action') ?? inner.localName),
        };
      });
    expect(await state()).toEqual({ page: true, ring: false, inner: null });
    await page.keyboard.press('Tab');
    // The banner's first control (its privacy-statement link), before any link of the page.
    expect(await state()).toEqual({ page: false, ring: true, inner: 'a' });
  });

  test('the dialog has a named close button that leaves without a choice and puts focus back on the first layer', async () => {
    const { context, page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    await page.getByRole('button', { name: 'Close' }).click();
    await gone(dialog(page));
    await waitForBanner(page);
    const focus = await page.evaluate(() =>
      document.getElementById('akkoord-root')!.shadowRoot!.activeElement?.getAttribute('data-action'),
    );
    expect(focus).toBe('preferences');
    expect(await decisionCookie(context)).toBeUndefined();
  });

  test('the page behind the dialog does not scroll, and scrolls again once it is closed', async () => {
    const { page } = await s.open({ viewport: { width: 1280, height: 600 } });
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await page.evaluate(() => scrollTo(0, 200));
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    await page.mouse.move(20, 300); // over the dimmed page, beside the dialog
    await page.mouse.wheel(0, 600);
    await settle(page, 300);
    expect(await page.evaluate(() => scrollY)).toBe(200);
    await page.keyboard.press('Escape');
    await gone(dialog(page));
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 3000 }).toBeGreaterThan(200);
  });

  test('long lists on a 390 px phone: the choices stay in view while the list scrolls, nothing sticks out', async () => {
    const { page } = await s.open({ viewport: { width: 390, height: 700 } });
    await page.goto(s.server.url('/long.html'));
    await waitForBanner(page);
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    await page.locator('#akkoord-root details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const list = page.locator('#akkoord-root .scroll');
    const sizes = await list.evaluate((el) => ({
      scroll: el.scrollHeight,
      client: el.clientHeight,
      wide: el.scrollWidth - el.clientWidth,
    }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client * 3); // a long list indeed
    expect(sizes.wide).toBeLessThanOrEqual(0); // long cookie names wrap
    const box = (await dialog(page).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const before = await choiceBoxes(page, 'save');
    for (const b of before) expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height);
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.mouse.move(195, 300);
    await page.mouse.wheel(0, -400);
    await settle(page, 300);
    expect(await list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await choiceBoxes(page, 'save')).toEqual(before);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  });

  for (const width of [390, 1280])
    test(`the three choices are equals at ${width} px: one row or stacked, never two and one`, async () => {
      const { page } = await s.open({ viewport: { width, height: 800 } });
      await page.goto(s.server.url('/page.html'));
      await waitForBanner(page);
      for (const third of ['preferences', 'save'] as const) {
        if (third == 'save') {
          await button(page, 'preferences').click();
          await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
        }
        const boxes = await choiceBoxes(page, third);
        const same = (k: 'x' | 'y' | 'width' | 'height') => boxes.every((b) => Math.abs(b[k] - boxes[0]![k]) <= 1);
        expect(same('width') && same('height'), `${third}: same size`).toBe(true);
        // Stacked on a phone, one row where all three fit.
        expect(same(width == 390 ? 'x' : 'y'), `${third}: ${width == 390 ? 'stacked' : 'one row'}`).toBe(true);
      }
    });

  for (const width of [390, 1280])
    test(`every layout and position sits where it says at ${width} px, inside the window, with three equal choices`, async () => {
      const { page } = await s.open({ viewport: { width, height: 800 } });
      const em = 16;
      for (const [layout, position] of LOOKS) {
        const name = `${layout} ${position}`;
        await page.goto(s.server.url(`/look-${layout}-${position}.html`));
        await waitForBanner(page);
        const box = await page.evaluate(() => {
          const el = document.getElementById('akkoord-root')!.shadowRoot!.querySelector('.banner')!;
          const r = el.getBoundingClientRect();
          return {
            left: r.left,
            right: innerWidth - r.right,
            top: r.top,
            bottom: innerHeight - r.bottom,
            width: r.width,
            radius: getComputedStyle(el).borderTopLeftRadius,
          };
        });
        for (const side of ['left', 'right', 'top', 'bottom'] as const)
          expect(box[side], `${name}: inside, ${side}`).toBeGreaterThanOrEqual(0);
        if (layout == 'bar') {
          expect([box.left, box.right, box.bottom, box.radius], name).toEqual([0, 0, 0, '0px']);
        } else {
          expect(Math.abs(box.bottom - (position == 'middle' ? box.top : em / 2)), `${name}: vertical place`).toBeLessThanOrEqual(1);
          const narrow = position == 'bottom-left' || position == 'bottom-right';
          expect(box.width, `${name}: width`).toBeLessThanOrEqual((narrow ? 24 : 44) * em + 1);
          if (position == 'bottom-left') expect(box.left, name).toBe(em / 2);
          else if (position == 'bottom-right') expect(box.right, name).toBe(em / 2);
          else expect(Math.abs(box.left - box.right), `${name}: centred`).toBeLessThanOrEqual(1);
        }
        const boxes = await choiceBoxes(page, 'preferences');
        const same = (k: 'x' | 'y' | 'width' | 'height') => boxes.every((b) => Math.abs(b[k] - boxes[0]![k]) <= 1);
        expect(same('width') && same('height') && (same('x') || same('y')), `${name}: equal choices`).toBe(true);
      }
    });

  test('the theming variables reach the first layer, the buttons, the focus ring and the placeholder', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/themed.html'));
    await waitForBanner(page);
    const look = await page.evaluate(() => {
      const root = document.getElementById('akkoord-root')!.shadowRoot!;
      const banner = getComputedStyle(root.querySelector('.banner')!);
      const b = getComputedStyle(root.querySelector('button')!);
      return [
        banner.borderTopLeftRadius,
        banner.boxShadow,
        banner.borderTopWidth,
        banner.borderTopColor,
        banner.fontSize,
        b.borderTopLeftRadius,
      ];
    });
    expect(look).toEqual(['0px', 'none', '2px', 'rgb(255, 0, 0)', '20px', '0px']);
    const placeholder = page.locator('.placeholder');
    await placeholder.waitFor({ state: 'visible', timeout: 5000 });
    expect(await placeholder.evaluate((el) => [getComputedStyle(el).borderTopStyle, getComputedStyle(el).borderTopWidth])).toEqual([
      'solid',
      '3px',
    ]);
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.getElementById('akkoord-root')!.shadowRoot!.activeElement!;
      const st = getComputedStyle(el);
      return [st.outlineStyle, st.outlineWidth, st.outlineColor];
    });
    expect(ring).toEqual(['dotted', '4px', 'rgb(0, 128, 0)']);
  });

  test("the banner and an embed's placeholder are set in the page's own font, at their own size, unless --akkoord-font names another", async () => {
    const { page } = await s.open();
    const fonts = () =>
      page.evaluate(() => {
        const root = document.getElementById('akkoord-root')!.shadowRoot!;
        const st = (el: Element | null) =>
          el && [getComputedStyle(el).fontFamily, getComputedStyle(el).fontSize, getComputedStyle(el).lineHeight];
        const ph = document.querySelector('iframe[data-consent]')?.previousElementSibling;
        return {
          banner: st(root.querySelector('.banner')),
          button: st(root.querySelector('button')),
          placeholder: st(ph?.shadowRoot?.querySelector('.placeholder') ?? null),
        };
      });
    await page.goto(s.server.url('/page-font.html'));
    await waitForBanner(page);
    await page.locator('.placeholder').waitFor({ state: 'visible', timeout: 5000 });
    // No new font faces to load and lay out (docs/banner-speed.md), and the banner looks part of the site.
    expect(await fonts()).toEqual({
      banner: ['"Bench Sans", monospace', '16px', '24px'],
      button: ['"Bench Sans", monospace', '16px', '24px'],
      placeholder: ['"Bench Sans", monospace', '16px', '24px'],
    });
    await page.goto(s.server.url('/own-font.html'));
    await waitForBanner(page);
    expect((await fonts()).banner).toEqual(['Georgia, serif', '16px', '24px']);
  });

  test("the first layer waits for the page's first paint, so the page's own content is not held up by the banner", async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/paint-first.html'));
    await waitForBanner(page);
    // The paint entry is reported when the frame is presented, which can be after the banner shows.
    await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0);
    const { host, frame, paint } = await page.evaluate(() => ({
      host: (window as unknown as { __host: number }).__host,
      frame: (window as unknown as { __frame: number }).__frame,
      paint: performance.getEntriesByName('first-paint')[0]!.startTime,
    }));
    // The stylesheet holds the first frame back by 600 ms (its paint is reported when the frame
    // is presented, a few ms after the main thread's part); the banner's host came after that frame.
    expect(frame).toBeGreaterThan(500);
    expect(paint).toBeGreaterThanOrEqual(frame);
    expect(host).toBeGreaterThan(frame);
    // With a decision there is no first layer to hold back: nothing waits for the paint, so the
    // granted tags are not held up either.
    await button(page, 'accept-all').click();
    await page.reload();
    const again = await atNextFrame(page, 'host', 'frame');
    expect(again[1]).toBeGreaterThan(500);
    expect(again[0]).toBeLessThan(again[1]!);
  });

  test("with a fetched config, nothing of Akkoord's but its script runs before the page's first paint (first visit and returning visitor)", async () => {
    const { page } = await s.open();
    const times = () => atNextFrame(page, 'cm', 'frame');
    await page.goto(s.server.url('/paint-first-fetch.html'));
    await waitForBanner(page);
    // The config arrives long before the stylesheet lets the page paint (600 ms); its check, the
    // cookie read and the Consent Mode default (the first thing after them) wait for that paint.
    let [cm, frame] = await times();
    expect(frame).toBeGreaterThan(500);
    expect(cm).toBeGreaterThan(frame!);
    await button(page, 'accept-all').click();
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __cm?: number }).__cm);
    [cm, frame] = await times();
    expect(frame).toBeGreaterThan(500);
    expect(cm).toBeGreaterThan(frame!);
  });

  test('in a hidden tab a fetched config does not wait for a paint that will not come before the tab is shown', async () => {
    // The page is shown, but reports itself hidden as a background tab does.
    const { page } = await s.open({ initScript: "Object.defineProperty(document, 'hidden', { get: () => true });" });
    await page.goto(s.server.url('/paint-first-fetch.html'));
    await page.waitForFunction(() => (window as unknown as { __frame?: number }).__frame);
    const [cm, frame] = await atNextFrame(page, 'cm', 'frame');
    expect(cm).toBeGreaterThan(0);
    expect(cm).toBeLessThan(frame!);
  });

  test('in forced colours (Windows high contrast), where backgrounds are replaced, the switches are native checkboxes again', async () => {
    const { page } = await s.open();
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    const look = () => page.getByRole('switch', { name: 'Statistics' }).evaluate((el) => getComputedStyle(el).appearance);
    expect(await look()).toBe('none');
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await look()).toBe('auto');
  });

  test('switching moves nothing: the dialog and its rows keep their boxes', async () => {
    const { page } = await s.open({ viewport: { width: 390, height: 800 } });
    await page.goto(s.server.url('/page.html'));
    await waitForBanner(page);
    await button(page, 'preferences').click();
    await dialog(page).waitFor({ state: 'visible', timeout: 5000 });
    await page.locator('#akkoord-root summary').nth(1).click(); // marketing's two services
    const boxes = () =>
      page.evaluate(() =>
        [...document.getElementById('akkoord-root')!.shadowRoot!.querySelectorAll('.dialog, label, input, summary')].map((el) => {
          const r = el.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height];
        }),
      );
    const before = await boxes();
    await page.getByRole('switch', { name: 'Video' }).click(); // marketing becomes mixed
    await page.getByRole('switch', { name: 'Statistics' }).click();
    await page.getByRole('checkbox', { name: 'Marketing' }).click(); // all of marketing
    expect(await boxes()).toEqual(before);
  });

  test('nothing moves while a slow embed loads: the placeholder gives way as the iframe appears, not when it has loaded', async () => {
    const { page } = await s.open({ viewport: { width: 1280, height: 800 } });
    await page.goto(s.server.url('/slow-embed.html'));
    await waitForBanner(page);
    await page.locator('.placeholder').waitFor({ state: 'visible', timeout: 5000 });
    const after = () => page.locator('#after').boundingBox();
    const before = await after();
    await page.locator('[data-action="allow"]').click();
    // While the embed is held back by the server (1.5 s), then once it has loaded.
    await settle(page, 300);
    expect(await page.locator('.placeholder').count()).toBe(0);
    expect(await after()).toEqual(before);
    await expect.poll(() => ran(page), { timeout: 5000 }).toContain('slow');
    expect(await after()).toEqual(before);
    // Every shift, also those the browser excuses as following an input: none.
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });

  for (const width of [390, 1280])
    test(`an embed's placeholder holds the size its iframe declares at ${width} px: nothing moves when it loads`, async () => {
      const { page } = await s.open({ viewport: { width, height: 800 } });
      await page.goto(s.server.url('/embed.html'));
      await waitForBanner(page);
      const placeholder = page.locator('.placeholder');
      await placeholder.waitFor({ state: 'visible', timeout: 5000 });
      const box = (await placeholder.boundingBox())!;
      const room = await page.evaluate(() => document.body.clientWidth);
      const w = Math.min(560, room);
      expect(Math.abs(box.width - w)).toBeLessThanOrEqual(1);
      expect(Math.abs(box.height - (w * 315) / 560)).toBeLessThanOrEqual(1);
      const after = await page.locator('#after').boundingBox();
      await button(page, 'accept-all').click();
      await page.locator('iframe').waitFor({ state: 'visible', timeout: 5000 });
      await expect.poll(async () => (await page.locator('iframe').boundingBox())?.height, { timeout: 5000 }).toBe(315);
      await expect.poll(() => placeholder.count(), { timeout: 5000 }).toBe(0);
      if (width > 560) expect(await page.locator('#after').boundingBox()).toEqual(after);
    });
});
