// The Google recipes of docs/integrations.md (issue 14), run as written in Chromium, with local
// stand-ins for gtag.js and gtm.js that record what `dataLayer` holds when they load: the blocked
// GA4 tags load only after consent and see the consent state first; in the "always loaded"
// setups the consent default is in `dataLayer` before Google's code or commands.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../helpers/browser-suite.js';
import { button, settle, waitForBanner } from '../helpers/banner-page.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(join(root, 'docs/integrations.md'), 'utf8');

/** The first fenced block of `lang` after `heading`. */
function blockAfter(heading: string, lang: string): string {
  const at = doc.indexOf(heading);
  if (at < 0) throw new Error(`docs/integrations.md has no heading "${heading}"`);
  const m = new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'm').exec(doc.slice(at));
  if (!m) throw new Error(`docs/integrations.md has no ${lang} block after "${heading}"`);
  return m[1]!;
}

const ga4Config = blockAfter('## Google Analytics 4 with gtag.js', 'json');
const gtmConfig = blockAfter('## Google Tag Manager', 'json');
/** What a stand-in records: `dataLayer` as it is when the script runs, `arguments` as arrays. */
const snapshot = (name: string) =>
  `window.__saw = window.__saw || {}; window.__saw[${JSON.stringify(name)}] = (window.dataLayer || []).map(function (e) {
    return Object.prototype.toString.call(e) == '[object Arguments]' ? Array.prototype.slice.call(e) : e; });`;

/** The doc's `<head>` as a page: Google's URLs point at the stand-ins, `[ … ]` configs are filled in. */
function page(head: string, config: string): string {
  const inline = head
    .replace(/\{ "revision": 1, "organisation": "Bakkerij De Korenschoof", "categories": \[ … \] \}/, config)
    .replace(/https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-X+/g, '/stub/gtag.js')
    .replace(/https:\/\/www\.googletagmanager\.com\/gtm\.js\?id=GTM-X+/g, '/stub/gtm.js');
  if (inline.includes('googletagmanager.com') || inline.includes('…')) throw new Error(`a recipe was not fully replaced:\n${inline}`);
  return `<!doctype html><html lang="en">${inline}<body><h1>Shop</h1></body></html>`;
}

const saw = (p: Page, name: string) =>
  p.evaluate((n) => (window as unknown as { __saw?: Record<string, unknown[]> }).__saw?.[n] ?? null, name);
const consent = (entries: unknown[] | null, kind: string) =>
  (entries ?? []).findIndex((e) => Array.isArray(e) && e[0] === 'consent' && e[1] === kind);
const command = (entries: unknown[] | null, name: string) => (entries ?? []).findIndex((e) => Array.isArray(e) && e[0] === name);

describe.runIf(browserAvailable())('docs/integrations.md Google recipes (Chromium)', () => {
  const s = useBrowser({
    '/consent.json': { body: ga4Config, type: 'application/json' },
    '/stub/gtag.js': { body: snapshot('gtag'), type: 'text/javascript' },
    '/stub/gtm.js': { body: snapshot('gtm'), type: 'text/javascript' },
    '/ga4-blocked.html': { body: page(blockAfter('### The tags: blocked until consent', 'html'), ga4Config) },
    '/ga4-advanced.html': { body: page(blockAfter('### The tags: always loaded', 'html'), ga4Config) },
    // The mistake the doc warns about: the advanced setup with the config fetched and `defer`.
    '/ga4-advanced-wrong.html': {
      body: page(
        blockAfter('### The tags: always loaded', 'html').replace(
          /<script type="application\/json" data-akkoord-config>[\s\S]*?<script src="\/akkoord.js"><\/script>/,
          '<script src="/akkoord.js" data-config="/consent.json" defer></script>',
        ),
        ga4Config,
      ),
    },
    '/gtm-loaded.html': { body: page(blockAfter('### Choice 1: the container always loads', 'html'), gtmConfig) },
    '/gtm-blocked.html': { body: page(blockAfter('### Choice 2: the container itself is blocked', 'html'), gtmConfig) },
  });

  test('GA4 blocked: nothing from Google before consent; after it, gtag.js sees default, update, then its own commands', async () => {
    const { page: p } = await s.open();
    await p.goto(s.server.url('/ga4-blocked.html'));
    await waitForBanner(p);
    await settle(p);
    expect(s.server.requests.filter((r) => r.startsWith('/stub/'))).toEqual([]);
    await button(p, 'accept-all').click();
    await expect.poll(() => saw(p, 'gtag'), { timeout: 5000 }).not.toBeNull();
    const layer = await p.evaluate(() =>
      (window as unknown as { dataLayer: IArguments[] }).dataLayer.map((e) => Array.prototype.slice.call(e)),
    );
    expect(layer.map((e) => e.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['consent', 'update'],
      ['js', layer[2]![1]],
      ['config', 'G-XXXXXXXXXX'],
    ]);
    expect(layer[1]![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });

  test('GA4 always loaded: the consent default is in dataLayer before the gtag commands and gtag.js', async () => {
    const { page: p } = await s.open();
    await p.goto(s.server.url('/ga4-advanced.html'));
    await expect.poll(() => saw(p, 'gtag'), { timeout: 5000 }).not.toBeNull();
    const entries = await saw(p, 'gtag');
    expect(consent(entries, 'default')).toBe(0);
    expect(command(entries, 'config')).toBeGreaterThan(0);
    expect((entries![0] as unknown[])[2]).toMatchObject({ analytics_storage: 'denied', security_storage: 'granted' });
  });

  test('GA4 always loaded with a fetched config and defer (the doc calls it wrong): the config command comes first', async () => {
    const { page: p } = await s.open();
    await p.goto(s.server.url('/ga4-advanced-wrong.html'));
    await waitForBanner(p);
    const layer = await p.evaluate(() =>
      (window as unknown as { dataLayer: IArguments[] }).dataLayer.map((e) => Array.prototype.slice.call(e)),
    );
    expect(command(layer, 'config')).toBeGreaterThanOrEqual(0);
    expect(consent(layer, 'default')).toBeGreaterThan(command(layer, 'config'));
  });

  test('Tag Manager always loaded: default before the container; the akkoord_consent event after the update', async () => {
    const { page: p } = await s.open();
    await p.goto(s.server.url('/gtm-loaded.html'));
    await expect.poll(() => saw(p, 'gtm'), { timeout: 5000 }).not.toBeNull();
    const first = await saw(p, 'gtm');
    expect(consent(first, 'default')).toBe(0);
    expect((first ?? []).findIndex((e) => (e as { event?: string }).event === 'gtm.js')).toBeGreaterThan(0);

    await waitForBanner(p);
    await button(p, 'accept-all').click();
    const after = await p.evaluate(() =>
      (window as unknown as { dataLayer: unknown[] }).dataLayer.map((e) =>
        Object.prototype.toString.call(e) == '[object Arguments]' ? Array.prototype.slice.call(e as IArguments) : e,
      ),
    );
    const update = consent(after, 'update');
    const event = after.findIndex((e) => (e as { event?: string }).event === 'akkoord_consent');
    expect(update).toBeGreaterThan(0);
    expect(event).toBeGreaterThan(update);
    expect((after[update] as unknown[])[2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' });
  });

  test('Tag Manager blocked: the container starts only after consent for analytics, with the update before it', async () => {
    const { page: p } = await s.open();
    await p.goto(s.server.url('/gtm-blocked.html'));
    await waitForBanner(p);
    await settle(p);
    expect(await saw(p, 'gtm')).toBeNull();
    await button(p, 'accept-all').click();
    await expect.poll(() => saw(p, 'gtm'), { timeout: 5000 }).not.toBeNull();
    const entries = await saw(p, 'gtm');
    expect(consent(entries, 'update')).toBeGreaterThan(consent(entries, 'default'));
    expect((entries ?? []).findIndex((e) => (e as { event?: string }).event === 'gtm.js')).toBeGreaterThan(consent(entries, 'update'));
  });
});
