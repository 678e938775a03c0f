/**
 * The banner's German and French texts (not in akkoord.js; `akkoord banner-config` puts them in
 * consent.json's `texts`) have exactly the keys of English, the same {{variables}} in each
 * string, and no empty string: a missing key would show English in the middle of German, and a
 * lost {{organisation}} would drop the controller's name from the first layer.
 */
import { readFileSync } from 'node:fs';
import { resolveLanguage, type AkkoordConfig } from '@akkoord/core';
import { describe, expect, it } from 'vitest';
import { BUNDLED, textsFor } from '../src/texts.js';

const load = (lang: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../src/locales/${lang}/banner.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** `{ a: { b: "x" } }` → `{ "a.b": "x" }`. */
function flatten(o: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}
const vars = (s: unknown) => [...String(s).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('banner locales de and fr', () => {
  const en = flatten(load('en'));
  for (const lang of ['de', 'fr']) {
    const texts = flatten(load(lang));

    it(`${lang} has exactly the keys of en`, () => {
      expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort());
    });

    it(`${lang} keeps every {{variable}} of en, and only those`, () => {
      for (const key of Object.keys(en)) expect(vars(texts[key]), `${lang}: ${key}`).toEqual(vars(en[key]));
    });

    it(`${lang} has no empty or untranslated strings`, () => {
      for (const [key, value] of Object.entries(texts)) {
        expect(typeof value === 'string' && value.trim() !== '', `${lang}: ${key}`).toBe(true);
        // Equal to English is allowed only for words both languages share (e.g. "Marketing").
        if (value === en[key]) expect(String(value).split(/\s+/).length, `${lang}: ${key} looks untranslated`).toBeLessThanOrEqual(2);
      }
    });
  }
});

describe('de and fr through config.texts', () => {
  const config = { revision: 1, categories: [], texts: { de: load('de'), fr: load('fr') } } as unknown as AkkoordConfig;
  // The languages boot.ts offers: the bundled ones and those in config.texts.
  const available = [...Object.keys(BUNDLED), ...Object.keys(config.texts ?? {})];
  const env = (lang: string, browser: string[] = []) => ({ doc: { documentElement: { lang } } as Document, languages: () => browser });

  it('language "auto" picks German and French like Dutch and English', () => {
    expect(resolveLanguage('auto', available, env('de-AT'))).toBe('de');
    expect(resolveLanguage('auto', available, env('', ['fr-BE', 'nl']))).toBe('fr');
    expect(resolveLanguage('auto', available, env('nl'))).toBe('nl');
    // Without the texts in the config, German falls back to English.
    expect(resolveLanguage('auto', Object.keys(BUNDLED), env('de'))).toBe('en');
  });

  it('the texts for de are the German file, not English', () => {
    const de = textsFor(config, 'de');
    expect(de.banner.title).toBe((load('de')['banner'] as { title: string }).title);
    expect(de.banner.title).not.toBe(textsFor(config, 'en').banner.title);
  });
});
