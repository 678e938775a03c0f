import type { PathSegment, Severity } from '../finding.js';
import type { Declarations, Lang, Purpose, Text } from '../types.js';

/** What a rule sees: the (schema-valid) declarations, the injected date of today and the run's language. */
export interface RuleContext {
  d: Declarations;
  /** Today as `YYYY-MM-DD`; rules that compare dates skip when absent, keeping runs deterministic. */
  today?: string;
  /**
   * Language of the messages. Rules only need it to quote a text the file gives in two languages
   * (a recipient's name): the message then quotes that language's version. @default "en"
   */
  lang?: Lang;
}

/** One problem a rule found. */
export interface Hit {
  path: PathSegment[];
  /** Overrides the rule's severity, for rules with an error and a warning variant. */
  severity?: Severity;
  /** Message variant under `validator:rules.<id>.<key>`. @default "message" */
  key?: string;
  /** Values interpolated into the message. */
  params?: Record<string, string | number>;
}

/**
 * A validator rule: data, not a class (STYLE habit 5). Rules are kept in an ordered list that
 * callers can filter or extend; messages and the one-sentence "why" live in the locale files
 * under `validator:rules.<id>`.
 */
export interface Rule {
  /** Rule id from the facts file, e.g. `V05`. */
  id: string;
  severity: Severity;
  /** The article or source the rule rests on, e.g. `13(2)(a)`. */
  basis: string;
  check(ctx: RuleContext): Hit[];
}

/** Purposes with their index, skipping entries that are not objects. */
export function eachPurpose(d: Declarations): [Purpose, number][] {
  return (d.purposes ?? []).map((p, i) => [p, i] as [Purpose, number]).filter(([p]) => p && typeof p === 'object');
}

/** Every language version of a text field: `[text, lang-or-undefined]`. */
export function textVariants(text: Text | undefined): [string, Lang | undefined][] {
  if (typeof text === 'string') return [[text, undefined]];
  if (!text || typeof text !== 'object') return [];
  return (['nl', 'en'] as const).filter((l) => typeof text[l] === 'string').map((l) => [text[l] as string, l]);
}

/**
 * A text as a message quotes it: its version in `lang`, else the other language's, trimmed; `''`
 * when there is none. Messages interpolate strings, so a `{ nl, en }` name must be picked first.
 */
export function textIn(text: Text | undefined, lang: Lang = 'en'): string {
  const variants = textVariants(text);
  const pick = variants.find(([, l]) => l === lang || l === undefined) ?? variants[0];
  return pick ? pick[0].trim() : '';
}

/** Whether some language version of a text matches. */
export function textMatches(text: Text | undefined, re: RegExp): boolean {
  return textVariants(text).some(([s]) => re.test(s));
}

/** Visits every string in the declarations with its path (free text, names, URLs). */
export function eachString(value: unknown, visit: (s: string, path: PathSegment[]) => void, path: PathSegment[] = []): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => eachString(v, visit, [...path, i]));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) eachString(v, visit, [...path, k]);
}

/** Number of whole months from `from` to `to` (both `YYYY-MM-DD`), or undefined when unreadable. */
export function monthsBetween(from: string | undefined, to: string | undefined): number | undefined {
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from ?? '');
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to ?? '');
  if (!a || !b) return undefined;
  const m = (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2]));
  return Number(b[3]) < Number(a[3]) ? m - 1 : m;
}
