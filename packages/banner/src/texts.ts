import type { AkkoordConfig, LocalizedText } from '@akkoord/core';
import en from './locales/en/banner.json' with { type: 'json' };
import nl from './locales/nl/banner.json' with { type: 'json' };

/**
 * The banner's strings for one language, i18next JSON v4 shape (nested keys, `_one`/`_other`).
 * Written out rather than `typeof en`: the published declarations would then import the JSON,
 * which a consumer's `NodeNext` tsc rejects without an import attribute that declaration emit
 * drops. `BUNDLED` below checks both JSON files against it.
 */
export interface Texts {
  banner: { title: string; body: string; privacy: string };
  actions: { acceptAll: string; rejectAll: string; preferences: string; save: string; close: string };
  preferences: {
    title: string;
    intro: string;
    required: string;
    services_one: string;
    services_other: string;
    duration: string;
    privacy: string;
    consentId: string;
  };
  gpc: { notice: string };
  placeholder: { text: string; allow: string };
}

/** A lookup with `{{var}}` interpolation and `count` plurals, like i18next's `t` but a few lines. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The languages the banner ships. Others come through `config.texts`. */
export const BUNDLED: Record<string, Texts> = { nl, en };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

/** Deep-merges `over` onto a copy of `base`: a site overrides single strings, not whole groups. */
export function merge<T>(base: T, over: unknown): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  if (isObject(over)) for (const k in over) out[k] = isObject(out[k]) ? merge(out[k], over[k]) : over[k];
  return out as T;
}

/**
 * The texts for `lang`: English underneath (so a partial translation never shows a key), then
 * the bundled language, then the site's overrides from `config.texts[lang]`.
 */
export function textsFor(config: AkkoordConfig, lang: string): Texts {
  return merge(merge(en, BUNDLED[lang]), config.texts?.[lang]);
}

/** Makes the lookup over one language's texts. An unknown key returns the key, so a typo shows. */
export function translator(texts: Texts, lang: string): Translate {
  // Made on the first plural only: the first layer has none, and the first Intl.PluralRules of a
  // page loads ICU data (15–20 ms on a slow phone, docs/banner-speed.md).
  let plural: Intl.PluralRules | undefined;
  const get = (key: string) => key.split('.').reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), texts);
  return (key, vars = {}) => {
    const n = vars.count;
    const s =
      (typeof n == 'number' && get(`${key}_${(plural ||= new Intl.PluralRules(lang)).select(n)}`)) || get(`${key}_other`) || get(key);
    return typeof s == 'string' ? s.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, v: string) => String(vars[v] ?? m)) : key;
  };
}

/** One language's value of a localized config text: the language, else English, else the first one. */
export function pick(text: LocalizedText | undefined, lang: string): string {
  if (!text || typeof text == 'string') return text || '';
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}
