import type { PathSegment } from '../finding.js';
import type { Lang } from '../types.js';
import type { Hit, Rule } from './rule.js';
import { eachString } from './rule.js';

/**
 * The words that open every text a tool writes without knowing the answer, such as the purpose
 * of a cookie `akkoord scan --write` found but nobody declared. Rule V35 refuses a statement that
 * still has one, so a guess is never published. Defined here, beside the rule, so the scanner
 * (which depends on this package) writes exactly what the validator looks for.
 *
 * @example `${REVIEW_PREFIX.en} the purpose is unknown.` // 'TO REVIEW: the purpose is unknown.'
 */
export const REVIEW_PREFIX = { nl: 'TE CONTROLEREN:', en: 'TO REVIEW:' } as const satisfies Record<Lang, string>;

/**
 * A text in both languages that starts with {@link REVIEW_PREFIX}, checked by the compiler. Code
 * that must stay free of this package at run time (the scanner's browser entry) types its
 * placeholder with it instead of importing the constant: a changed prefix then fails to compile
 * there rather than slipping past V35.
 *
 * @example const p: ReviewPlaceholder = { nl: 'TE CONTROLEREN: het doel is onbekend.', en: 'TO REVIEW: the purpose is unknown.' };
 */
export type ReviewPlaceholder = { [L in Lang]: `${(typeof REVIEW_PREFIX)[L]} ${string}` };

/** Either prefix, in any case, at the start of a text (after blank space a YAML block may keep). */
const PLACEHOLDER = new RegExp(
  `^\\s*(${Object.values(REVIEW_PREFIX)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})`,
  'i',
);

/**
 * The review prefix a text starts with, as written (`To review:`), or undefined. Both languages'
 * prefixes count in every language version: a Dutch placeholder copied into the English text is
 * still unfinished.
 */
export function reviewPlaceholder(text: string): string | undefined {
  return PLACEHOLDER.exec(text)?.[1];
}

/** Rules about texts a tool left for a person to finish. */
export const reviewRules: Rule[] = [
  {
    id: 'V35',
    severity: 'error',
    basis: 'Tw 11.7a; 12(1)',
    check: ({ d }) => {
      const hits: Hit[] = [];
      // Every string in the file: the scan writes placeholders into cookie entries, but one copied
      // into a purpose or a recipient would be just as unfinished.
      eachString(d, (s, path: PathSegment[]) => {
        const prefix = reviewPlaceholder(s);
        if (!prefix) return;
        const cookie = path[0] === 'cookies' && typeof path[1] === 'number' ? d.cookies?.[path[1]] : undefined;
        if (cookie && typeof cookie.name === 'string') hits.push({ path, key: 'cookie', params: { prefix, name: cookie.name } });
        else hits.push({ path, params: { prefix } });
      });
      return hits;
    },
  },
];
