/**
 * Findings in the marketer's words: the form's labels and the items' names instead of schema
 * keys, ids, paths and schema descriptions, in both interface languages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeOf } from '../src/field-labels.js';
import { replaceKeys } from '../src/finding-text.js';
import { findingsFor, readDeclarations, type Declarations, type Finding } from '../src/generator.js';
import { createT, type UiLang } from '../src/i18n.js';
import { schemaFields } from '../src/schema-fields.js';
import { studioFindings } from '../src/studio-findings.js';

const FIXTURE = readFileSync(`${process.cwd()}/packages/studio/test/fixtures/all-fields.yaml`, 'utf8');
const full = (): Declarations => {
  const r = readDeclarations(FIXTURE, 'all-fields.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
};
const TODAY = '2026-11-24';

/**
 * The fixture with the mistakes whose messages name schema keys or ids: purposes get a name and an
 * id of the kind the form gives new purposes (`purpose-12`), so an id in a message would show.
 */
function withKeyedMistakes(): Declarations {
  const d = full();
  const base = d.purposes![0]!;
  let n = 10;
  const purpose = (change: (p: NonNullable<Declarations['purposes']>[number]) => void) => {
    n += 1;
    const p = { ...structuredClone(base), id: `purpose-${n}`, name: { nl: `Doel nummer ${n}`, en: `Purpose number ${n}` } };
    delete p.automatedDecision;
    delete p.addedIn;
    change(p);
    d.purposes!.push(p);
  };
  delete d.organisation!.email; // V01 (field)
  delete d.links!.privacyStatement; // S01, the studio's own
  purpose((p) => delete p.art9Condition); // V04 (art9Condition)
  purpose((p) => {
    p.legalBasis = 'consent';
    delete p.consentWithdrawal;
  }); // V12 (consentWithdrawal)
  purpose((p) => delete p.optOut); // V13 (optOut)
  purpose((p) => {
    delete p.provision;
    delete p.sources;
  }); // V14 (provision)
  purpose((p) => delete p.recipients); // V06 recipients: []
  purpose((p) => (p.automatedDecision = { basis: 'contract' })); // V16 (field)
  purpose((p) => (p.dataSubjects = ['klanten', 'leveranciers'])); // REF list
  d.recipients!.push({ id: 'cloud', name: 'Cloud Inc.', role: 'controller', service: 'hosting', country: 'US', countries: ['US', 'IN'] }); // V07 countries
  d.recipients!.push({ id: 'nowhere', name: 'Nergens B.V.', role: 'controller', service: 'hosting' }); // V07 (country) (countries)
  d.recipients!.push({ id: 'mail', name: 'Mail Inc.', role: 'processor', service: 'mail', country: 'US', transfer: { mechanism: 'dpf' } }); // V08 dpfCheckedOn, fallback: sccs
  d.cookies!.push({
    name: '_stats',
    category: 'analytics',
    purpose: 'stats',
    duration: 'P1Y',
    consent: false,
    exemption: 'analytics-low-impact',
    party: 'third',
  }); // V23 (exemption …), V06 (service)
  d.rightsHandling = { ...d.rightsHandling, responseTime: 'P3M' }; // V11 time
  d.children = { targeted: true }; // V26 parentalConsent, childFriendlyLanguage
  d.dataSubjects![0]!.children = true;
  d.meta!.address = 'informal'; // ADDR meta.address: informal
  d.roles = { ...d.roles, controller: false }; // ROLE roles.controller, roles.processorFor
  return d;
}

/** A schema key as the validator writes it: camelCase, a dotted path, or a key of the schema in parentheses. */
function schemaKeysIn(text: string): string[] {
  const keys = new Set(
    schemaFields()
      .flatMap((f) => f.split(/\.|\[\]/))
      .filter((k) => k.length > 2),
  );
  const out = [...text.matchAll(/\b[a-z][a-z0-9]*[A-Z]\w*\b|\b[a-z]+\.[a-z]\w+\b/g)]
    .map((m) => m[0])
    .filter((k) => keys.has(k) || k.includes('.'));
  // A label the form shows may hold a word in parentheses ("… (controller)"): only unquoted text counts.
  for (const m of text.replace(/“[^”]*”/g, '').matchAll(/\(([a-z]+)[\s:)]/g)) if (keys.has(m[1] as string)) out.push(`(${m[1]})`);
  return out;
}

describe('findings in the form’s words', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`name no schema key, id or path (${lang})`, () => {
      const d = withKeyedMistakes();
      const raw = findingsFor(d, lang, TODAY);
      const shown = studioFindings(d, lang, TODAY);
      // The run trips the rules whose validator text names keys; the check below must see them.
      for (const rule of ['V01', 'V04', 'V06', 'V07', 'V08', 'V11', 'V12', 'V13', 'V14', 'V16', 'V23', 'V26', 'ADDR', 'ROLE', 'REF'])
        expect(
          shown.map((f) => f.rule),
          rule,
        ).toContain(rule);
      expect(
        raw.some((f) => schemaKeysIn(`${f.message} ${f.why ?? ''}`).length > 0),
        'the validator’s own text names keys',
      ).toBe(true);
      for (const f of shown) {
        expect(schemaKeysIn(`${f.message} ${f.why ?? ''}`), `${f.rule} ${f.path}: ${f.message}`).toEqual([]);
        // Ids of the form's new purposes (`purpose-12`) and paths never show.
        expect(f.message, `${f.rule} ${f.path}`).not.toMatch(/purpose-\d+|\w+\[\d+\]/);
        expect(f.message.charAt(0), f.message).toBe(f.message.charAt(0).toUpperCase());
      }
    });
  }

  it('words and places the validator’s findings, and only adds the studio’s own check', () => {
    const d = withKeyedMistakes();
    const rules = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.severity}`).sort();
    const shown = studioFindings(d, 'nl', TODAY);
    expect(rules(shown.filter((f) => f.rule !== 'S01'))).toEqual(rules(findingsFor(d, 'nl', TODAY)));
    expect(shown.filter((f) => f.rule === 'S01')).toHaveLength(1);
  });

  it('uses the purpose’s name, the field’s label, country names and the form’s choices', () => {
    const d = withKeyedMistakes();
    const nl = studioFindings(d, 'nl', TODAY);
    const text = (rule: string) => nl.filter((f) => f.rule === rule).map((f) => f.message);
    expect(text('V12')).toContain(
      'Doel “Doel nummer 12” steunt op toestemming maar zegt niet hoe mensen die intrekken (“Hoe trekken mensen hun toestemming in?”).',
    );
    expect(text('V01')).toContain('Bij de organisatie ontbreekt “E-mailadres”.');
    expect(text('V07').join('\n')).toContain('in Verenigde Staten en India (buiten de EER)');
    expect(text('V08').join('\n')).toContain("(“Waarborg als het DPF vervalt”: “Modelcontractbepalingen (SCC's)”)");
    expect(text('V11')).toContain('De reactietermijn 3 maanden is langer dan de ene maand die de wet toestaat.');
    expect(text('ADDR').join('\n')).toContain('(“Hoe de Nederlandse verklaring de lezer aanspreekt”: “Informeel (tutoyeren)”)');
    expect(text('REF')).toContain('“leveranciers” staat niet in “Groepen mensen”. Wel aanwezig: “klanten”.');
  });

  it('places a finding on the field its message names, so it shows beside that field', () => {
    const d = withKeyedMistakes();
    const at = (id: string) => d.purposes!.findIndex((p) => p.id === id);
    const paths = studioFindings(d, 'en', TODAY).map((f) => `${f.rule} ${f.path}`);
    expect(paths).toContain('V01 organisation.email');
    expect(paths).toContain(`V16 purposes[${at('purpose-16')}].automatedDecision.logic`);
    expect(paths).toContain(`V13 purposes[${at('purpose-13')}].optOut`);
    expect(paths).toContain(`V08 recipients[${d.recipients!.findIndex((r) => r.id === 'mail')}].transfer.fallback`);
    // The validator itself keeps its paths: only the studio's wording moves them.
    expect(findingsFor(d, 'en', TODAY).map((f) => `${f.rule} ${f.path}`)).toContain('V01 organisation');
    // "The file does not say whether there is a DPO" belongs to the DPO question, not the whole file.
    expect(
      studioFindings({}, 'en', TODAY)
        .filter((f) => f.rule === 'V17')
        .map((f) => f.path),
    ).toEqual(['dpo']);
  });

  it('names a place by section, item and label instead of a path', () => {
    const d = withKeyedMistakes();
    const t = createT('nl');
    const at = (id: string) => d.purposes!.findIndex((p) => p.id === id);
    expect(placeOf(`purposes[${at('purpose-12')}].consentWithdrawal.nl`, d, t, 'nl').where).toBe(
      'Doelen › Doel nummer 12 › Hoe trekken mensen hun toestemming in?',
    );
    expect(placeOf(`purposes[${at('purpose-17')}].dataSubjects[1]`, d, t, 'nl').where).toBe('Doelen › Doel nummer 17 › Van wie');
    expect(placeOf('organisation.jointControllers[0].arrangement', d, t, 'nl').where).toMatch(/^Uw rol › .+ › Wat u heeft afgesproken/);
    expect(placeOf('', d, t, 'nl').where).toBe('hele bestand');
  });

  it('says what a schema error asks in the form’s words, not the schema’s description', () => {
    const d: Declarations = {
      organisation: { legalName: 'X B.V.', kvk: '123', employees: 'twelve' as unknown as number },
      purposes: [{ id: 'p', name: 'Nieuwsbrief', legalBasis: 'toestemming' as 'consent' }],
    };
    const raw = findingsFor(d, 'en', TODAY).filter((f) => f.rule === 'SCHEMA');
    // What the validator says to a YAML author: the schema's description of the field.
    expect(raw.map((f) => f.message).join('\n')).toMatch(/Expected: /);
    const by = (lang: UiLang) =>
      new Map(
        studioFindings(d, lang, TODAY)
          .filter((f) => f.rule === 'SCHEMA')
          .map((f): [string, Finding] => [f.path, f]),
      );
    const nl = by('nl');
    const en = by('en');
    expect(nl.get('organisation.employees')?.message).toBe('“Aantal medewerkers” moet een heel getal zijn.');
    expect(en.get('organisation.employees')?.message).toBe('“Number of employees” must be a whole number.');
    expect(nl.get('organisation.kvk')?.message).toBe('“KvK-nummer (8 cijfers)” staat niet in de juiste vorm.');
    expect(nl.get('purposes[0].legalBasis')?.message).toBe('Kies bij “Grondslag” een van de mogelijkheden; ‘toestemming’ is er geen van.');
    for (const f of [...nl.values(), ...en.values()]) expect(f.message).not.toMatch(/Verwacht:|Expected:/);
    const missing = studioFindings({ purposes: [{ name: 'Zonder code' } as never] }, 'nl', TODAY).find(
      (f) => f.rule === 'SCHEMA' && f.path === 'purposes[0]',
    );
    expect(missing?.message).toBe('“Korte code (om onderdelen te koppelen)” ontbreekt.');
    const email = studioFindings({ organisation: { legalName: 'X', email: 'info-at-x' } }, 'en', TODAY).find(
      (f) => f.path === 'organisation.email',
    );
    expect(email?.message).toBe('“E-mail address” is not in the right form. For example name@yourbusiness.com.');
  });

  it('leaves prose and unknown words alone', () => {
    const t = createT('en');
    expect(replaceKeys('Valid: consent, contract. Expected: a date', '', t)).toBe('Valid: consent, contract. Expected: a date');
    expect(replaceKeys('“iPhoneApp” says “www.voorbeeld.nl”', '', t)).toBe('“iPhoneApp” says “www.voorbeeld.nl”');
    // An English label that itself holds "(controller)" is not replaced again.
    expect(replaceKeys('roles.controller is false', '', t)).toBe(
      '“We decide ourselves why and how we use personal data for our own business (controller)” is false',
    );
  });
});
