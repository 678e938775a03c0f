/**
 * The statement reads as a lawyer and a Dutch editor would write it (issue 12, section 4b): no
 * broken sentences from empty or oddly punctuated values, readable lists, the law's precise
 * wording, and none of the calques or vague words the validator itself warns about.
 */
import { describe, expect, it } from 'vitest';
import enStatement from '../locales/en/statement.json' with { type: 'json' };
import nlInformal from '../locales/nl/statement-informal.json' with { type: 'json' };
import nlStatement from '../locales/nl/statement.json' with { type: 'json' };
import { generateStatement } from '../src/generate-statement.js';
import { asClause, asSentence, capitalise, needsSemicolons } from '../src/sections/prose.js';
import type { Declarations, Lang } from '../src/types.js';
import { baseDeclarations } from './base-declarations.js';
import { exampleFiles, loadExample } from './fixtures.js';

const md = (d: Declarations, lang: Lang = 'nl') => generateStatement(d, { lang });

function base(): Declarations {
  const d = baseDeclarations();
  d.recipients![0]!.country = 'NL';
  return d;
}

/** Marks of a broken sentence: an empty value before punctuation, doubled full stops, a stray space. */
const BROKEN = /(?<!\.)\.\.(?!\.)|\s\.(?!\w)|\bvia \.|\bat \.|: \.|,\.|\.\s*\.\s|\b(?:is|zijn) ,/;

describe('prose helpers', () => {
  it('a free text used as a sentence gets a capital and one full stop', () => {
    expect(asSentence('klik op afmelden')).toBe('Klik op afmelden.');
    expect(asSentence('  Klik op afmelden.  ')).toBe('Klik op afmelden.');
    expect(asSentence('Vragen?')).toBe('Vragen?');
    expect(asSentence('zie ‘Boekhouding’')).toBe('Zie ‘Boekhouding’.');
    expect(asSentence('tot u zich afmeldt,')).toBe('Tot u zich afmeldt.');
    expect(asSentence('')).toBe('');
    // Words with an inner capital keep their spelling.
    expect(capitalise('iDEAL of creditcard')).toBe('iDEAL of creditcard');
    expect(capitalise('‘afmelden’ onderaan')).toBe('‘Afmelden’ onderaan');
    expect(capitalise('info@spaak.example beantwoordt vragen')).toBe('info@spaak.example beantwoordt vragen');
    expect(capitalise('www.spaak.example/privacy')).toBe('www.spaak.example/privacy');
  });

  it('a free text inside our sentence loses its own final full stop, but not an abbreviation', () => {
    expect(asClause('kunnen wij niet leveren.')).toBe('kunnen wij niet leveren');
    expect(asClause('Acme B.V.')).toBe('Acme B.V.');
    expect(asClause('enz.')).toBe('enz.');
    expect(asClause('wacht...')).toBe('wacht...');
    expect(asClause('echt?')).toBe('echt?');
  });

  it('lists switch to semicolons only when an item holds a comma or the word "and"', () => {
    expect(needsSemicolons(['naam', 'adres'], 'en')).toBe(false);
    expect(needsSemicolons(['contactgegevens (naam, e-mailadres)', 'bestelgegevens'], 'en')).toBe(false);
    expect(needsSemicolons(['naam, adres en woonplaats', 'e-mailadres'], 'en')).toBe(true);
    expect(needsSemicolons(['naam en adres', 'e-mailadres'], 'en')).toBe(true);
    expect(needsSemicolons(['‘Bestellingen en retouren’', '‘Nieuwsbrief’'], 'en')).toBe(false);
    expect(needsSemicolons(['name and address', 'email'], 'and')).toBe(true);
  });
});

describe('empty values never leave broken sentences', () => {
  it('a DPO without e-mail or phone, and a representative with only a name', () => {
    const d = base();
    d.dpo = { appointed: true, name: 'Jan Jansen' };
    d.organisation!.representative = { name: 'EU Rep GmbH' };
    for (const lang of ['nl', 'en'] as const) {
      const out = md(d, lang);
      expect(out).not.toMatch(BROKEN);
      expect(out).not.toMatch(/FG via|DPO at/);
    }
    expect(md(d)).toContain('Onze functionaris voor gegevensbescherming (FG) is Jan Jansen.\n');
    expect(md(d)).toContain('Onze vertegenwoordiger in de EU (artikel 27 AVG) is EU Rep GmbH.\n');
    d.organisation!.representative = {};
    expect(md(d, 'en')).toContain('Who our representative in the EU is (Article 27 GDPR) is not yet recorded.');
  });

  it('free texts with and without their own full stops give one full stop each', () => {
    const d = base();
    const p = d.purposes![0]!;
    p.retention = {
      criterion: { nl: 'tot u zich afmeldt.', en: 'until you unsubscribe.' },
      reason: { nl: 'bewijs van toestemming.', en: 'proof of consent.' },
    };
    p.provision = { requirement: 'voluntary', consequence: { nl: 'krijgt u geen nieuwsbrief.', en: 'you do not get the newsletter.' } };
    p.legalBasis = 'consent';
    p.consentWithdrawal = { nl: 'klik op afmelden onderaan elke nieuwsbrief', en: 'click unsubscribe at the bottom of every newsletter' };
    p.description = { nl: 'wij sturen elke maand een nieuwsbrief', en: 'we send a newsletter every month' };
    const nl = md(d);
    const en = md(d, 'en');
    for (const out of [nl, en]) expect(out).not.toMatch(BROKEN);
    expect(nl).toContain('- **Bewaartermijn:** tot u zich afmeldt. Reden: bewijs van toestemming. Daarna verwijderen wij de gegevens.');
    expect(nl).toContain('Geeft u ze niet, dan krijgt u geen nieuwsbrief.');
    expect(nl).toContain('- **Toestemming intrekken:** Klik op afmelden onderaan elke nieuwsbrief. Intrekken kan altijd');
    expect(en).toContain('- **Withdrawing consent:** Click unsubscribe at the bottom of every newsletter. You can withdraw at any time');
    expect(nl).toContain('\nWij sturen elke maand een nieuwsbrief.\n');
  });

  it('missing parts of an automated decision and a missing request channel read "not yet recorded"', () => {
    const d = base();
    d.purposes![0]!.automatedDecision = { logic: { nl: 'een score', en: 'a score' } };
    delete d.organisation!.email;
    const nl = md(d);
    const en = md(d, 'en');
    for (const out of [nl, en]) expect(out).not.toMatch(BROKEN);
    expect(nl).toContain('Zo werkt het: een score. Wat het voor u betekent: nog niet vastgelegd. Mogelijke gevolgen: nog niet vastgelegd.');
    expect(nl).toContain('Waar u uw verzoek naartoe stuurt, is nog niet vastgelegd. U krijgt binnen 1 maand antwoord.');
    expect(en).toContain('Where to send your request is not yet recorded. You will receive an answer within 1 month.');
    expect(nl).not.toMatch(/Stuur uw verzoek naar/);
  });

  it('no example statement has a broken sentence, in either language or form of address', () => {
    for (const file of exampleFiles()) {
      const d = loadExample(file);
      for (const lang of ['nl', 'en'] as const) expect(md(d, lang), `${file} ${lang}`).not.toMatch(BROKEN);
      d.meta = { ...d.meta, address: 'informal' };
      expect(md(d), `${file} informal`).not.toMatch(BROKEN);
    }
  });
});

describe('lists stay readable', () => {
  it('data labels that contain commas or "en" are separated by semicolons', () => {
    const d = base();
    d.dataCategories = [
      { id: 'naw', label: { nl: 'naam, adres en woonplaats', en: 'name, address and town' } },
      { id: 'contact', label: { nl: 'e-mailadres', en: 'email address' } },
      { id: 'order', label: { nl: 'bestelgegevens', en: 'order details' } },
    ];
    d.purposes![0]!.dataCategories = ['naw', 'contact', 'order'];
    expect(md(d)).toContain('- **Welke gegevens:** naam, adres en woonplaats; e-mailadres; bestelgegevens');
    expect(md(d, 'en')).toContain('- **Which data:** name, address and town; email address; order details');
  });

  it('plain labels keep "a, b en c", and trade names their plural', () => {
    const d = base();
    d.dataCategories = ['naam', 'adres', 'e-mailadres'].map((label) => ({ id: label, label }));
    d.purposes![0]!.dataCategories = ['naam', 'adres', 'e-mailadres'];
    d.organisation!.tradeNames = ['Spaak', 'Spaak Fietsen'];
    expect(md(d)).toContain('- **Welke gegevens:** naam, adres en e-mailadres');
    expect(md(d, 'en')).toContain('- **Which data:** naam, adres and e-mailadres');
    expect(md(d)).toContain('Wij werken ook onder de namen Spaak en Spaak Fietsen.');
  });

  it('purpose names in running text are quoted, so a name with "en" stays one name', () => {
    const out = md(loadExample('demo-site.yaml'));
    expect(out).toContain('Dit geldt voor: ‘Bestellingen voor taarten en brood’, ‘Websitestatistieken’ en ‘Bakfilm en advertentiemeting’.');
  });
});

describe('the law in its own terms', () => {
  const demo = loadExample('demo-site.yaml');
  const nl = md(demo);
  const en = md(demo, 'en');

  it('outside the EEA the GDPR’s protection may not apply (not "the law does not apply")', () => {
    expect(en).toContain("Outside the European Economic Area (EEA), the GDPR's protection may not apply.");
    expect(nl).toContain('Buiten de Europese Economische Ruimte (EER) geldt de bescherming van de AVG mogelijk niet.');
    expect(en).not.toMatch(/privacy law does not apply/);
    expect(nl).not.toMatch(/privacywet niet/);
  });

  it('breaches: without undue delay and, where feasible, within 72 hours', () => {
    expect(en).toContain(
      'to the Autoriteit Persoonsgegevens without undue delay and, where feasible, within 72 hours of becoming aware of it',
    );
    expect(nl).toContain(
      'zonder onredelijke vertraging bij de Autoriteit Persoonsgegevens, en indien mogelijk binnen 72 uur nadat wij het ontdekt hebben',
    );
    const d = base();
    d.complaintAuthority = { name: 'Datatilsynet', url: 'https://www.datatilsynet.no' };
    expect(md(d, 'en')).toContain('we report it to the Datatilsynet without undue delay');
  });

  it('restriction is keeping the data without using it, in the cases the law names', () => {
    expect(nl).toContain(
      'u mag vragen dat wij uw gegevens alleen nog bewaren en ze verder alleen gebruiken met uw toestemming of als de wet dat toestaat.',
    );
    expect(en).toContain(
      'you may ask us to only keep your data and to use it otherwise only with your consent or where the law allows it.',
    );
    expect(nl).not.toMatch(/tijdelijk niet gebruiken/);
    expect(en).not.toMatch(/for a while/);
  });
});

describe('idiomatic, and none of the vague words the validator warns about', () => {
  /** Our own sentences: every statement key except the banner's and the register's, which are not the statement. */
  function own(res: unknown, prefix = ''): [string, string][] {
    return Object.entries(res as Record<string, unknown>).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null
        ? ['banner', 'register'].includes(k) && !prefix
          ? []
          : own(v, `${prefix}${k}.`)
        : [[`${prefix}${k}`, String(v)] as [string, string]],
    );
  }

  it('no V21 words ("onder meer", "bijvoorbeeld", "such as") in the statement’s own sentences', () => {
    for (const [k, v] of [...own(nlStatement), ...own(nlInformal)])
      expect(v, k).not.toMatch(/\b(onder meer|onder andere|bijvoorbeeld|zoals)\b/i);
    for (const [k, v] of own(enStatement)) expect(v, k).not.toMatch(/\b(among other things|for example|such as|e\.g\.)/i);
  });

  it('no calques in any example statement', () => {
    for (const file of exampleFiles()) {
      const nl = md(loadExample(file));
      const en = md(loadExample(file), 'en');
      expect(nl, file).not.toMatch(/Het gaat om dit werk|van u zelf|van de wet bewaren|Dit zijn ze:/);
      expect(en, file).not.toMatch(/It concerns this work|from you yourself|These are:|For it, the European Commission|falls away/);
    }
  });
});
