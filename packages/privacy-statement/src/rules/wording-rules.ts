import { findInFreeTexts } from './free-text.js';
import type { Hit, Rule, RuleContext } from './rule.js';
import { eachString } from './rule.js';
import { acceptByUse, liabilityDisclaimer, outdatedTerm } from './statement-wording.js';

/**
 * A rule that searches every free text of the declarations (see `freeTexts`: prose and names,
 * not ids, URLs or e-mail addresses) and reports each field once, with the phrase it found.
 */
function phraseRule(
  id: string,
  severity: Rule['severity'],
  basis: string,
  find: (text: string) => string | undefined,
  key = 'message',
): Rule {
  return {
    id,
    severity,
    basis,
    check: ({ d }: RuleContext) => findInFreeTexts(d, find).map(({ path, match }): Hit => ({ path, key, params: { phrase: match } })),
  };
}

const CHECK_REGULARLY =
  /raadpleeg (deze|onze) (privacy)?verklaring regelmatig|regelmatig (deze|onze) (privacy)?verklaring|check this (privacy )?(statement|policy) regularly|review this (privacy )?(statement|policy) (regularly|periodically)/i;

/** Dutch texts must use the form of address the file declares, so the statement reads as one voice. */
const addressRule: Rule = {
  id: 'ADDR',
  severity: 'warning',
  basis: '12(1)',
  check: ({ d }) => {
    const informal = d.meta?.address === 'informal';
    const wrong = informal ? /\b(u|uw)\b/i : /\b(je|jij|jou|jouw)\b/i;
    const hits: Hit[] = [];
    eachString(d, (s, path) => {
      const m = path[path.length - 1] === 'nl' ? wrong.exec(s) : null;
      if (m) hits.push({ path, key: informal ? 'formal' : 'informal', params: { word: m[0] } });
    });
    return hits;
  },
};

/** Rules that look for wording the AP and WP260 call outdated, misleading or out of place. */
export const wordingRules: Rule[] = [
  phraseRule('V09', 'warning', 'C-311/18; AVG since 2018', outdatedTerm),
  phraseRule('V18', 'warning', '4(11), 7', acceptByUse),
  phraseRule('V19', 'warning', '82; 12(1)', liabilityDisclaimer),
  addressRule,
  phraseRule('V20', 'warning', 'WP260 par. 29-33', (s) => CHECK_REGULARLY.exec(s)?.[0], 'phrase'),
];
