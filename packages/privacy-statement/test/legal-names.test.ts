/**
 * The statement names rights, roles and legal bases as the GDPR and the AP do, beside the plain
 * words and next to the article (issue 12, section 1): people quote those names in a request.
 */
import { describe, expect, it } from 'vitest';
import { BASIS_LETTER } from '../src/constants.js';
import { generateStatement } from '../src/generate-statement.js';
import type { Declarations, Lang, LegalBasis } from '../src/types.js';
import { baseDeclarations } from './base-declarations.js';
import { exampleFiles, loadExample } from './fixtures.js';

const md = (d: Declarations, lang: Lang) => generateStatement(d, { lang });

/** A file with one purpose per legal basis, direct marketing and an automated decision, so every right shows. */
function everything(): Declarations {
  const d = baseDeclarations();
  d.recipients![0]!.country = 'NL';
  const bases = Object.keys(BASIS_LETTER) as LegalBasis[];
  d.purposes = bases.map((legalBasis, i) => ({
    id: `p${i}`,
    name: { nl: `Doel ${i}`, en: `Purpose ${i}` },
    legalBasis,
    dataCategories: ['contact'],
    recipients: [],
    retention: { period: 'P1Y' },
    ...(legalBasis === 'consent'
      ? {
          consentWithdrawal: { nl: 'mail ons', en: 'email us' },
          automatedDecision: { logic: 'score', significance: 'ja of nee', consequences: 'geen lening' },
        }
      : {}),
    ...(legalBasis === 'legitimate-interests'
      ? { legitimateInterest: { nl: 'ons belang', en: 'our interest' }, directMarketing: true }
      : {}),
  }));
  return d;
}

const RIGHTS: Record<Lang, [string, string][]> = {
  nl: [
    ['Inzage', 'recht op inzage, artikel 15 AVG'],
    ['Verbetering', 'recht op rectificatie en aanvulling, artikel 16 AVG'],
    ['Verwijdering', 'recht op gegevenswissing of ‘recht op vergetelheid’, artikel 17 AVG'],
    ['Beperking', 'recht op beperking van de verwerking, artikel 18 AVG'],
    ['Gegevens meenemen', 'recht op dataportabiliteit, artikel 20 AVG'],
    ['Bezwaar', 'recht van bezwaar, artikel 21 AVG'],
    ['Toestemming intrekken', 'recht om toestemming in te trekken, artikel 7 lid 3 AVG'],
    ['Geen besluit alleen door een computer', 'recht op menselijke tussenkomst, artikel 22 AVG'],
  ],
  en: [
    ['Access', 'right of access, Article 15 GDPR'],
    ['Correction', 'right to rectification, Article 16 GDPR'],
    ['Erasure', 'right to erasure or ‘right to be forgotten’, Article 17 GDPR'],
    ['Restriction', 'right to restriction of processing, Article 18 GDPR'],
    ['Taking your data with you', 'right to data portability, Article 20 GDPR'],
    ['Objection', 'right to object, Article 21 GDPR'],
    ['Withdrawing consent', 'right to withdraw consent, Article 7(3) GDPR'],
    ['No decision by a computer alone', 'right to human intervention, Article 22 GDPR'],
  ],
};

const BASES: Record<Lang, Record<LegalBasis, string>> = {
  nl: {
    consent: 'u kiest hier zelf voor (toestemming, artikel 6 lid 1 onder a AVG)',
    contract: 'nodig om een overeenkomst met u te sluiten of uit te voeren (uitvoering van een overeenkomst, artikel 6 lid 1 onder b AVG)',
    'legal-obligation': 'de wet verplicht ons hiertoe (wettelijke verplichting, artikel 6 lid 1 onder c AVG)',
    'vital-interests': 'nodig om iemands leven of gezondheid te beschermen (vitaal belang, artikel 6 lid 1 onder d AVG)',
    'public-task':
      'nodig voor een taak van algemeen belang die wij uitvoeren (taak van algemeen belang of openbaar gezag, artikel 6 lid 1 onder e AVG)',
    'legitimate-interests': 'nodig voor een belang van ons (gerechtvaardigd belang, artikel 6 lid 1 onder f AVG)',
  },
  en: {
    consent: 'you choose this yourself (consent, Article 6(1)(a) GDPR)',
    contract: 'needed to enter into or carry out a contract with you (performance of a contract, Article 6(1)(b) GDPR)',
    'legal-obligation': 'the law requires us to do this (legal obligation, Article 6(1)(c) GDPR)',
    'vital-interests': "needed to protect someone's life or health (vital interests, Article 6(1)(d) GDPR)",
    'public-task': 'needed for a task we carry out in the public interest (public task, Article 6(1)(e) GDPR)',
    'legitimate-interests': 'needed for an interest of ours (legitimate interest, Article 6(1)(f) GDPR)',
  },
};

describe('legal names beside the plain words', () => {
  for (const lang of ['nl', 'en'] as const) {
    const out = md(everything(), lang);

    it(`${lang}: every right with its official name and article`, () => {
      for (const [plain, legal] of RIGHTS[lang]) expect(out).toContain(`- **${plain}** (${legal}): `);
    });

    it(`${lang}: every legal basis in plain words, with the law's name next to the article`, () => {
      const label = lang === 'nl' ? 'Grondslag' : 'Legal basis';
      for (const text of Object.values(BASES[lang])) expect(out).toContain(`- **${label}:** ${text}`);
    });
  }

  it('the informal Dutch form keeps the legal names', () => {
    const d = everything();
    d.meta = { ...d.meta, address: 'informal' };
    const out = md(d, 'nl');
    expect(out).toContain('- **Grondslag:** je kiest hier zelf voor (toestemming, artikel 6 lid 1 onder a AVG)');
    expect(out).toContain(
      'nodig om een overeenkomst met jou te sluiten of uit te voeren (uitvoering van een overeenkomst, artikel 6 lid 1 onder b AVG)',
    );
    expect(out).toContain('- **Inzage** (recht op inzage, artikel 15 AVG): je mag vragen');
  });

  it('the controller is named the controller, and work for clients the processor role', () => {
    const d = loadExample('print-agency.yaml');
    const nl = md(d, 'nl');
    const en = md(d, 'en');
    expect(nl).toContain('(in de woorden van de AVG: de verwerkingsverantwoordelijke)');
    expect(en).toContain('(in the words of the GDPR: the controller)');
    expect(nl).toContain('Voor dat werk zijn wij verwerker en is de klant de verwerkingsverantwoordelijke (artikel 28 AVG).');
    expect(en).toContain('For that work we are a processor and the client is the controller (Article 28 GDPR).');
  });

  it('recipient roles carry their legal names and what they mean', () => {
    const d = loadExample('print-agency.yaml');
    const nl = md(d, 'nl');
    const en = md(d, 'en');
    expect(nl).toContain('| Van Dijk \\& Partners Accountants | zelfstandig verwerkingsverantwoordelijke |');
    expect(en).toContain('| Van Dijk \\& Partners Accountants | independent controller |');
    expect(nl).toContain('| Beurs Brabant B.V. | gezamenlijk verwerkingsverantwoordelijke |');
    expect(en).toContain('| Beurs Brabant B.V. | joint controller |');
    expect(nl).toContain(
      'Een zelfstandig verwerkingsverantwoordelijke krijgt uw gegevens van ons, maar bepaalt zelf waarvoor en hoe hij ze gebruikt.',
    );
    expect(en).toContain('An independent controller receives your data from us but decides for itself why and how it uses it.');
    expect(nl).toContain('Met Beurs Brabant B.V. zijn wij gezamenlijk verwerkingsverantwoordelijken (artikel 26 AVG)');
    expect(nl).toContain('Een verwerker werkt in onze opdracht (artikel 28 AVG).');
  });

  it('in every example, nl and en name the same rights and the same Art. 6 letters', () => {
    for (const file of exampleFiles()) {
      const nl = md(loadExample(file), 'nl');
      const en = md(loadExample(file), 'en');
      const articles = (s: string, re: RegExp) => [...s.matchAll(re)].map((m) => m[1]).join(',');
      expect(articles(nl, /\(recht[^)]*?, artikel (\d+)/g), file).toBe(articles(en, /\(right[^)]*?, Article (\d+)/g));
      expect(articles(nl, /, artikel 6 lid 1 onder ([a-f]) AVG\)/g), file).toBe(articles(en, /, Article 6\(1\)\(([a-f])\) GDPR\)/g));
    }
  });
});
