/** German and French banner texts: the shipped copies match the banner's, and banner-config inlines them when asked. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bannerConfig } from '../src/banner-config.js';
import { extraDuration } from '../src/banner-languages.js';
import { ROOT, clone, loadExample } from './fixtures.js';

const read = (path: string): unknown => JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8'));

describe('banner languages beyond nl and en', () => {
  for (const lang of ['de', 'fr']) {
    it(`locales/${lang}/banner.json is the banner's file (run scripts/sync-banner-texts.mjs after a change)`, () => {
      expect(read(`packages/privacy-statement/locales/${lang}/banner.json`)).toEqual(
        read(`packages/banner/src/locales/${lang}/banner.json`),
      );
    });
  }

  it('banner-config.json has the same keys in de and fr', () => {
    const keys = (o: unknown, p = ''): string[] =>
      Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(read('packages/privacy-statement/locales/de/banner-config.json')).sort()).toEqual(
      keys(read('packages/privacy-statement/locales/fr/banner-config.json')).sort(),
    );
  });

  it('words durations with the right plural', () => {
    expect(extraDuration('de', 'P1Y')).toBe('1 Jahr');
    expect(extraDuration('de', 'P13M')).toBe('13 Monate');
    expect(extraDuration('fr', 'P1Y')).toBe('1 an');
    expect(extraDuration('fr', 'P2Y')).toBe('2 ans');
    expect(extraDuration('fr', 'P1DT12H')).toBe('1 jour et 12 heures');
    expect(extraDuration('de', 'nonsense')).toBe('nonsense');
  });

  it('adds nothing by default: nl and en are in akkoord.js', () => {
    expect(bannerConfig(loadExample('demo-site.yaml')).texts).toBeUndefined();
  });

  it('meta.bannerLanguages: de and fr texts inlined, category titles and durations in all four languages', () => {
    const d = clone(loadExample('demo-site.yaml'));
    d.meta = { ...d.meta, bannerLanguages: ['nl', 'en', 'de', 'fr'] };
    const cfg = bannerConfig(d);
    expect(Object.keys(cfg.texts ?? {})).toEqual(['de', 'fr']);
    expect(cfg.texts?.['de']).toEqual(read('packages/banner/src/locales/de/banner.json'));
    const analytics = cfg.categories.find((c) => c.id === 'analytics');
    expect(analytics?.title).toEqual({ nl: 'Statistieken', en: 'Statistics', de: 'Statistiken', fr: 'Statistiques' });
    const cookie = analytics?.services?.[0]?.cookies?.[0];
    expect(cookie?.duration).toEqual({ nl: '1 jaar', en: '1 year', de: '1 Jahr', fr: '1 an' });
    // The languages are no consent fact: the revision stays, nobody is asked again.
    expect(cfg.revision).toBe(bannerConfig(loadExample('demo-site.yaml')).revision);
  });

  it('the option overrides the declared languages', () => {
    const cfg = bannerConfig(loadExample('demo-site.yaml'), { languages: ['fr'] });
    expect(Object.keys(cfg.texts ?? {})).toEqual(['fr']);
  });
});
