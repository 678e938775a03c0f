import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED, merge, pick, textsFor, translator } from '../src/texts.js';
import type { AkkoordConfig } from '@akkoord/core';

const SRC = new URL('../src/', import.meta.url);
/** The banner's source code, where every text key is written out in full. */
const source = readdirSync(SRC)
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => readFileSync(new URL(f, SRC), 'utf8'))
  .join('\n');

const keys = (o: unknown, prefix = ''): string[] =>
  Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => (v && typeof v == 'object' ? keys(v, prefix + k + '.') : [prefix + k]));

describe('banner texts', () => {
  it('ships Dutch and English with the same keys and no empty strings', () => {
    expect(keys(BUNDLED.nl).sort()).toEqual(keys(BUNDLED.en).sort());
    for (const lang of ['nl', 'en']) {
      for (const k of keys(BUNDLED[lang])) {
        const v = k.split('.').reduce<any>((o, p) => o[p], BUNDLED[lang]);
        expect(typeof v == 'string' && v.trim().length > 0, `${lang}:${k}`).toBe(true);
      }
    }
  });

  it('writes every key out where it is used, and uses every key it ships', () => {
    // Plural forms are looked up by their base key (`preferences.services` for `_one`/`_other`).
    const shipped = [...new Set(keys(BUNDLED.en).map((k) => k.replace(/_(one|other)$/, '')))];
    const used = [...source.matchAll(/'((?:banner|actions|preferences|gpc|placeholder)\.\w+)'/g)].map((m) => m[1]!);
    expect(
      shipped.filter((k) => !used.includes(k)),
      'keys shipped but not found in src/ as a literal',
    ).toEqual([]);
    expect(
      used.filter((k) => !shipped.includes(k)),
      'keys used in src/ that the texts lack',
    ).toEqual([]);
    expect(source).toContain("'actions.acceptAll'");
  });

  it('uses the formal "u" in Dutch and plain words for the choices', () => {
    const nl = JSON.stringify(BUNDLED.nl);
    expect(nl).not.toMatch(/\bje\b|\bjouw\b|\bjij\b/i);
    expect(BUNDLED.nl.actions.acceptAll).toBe('Alles accepteren');
    expect(BUNDLED.nl.actions.rejectAll).toBe('Alles weigeren');
  });

  it('interpolates and picks plural forms per language', () => {
    const t = translator(BUNDLED.nl, 'nl');
    expect(t('preferences.services', { count: 1 })).toBe('1 dienst');
    expect(t('preferences.services', { count: 3 })).toBe('3 diensten');
    expect(translator(BUNDLED.en, 'en')('preferences.services', { count: 2 })).toBe('2 services');
    expect(t('placeholder.text', { name: 'Vimeo' })).toContain('Vimeo');
  });

  it('returns the key for an unknown key and keeps unknown placeholders visible', () => {
    const t = translator(BUNDLED.en, 'en');
    expect(t('nope.missing')).toBe('nope.missing');
    expect(t('placeholder.text')).toContain('{{name}}');
  });

  it('merges a site override of one string without losing its siblings', () => {
    const config = { revision: 1, categories: [], texts: { nl: { banner: { title: 'Wij bakken koekjes' } } } } as AkkoordConfig;
    const nl = textsFor(config, 'nl');
    expect(nl.banner.title).toBe('Wij bakken koekjes');
    expect(nl.banner.privacy).toBe(BUNDLED.nl.banner.privacy);
    expect(BUNDLED.nl.banner.title).toBe('Cookies op deze website');
  });

  it('falls back to English for a language the site only partly translates', () => {
    const config = { revision: 1, categories: [], texts: { de: { actions: { acceptAll: 'Alle akzeptieren' } } } } as AkkoordConfig;
    const de = textsFor(config, 'de');
    expect(de.actions.acceptAll).toBe('Alle akzeptieren');
    expect(de.actions.rejectAll).toBe('Reject all');
  });

  it('picks a localized config text by language, then English, then the first', () => {
    expect(pick({ nl: 'Statistieken', en: 'Statistics' }, 'nl')).toBe('Statistieken');
    expect(pick({ nl: 'Statistieken', en: 'Statistics' }, 'de')).toBe('Statistics');
    expect(pick({ fr: 'Statistiques' }, 'de')).toBe('Statistiques');
    expect(pick('Same', 'nl')).toBe('Same');
    expect(pick(undefined, 'nl')).toBe('');
    expect(merge({ a: { b: 1, c: 2 } }, { a: { c: 3 } })).toEqual({ a: { b: 1, c: 3 } });
  });
});

describe('translator cost', () => {
  it('makes Intl.PluralRules only for a plural (the first layer has none; its first use is slow)', () => {
    const Real = Intl.PluralRules;
    const intl = Intl as { PluralRules: typeof Real };
    let made = 0;
    intl.PluralRules = class extends Real {
      constructor(...a: ConstructorParameters<typeof Real>) {
        super(...a);
        made++;
      }
    } as typeof Real;
    try {
      const t = translator(textsFor({ revision: 1, categories: [] }, 'nl'), 'nl');
      expect(t('banner.title')).toBe('Cookies op deze website');
      expect(made).toBe(0);
      expect(t('preferences.services', { count: 2 })).toBe('2 diensten');
      expect(t('preferences.services', { count: 1 })).toBe('1 dienst');
      expect(made).toBe(1);
    } finally {
      intl.PluralRules = Real;
    }
  });
});
