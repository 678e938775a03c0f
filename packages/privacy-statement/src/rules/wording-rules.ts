import type { PathSegment } from '../finding.js';
import type { Hit, Rule, RuleContext } from './rule.js';
import { eachString } from './rule.js';

/** URLs and e-mail addresses are not prose; a domain such as wbp.example is no outdated term. */
const notProse = (path: PathSegment[]) => /url|email|website|channel/i.test(String(path[path.length - 1] ?? ''));

/** A rule that searches every text in the declarations for a phrase. */
function phraseRule(id: string, severity: Rule['severity'], basis: string, re: RegExp, key = 'message', skip: (path: PathSegment[]) => boolean = notProse): Rule {
  return {
    id,
    severity,
    basis,
    check: ({ d }: RuleContext) => {
      const hits: Hit[] = [];
      eachString(d, (s, path) => {
        const m = re.exec(s);
        if (m && !skip(path)) hits.push({ path, key, params: { phrase: m[0] } });
      });
      return hits;
    },
  };
}

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
  phraseRule('V09', 'warning', 'C-311/18; AVG since 2018', /privacy shield|\bwbp\b|wet bescherming persoonsgegevens|\bcbp\b|college bescherming persoonsgegevens|\bbewerker(sovereenkomst)?\b|bewerkersovereenkomst/i),
  phraseRule('V18', 'warning', '4(11), 7', /door (het )?gebruik (te maken )?van (deze|onze) (web)?site[^.]{0,60}(akkoord|stemt|accepteert)|by using (this|our) (web)?site[^.]{0,60}(agree|consent|accept)|u gaat akkoord met deze privacyverklaring|you agree to this privacy (statement|policy)/i),
  phraseRule('V19', 'warning', '82; 12(1)', /niet aansprakelijk|aansprakelijkheid|kunnen niet garanderen|not (be )?(held )?liable|no liability|cannot guarantee|can not guarantee/i),
  addressRule,
  phraseRule('V20', 'warning', 'WP260 par. 29-33', /raadpleeg (deze|onze) (privacy)?verklaring regelmatig|regelmatig (deze|onze) (privacy)?verklaring|check this (privacy )?(statement|policy) regularly|review this (privacy )?(statement|policy) (regularly|periodically)/i, 'phrase'),
];
