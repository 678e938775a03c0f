import type { TOptions } from 'i18next';
import { createTranslate } from './i18n.js';
import { needsSemicolons } from './sections/prose.js';
import type { DataCategory, DataSubject, Declarations, Lang, Purpose, Recipient, Text } from './types.js';

/** Everything a section builder needs: the declarations, the language and formatting helpers. */
export interface Context {
  d: Declarations;
  lang: Lang;
  /** Translate a key; results are cached per context, since a statement repeats many sentences. */
  t: (key: string, options?: Record<string, unknown>) => string;
  /** The text in this language, falling back to the other one. */
  txt(text: Text | undefined): string;
  /** `P7Y` → "7 jaar" / "7 years". */
  dur(duration: string | undefined): string;
  /** `2026-03-01` → "1 maart 2026" / "1 March 2026". */
  date(iso: string | undefined): string;
  /** `US` → "de Verenigde Staten" / "the United States". */
  country(code: string): string;
  /**
   * "a, b en c" / "a, b and c"; "a; b; c" when an item holds a comma or the word "and" itself,
   * so items such as "naam en adres (naam, afleveradres)" stay apart.
   */
  list(items: readonly string[]): string;
  /** The name people know the business by. */
  orgName: string;
  recipient(id: string): Recipient | undefined;
  category(id: string): DataCategory | undefined;
  subject(id: string): DataSubject | undefined;
  purposes: Purpose[];
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

/** Builds the context for one language. */
export function createContext(d: Declarations, lang: Lang): Context {
  const translate = createTranslate(lang, d.meta?.address ?? 'formal');
  const cache = new Map<string, string>();
  const t = (key: string, options?: Record<string, unknown>): string => {
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let v = cache.get(id);
    if (v === undefined) cache.set(id, (v = String(translate(key, (options ?? {}) as TOptions))));
    return v;
  };
  const byId = <T extends { id: string }>(xs: T[] | undefined) => {
    const m = new Map<string, T>();
    for (const x of xs ?? []) if (x && typeof x.id === 'string') m.set(x.id, x);
    return m;
  };
  const recipients = byId(d.recipients);
  const categories = byId(d.dataCategories);
  const subjects = byId(d.dataSubjects);
  const txt = (text: Text | undefined): string => {
    if (text === undefined || text === null) return '';
    if (typeof text === 'string') return text.replace(/\s+/g, ' ').trim();
    if (typeof text !== 'object') return String(text);
    const v = text[lang] ?? text[lang === 'nl' ? 'en' : 'nl'] ?? '';
    return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '';
  };
  const list = (items: readonly string[]): string => {
    const xs = items.filter((x) => x !== '');
    if (xs.length <= 1) return xs[0] ?? '';
    const and = t('common.and');
    if (needsSemicolons(xs, and)) return xs.join('; ');
    return `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`;
  };
  const dur = (duration: string | undefined): string => {
    if (!duration) return '';
    if (duration === 'session') return t('duration.session');
    const m = DURATION.exec(duration);
    if (!m) return duration;
    const parts: string[] = [];
    UNITS.forEach((unit, i) => {
      const n = m[i + 1];
      if (n !== undefined) parts.push(t(`duration.${unit}`, { count: Number(n) }));
    });
    return list(parts);
  };
  const date = (iso: string | undefined): string => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
    if (!m) return iso ?? '';
    return t('date.format', { day: Number(m[3]), month: t(`date.month${Number(m[2])}`), year: m[1] });
  };
  const country = (code: string): string => {
    const name = t(`countries.${code}`, { defaultValue: '' });
    return name || code;
  };
  const org = d.organisation ?? {};
  return {
    d,
    lang,
    t,
    txt,
    dur,
    date,
    country,
    list,
    orgName: org.tradeNames?.[0] ?? org.legalName ?? t('common.unnamed'),
    recipient: (id) => recipients.get(id),
    category: (id) => categories.get(id),
    subject: (id) => subjects.get(id),
    purposes: (d.purposes ?? []).filter((p) => p && typeof p === 'object'),
  };
}
