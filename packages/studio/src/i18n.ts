/**
 * The studio's interface text (not the statement's: that comes from the generator). Two JSON
 * resources with the same nested keys; `{{name}}` is replaced by a parameter, and a numeric
 * `count` picks the plural form `key_one` or `key_other` (i18next's JSON v4 convention) by the
 * language's plural rules, so "1 fout" and "2 fouten" both read right. A missing key shows the key
 * itself, so a gap is visible instead of an empty label.
 */
import en from '../locales/en/studio.json' with { type: 'json' };
import nl from '../locales/nl/studio.json' with { type: 'json' };

/** A language of the studio's interface and of the statement. */
export type UiLang = 'nl' | 'en';

/** Translates a dotted key with `{{param}}` placeholders. */
export type T = (key: string, params?: Record<string, string | number>) => string;

/** The interface resources by language (exported for the key-parity test). */
export const resources: Record<UiLang, unknown> = { nl, en };

const lookup = (res: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), res);

/** A translate function for one language. */
export function createT(lang: UiLang): T {
  const res = resources[lang];
  const plural = new Intl.PluralRules(lang);
  return (key, params) => {
    const count = params?.['count'];
    const forms = typeof count === 'number' ? [`${key}_${plural.select(count)}`, `${key}_other`, key] : [key];
    const v = forms.map((k) => lookup(res, k)).find((x) => typeof x === 'string');
    if (typeof v !== 'string') return key;
    return params ? v.replace(/\{\{(\w+)\}\}/g, (m, p: string) => (p in params ? String(params[p]) : m)) : v;
  };
}
