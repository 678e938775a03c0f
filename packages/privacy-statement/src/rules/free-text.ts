import type { PathSegment } from '../finding.js';
import { isTextSchema, resolveSchema, walkSchema } from '../schema-walk.js';
import type { Lang } from '../types.js';

/**
 * The places of the schema where people write their own words: every text in both languages and
 * every plain string without a fixed form (names, owners, systems). Ids, e-mail addresses, URLs,
 * dates, durations and choices have a pattern or an enum and are left out, so a domain such as
 * `wbp.example` is never read as an outdated term. Read from the schema, so a field added there is
 * checked by the wording rules without an edit here.
 */
const FREE_TEXT_PATTERNS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  walkSchema(({ pattern, node, kind }) => {
    if (kind === 'group') return;
    const n = resolveSchema(node);
    if (isTextSchema(n) || (n.type === 'string' && !n.pattern && !n.enum && !('const' in n))) out.add(pattern);
  });
  return out;
})();

/** One free-text field of a declarations file with its language versions. */
export interface FreeText {
  /** Where the field is: `purposes[2].description` (a text in both languages is one field). */
  path: PathSegment[];
  /** Its versions as `[text, lang]`; `lang` is undefined for a text written once for both languages. */
  variants: [string, Lang | undefined][];
}

/**
 * Every free-text field in the declarations, in file order. Works on any value (also a file with
 * schema errors): what is not where the schema expects text is skipped.
 */
export function freeTexts(d: unknown): FreeText[] {
  const out: FreeText[] = [];
  const walk = (value: unknown, path: PathSegment[], pattern: string): void => {
    if (FREE_TEXT_PATTERNS.has(pattern)) {
      if (typeof value === 'string') out.push({ path, variants: [[value, undefined]] });
      else if (value && typeof value === 'object' && !Array.isArray(value)) {
        const v = value as Record<string, unknown>;
        const variants = (['nl', 'en'] as const).filter((l) => typeof v[l] === 'string').map((l): [string, Lang] => [v[l] as string, l]);
        if (variants.length) out.push({ path, variants });
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((x, i) => walk(x, [...path, i], `${pattern}[]`));
    else if (value && typeof value === 'object')
      for (const [k, x] of Object.entries(value)) walk(x, [...path, k], pattern ? `${pattern}.${k}` : k);
  };
  walk(d, [], '');
  return out;
}

/**
 * Where a finding about a free-text field belongs: the field itself when every language version
 * has the problem (one mistake, written twice), else the one version that has it, so the studio
 * shows it beside that language's box.
 */
export function freeTextPath(field: FreeText, matching: (Lang | undefined)[]): PathSegment[] {
  const lang = matching[0];
  return matching.length === field.variants.length || lang === undefined ? field.path : [...field.path, lang];
}

/**
 * Runs `find` on every language version of every free-text field and gives one result per field
 * that has a match: its path (see {@link freeTextPath}) and the first match. `find` also gets the
 * field, for rules that read texts differently by where they are.
 */
export function findInFreeTexts<T>(
  d: unknown,
  find: (text: string, lang: Lang | undefined, field: FreeText) => T | undefined,
): { path: PathSegment[]; match: T; field: FreeText }[] {
  const out: { path: PathSegment[]; match: T; field: FreeText }[] = [];
  for (const field of freeTexts(d)) {
    const found = field.variants.map(([s, l]) => [find(s, l, field), l] as const).filter(([m]) => m !== undefined);
    if (found.length)
      out.push({
        path: freeTextPath(
          field,
          found.map(([, l]) => l),
        ),
        match: found[0]![0] as T,
        field,
      });
  }
  return out;
}

/**
 * The sentences of a text. A full stop ends a sentence only before a capital, a quote or a
 * bracket, so "B.V.", "art. 52" and "o.a. cookies" stay inside theirs; line breaks end one too.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[^\p{Ll}\d])|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The clauses of a sentence: split at commas, semicolons, colons and brackets, and before words
 * that start a clause of their own ("zodat", "maar", "so that", "but"), so a negation or a
 * deadline is read with the verb it belongs to.
 */
export function clauses(sentence: string): string[] {
  return sentence
    .split(/\s*[,;:()]\s*|\s+(?=(?:zodat|maar|terwijl|omdat|so that|but|whereas|because)\b)/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A phrase as a message quotes it: without a closing stop (the message has its own), cut after 90 characters. */
export function quote(s: string): string {
  const t = s.trim().replace(/[.!?]+$/, '');
  return t.length > 90 ? `${t.slice(0, 88).trimEnd()}…` : t;
}

/** Words that turn a Dutch or English clause into its opposite ("wij vragen geen kopie", "we do not ask"). */
export const NEGATION = /\b(niet|geen|nooit|nimmer|zonder|not|no|never|without|nobody|none)\b|n't\b/i;

/** The negations that deny a whole clause wherever they stand ("cookies plaatsen wij niet"). */
const DENIES_CLAUSE = /\b(niet|nooit|nimmer|not|never)\b|n't\b/i;

/**
 * Whether the word at `index` of a clause is negated: a negation before it ("geen cookies",
 * "zonder Google Analytics", "we do not use cookies"), or one that denies the clause after it
 * ("cookies gebruiken wij niet"). "Geen", "zonder" and "without" after it negate something else
 * ("Google Analytics, dat geen gegevens deelt", "a copy of your ID without your BSN").
 */
export function negatedAt(clause: string, index: number): boolean {
  return NEGATION.test(clause.slice(0, index)) || DENIES_CLAUSE.test(clause.slice(index));
}
