import deConfig from '../locales/de/banner-config.json' with { type: 'json' };
import deBanner from '../locales/de/banner.json' with { type: 'json' };
import frConfig from '../locales/fr/banner-config.json' with { type: 'json' };
import frBanner from '../locales/fr/banner.json' with { type: 'json' };
import type { BannerLang } from './types.js';

/**
 * Banner languages beyond the statement's. akkoord.js ships Dutch and English only (every byte
 * of it is on every page view); German and French reach the banner through consent.json's
 * `texts`, which `akkoord banner-config` fills from the copies of the banner's language files in
 * locales/<lang>/banner.json (scripts/sync-banner-texts.mjs keeps them equal to the banner's).
 * Category titles and cookie durations in those languages come from locales/<lang>/banner-config.json.
 */

/** Languages the banner has built in; others need `texts` in consent.json. */
export const BUILT_IN_BANNER_LANGS: readonly BannerLang[] = ['nl', 'en'];

/** Languages whose banner texts banner-config adds to consent.json. */
export type ExtraBannerLang = Exclude<BannerLang, 'nl' | 'en'>;

/** Every banner language banner-config knows, in the schema's order. */
export const BANNER_LANGS: readonly BannerLang[] = ['nl', 'en', 'de', 'fr'];

const BANNER_TEXTS: Record<ExtraBannerLang, Record<string, unknown>> = { de: deBanner, fr: frBanner };
const CONFIG_TEXTS: Record<ExtraBannerLang, typeof deConfig> = { de: deConfig, fr: frConfig };

/** True for a language whose banner texts must be added to consent.json. */
export const isExtraBannerLang = (lang: string): lang is ExtraBannerLang => lang in BANNER_TEXTS;

/** The banner's texts in `lang` (a copy: callers may change it). */
export function bannerTexts(lang: ExtraBannerLang): Record<string, unknown> {
  return structuredClone(BANNER_TEXTS[lang]);
}

/** A category's title or description (`banner.analytics.title`) in `lang`; '' for an unknown key. */
export function extraText(lang: ExtraBannerLang, key: string): string {
  const v = key
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), CONFIG_TEXTS[lang]);
  return typeof v === 'string' ? v : '';
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

/** `P13M` → "13 Monate" / "13 mois"; `session` → the language's words for it; anything else as given. */
export function extraDuration(lang: ExtraBannerLang, iso: string): string {
  const words = CONFIG_TEXTS[lang].duration as Record<string, string>;
  if (iso === 'session') return words['session'] ?? iso;
  const m = DURATION.exec(iso);
  if (!m) return iso;
  const plural = new Intl.PluralRules(lang);
  const parts: string[] = [];
  UNITS.forEach((unit, i) => {
    const n = m[i + 1];
    if (n === undefined) return;
    const count = Number(n);
    const form = words[`${unit}_${plural.select(count)}`] ?? words[`${unit}_other`] ?? '';
    parts.push(form.replace('{{count}}', String(count)));
  });
  if (parts.length < 2) return parts[0] ?? iso;
  return `${parts.slice(0, -1).join(', ')} ${words['and']} ${parts[parts.length - 1]}`;
}
