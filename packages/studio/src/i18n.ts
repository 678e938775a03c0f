/**
 * The studio's interface text (not the statement's: that comes from the generator). Two flat
 * JSON resources with the same nested keys; `{{name}}` is replaced by a parameter. A missing key
 * shows the key itself, so a gap is visible instead of an empty label.
 */
import en from '../locales/en/studio.json' with { type: 'json' };
import nl from '../locales/nl/studio.json' with { type: 'json' };

/** A language of the studio's interface and of the statement. */
export type UiLang = 'nl' | 'en';

/** Translates a dotted key with `{{param}}` placeholders. */
export type T = (key: string, params?: Record<string, string | number>) => string;

/** The interface resources by language (exported for the key-parity test). */
export const resources: Record<UiLang, unknown> = { nl, en };

const lookup = (res: unknown, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), res);

/** A translate function for one language. */
export function createT(lang: UiLang): T {
  const res = resources[lang];
  return (key, params) => {
    const v = lookup(res, key);
    if (typeof v !== 'string') return key;
    return params ? v.replace(/\{\{(\w+)\}\}/g, (m, p: string) => (p in params ? String(params[p]) : m)) : v;
  };
}
