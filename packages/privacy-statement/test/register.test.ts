/** The Art. 30 register in md, csv and json. */
import { describe, expect, it } from 'vitest';
import enRegister from '../locales/en/register.json' with { type: 'json' };
import nlRegister from '../locales/nl/register.json' with { type: 'json' };
import { buildRegister } from '../src/register-model.js';
import { csvCell, register } from '../src/render-register.js';
import {
  ART9_CONDITIONS,
  LEGAL_BASES,
  RECIPIENT_ROLES,
  SECURITY_MEASURE_TYPES,
  SPECIAL_CATEGORIES,
  TRANSFER_FALLBACKS,
  TRANSFER_MECHANISMS,
} from '../src/schema-enums.js';
import { clone, exampleFiles, loadExample } from './fixtures.js';

/** Every key of a nested resource, dotted. */
const keysOf = (o: object, at = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keysOf(v as object, `${at}${k}.`) : [`${at}${k}`]));

describe('register', () => {
  it('json lists each purpose with basis, categories, recipients and retention', () => {
    const r = JSON.parse(register(loadExample('demo-site.yaml'), { format: 'json', lang: 'en' })) as ReturnType<typeof buildRegister>;
    expect(r.activities.map((a) => a.id)).toEqual(['orders', 'statistics', 'video-and-ads']);
    expect(r.activities[0]).toMatchObject({
      legalBasis: 'Article 6(1)(b) GDPR (performance of a contract)',
      processingAgreements: [{ recipient: 'Webhuis Oost B.V.', signed: true, date: '2025-11-03' }],
    });
    expect(r.activities[2]?.transfers).toEqual([
      { recipient: 'Filmhaven Ltd', countries: ['GB'], safeguard: 'adequacy decision' },
      {
        recipient: 'Adspring Inc.',
        countries: ['US'],
        safeguard: 'EU-US Data Privacy Framework (checked on 2026-08-20), then standard contractual clauses',
      },
    ]);
    expect(r.processorActivities).toEqual([]);
  });

  it('names joint controllers declared as recipients (Art. 30(1)(a))', () => {
    const r = JSON.parse(register(loadExample('print-agency.yaml'), { format: 'json' })) as ReturnType<typeof buildRegister>;
    expect(r.controller.jointControllers).toEqual(['Beurs Brabant B.V.']);
  });

  it('csv has one row per activity and a header in the language asked for', () => {
    const lines = register(loadExample('demo-site.yaml'), { format: 'csv', lang: 'en' }).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Record,Code,Name,Purpose,Legal basis,Legitimate interest,Article 9 condition,Categories of data subjects,Categories of personal data,Recipients,Transfers outside the EEA,Retention,Processing agreements,Security measures,Owner,Systems,DPIA,Legitimate interest assessment',
    );
    expect(lines).toHaveLength(4);
    const nl = register(loadExample('demo-site.yaml'), { format: 'csv', lang: 'nl' }).split('\r\n');
    expect(nl[0]).toMatch(/^Register,Code,Naam,Doel,Grondslag,Gerechtvaardigd belang,/);
    expect(nl[1]).toMatch(/^artikel 30 lid 1,orders,/);
  });

  it('speaks Dutch throughout a Dutch register: no schema values or English words', () => {
    const d = clone(loadExample('demo-site.yaml'));
    // An unsigned processing agreement, a processor without a date and special data, so every value kind appears.
    d.recipients = d.recipients!.map((r, i) => (r.role === 'processor' ? { ...r, processingAgreement: i === 0 ? true : false } : r));
    d.dataCategories!.push({ id: 'health', label: { nl: 'allergieën', en: 'allergies' }, special: 'health' });
    d.purposes![0] = {
      ...d.purposes![0]!,
      dataCategories: [...d.purposes![0]!.dataCategories!, 'health'],
      art9Condition: 'explicit-consent',
    };
    for (const format of ['md', 'csv'] as const) {
      const out = register(d, { format, lang: 'nl' });
      expect(out).toContain('artikel 6 lid 1 onder b AVG (uitvoering van een overeenkomst)');
      expect(out).toContain('artikel 9 lid 2 onder a AVG (uitdrukkelijke toestemming)');
      expect(out).toContain('(verwerker, NL)');
      expect(out).toMatch(/: getekend\b/);
      expect(out).toMatch(/: ontbreekt\b/);
      expect(out).toContain('EU-VS Data Privacy Framework (gecontroleerd op 2026-08-20), daarna modelcontractbepalingen');
      // The English words and schema values the register used to print.
      for (const word of [
        'legalBasis',
        'processor',
        'controller',
        'signed',
        'missing',
        'contract)',
        'consent',
        'legitimate-interests',
        'adequacy',
        'dpf',
        'sccs',
        'technical:',
        'organisational:',
      ]) {
        expect(out, `${format}: ${word}`).not.toContain(word);
      }
    }
    expect(register(d, { format: 'md', lang: 'nl' })).toContain('uitdrukkelijke toestemming), voor: gezondheid');
  });

  it('has words for every value the schema allows, in both languages', () => {
    expect(keysOf(nlRegister).sort()).toEqual(keysOf(enRegister).sort());
    const groups: [string, readonly string[]][] = [
      ['basis', LEGAL_BASES],
      ['art9Condition', ART9_CONDITIONS],
      ['special', [...SPECIAL_CATEGORIES, 'criminal', 'bsn']],
      ['role', RECIPIENT_ROLES],
      ['mechanism', [...TRANSFER_MECHANISMS, ...TRANSFER_FALLBACKS, 'notRecorded']],
      ['measure', SECURITY_MEASURE_TYPES],
    ];
    for (const res of [nlRegister, enRegister] as Record<string, unknown>[]) {
      for (const [group, values] of groups)
        for (const v of values) expect(typeof (res[group] as Record<string, unknown>)[v], `${group}.${v}`).toBe('string');
    }
  });

  it('csv cells are quoted when needed and formulas are neutralised', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+31 6')).toBe("'+31 6");
  });

  it('adds the Art. 30(2) record when the business is also a processor', () => {
    const d = clone(loadExample('demo-site.yaml'));
    d.roles = { processorFor: [{ id: 'shops', clients: 'andere bakkerijen', processing: 'webshop beheren', subProcessors: ['hosting'] }] };
    const md = register(d, { format: 'md', lang: 'nl' });
    expect(md).toMatch(/## Register als verwerker \(artikel 30 lid 2\)/);
    expect(md).toContain('Webhuis Oost B.V. (NL)');
    expect(register(d, { format: 'csv' })).toMatch(/\r\nartikel 30 lid 2,shops,/);
    expect(register(d, { format: 'csv', lang: 'en' })).toMatch(/\r\nArticle 30\(2\),shops,/);
  });

  it('names recipients in the register’s language when the name differs by language', () => {
    const d = clone(loadExample('demo-site.yaml'));
    const host = d.recipients!.findIndex((r) => r.role === 'processor');
    d.recipients![host]!.name = { nl: 'Gemeentelijke hostingdienst', en: 'Municipal hosting service' };
    d.roles = {
      processorFor: [
        { id: 'shops', clients: 'andere bakkerijen', processing: 'webshop beheren', subProcessors: [d.recipients![host]!.id] },
      ],
    };
    for (const [lang, name, other] of [
      ['nl', 'Gemeentelijke hostingdienst', 'Municipal hosting service'],
      ['en', 'Municipal hosting service', 'Gemeentelijke hostingdienst'],
    ] as const) {
      const r = buildRegister(d, lang);
      expect(r.activities.flatMap((a) => a.recipients.map((x) => x.name))).toContain(name);
      expect(r.activities.flatMap((a) => a.processingAgreements.map((x) => x.recipient))).toContain(name);
      expect(r.processorActivities[0]!.subProcessors.map((x) => x.name)).toEqual([name]);
      for (const format of ['md', 'csv'] as const) {
        const out = register(d, { format, lang });
        expect(out).toContain(name);
        expect(out, `${lang} ${format}`).not.toContain(other);
        expect(out).not.toContain('[object Object]');
      }
    }
  });

  it('the Art. 30(2) record holds the agreement with clients and how long their data is kept', () => {
    const d = clone(loadExample('demo-site.yaml'));
    d.roles = {
      processorFor: [
        {
          id: 'shops',
          clients: { nl: 'andere bakkerijen', en: 'other bakeries' },
          processing: { nl: 'webshop beheren', en: 'running the webshop' },
          agreement: {
            nl: 'de NL Digital-modelovereenkomst, getekend voor de start',
            en: 'the NL Digital model agreement, signed before we start',
          },
          retention: { nl: 'tot 30 dagen na het einde van het contract', en: 'until 30 days after the contract ends' },
        },
        { id: 'bare', clients: 'een klant', processing: 'iets' },
      ],
    };
    const r = buildRegister(d, 'en');
    expect(r.processorActivities.map((a) => [a.agreement, a.retention])).toEqual([
      ['the NL Digital model agreement, signed before we start', 'until 30 days after the contract ends'],
      ['', ''],
    ]);
    const md = register(d, { format: 'md', lang: 'nl' });
    expect(md).toContain(
      '**Verwerkersovereenkomst met elke klant (artikel 28 lid 3):** de NL Digital-modelovereenkomst, getekend voor de start',
    );
    expect(md).toContain('**Bewaartermijn:** tot 30 dagen na het einde van het contract');
    // Not declared: shown as a gap, not left out.
    expect(md.split('### een klant (bare)')[1]).toContain('**Verwerkersovereenkomst met elke klant (artikel 28 lid 3):** —');
    const row = register(d, { format: 'csv', lang: 'en' })
      .split('\r\n')
      .find((l) => l.startsWith('Article 30(2),shops,'))!;
    expect(row).toContain('until 30 days after the contract ends,"the NL Digital model agreement, signed before we start"');
  });

  it('a complaint authority given only to add "contact us first" is the AP', () => {
    const d = clone(loadExample('demo-site.yaml'));
    d.complaintAuthority = { contactUsFirst: true };
    expect(buildRegister(d, 'nl').complaintAuthority).toBe('Autoriteit Persoonsgegevens');
    d.complaintAuthority = { name: 'Datatilsynet', url: 'https://www.datatilsynet.no', contactUsFirst: true };
    expect(buildRegister(d, 'nl').complaintAuthority).toBe('Datatilsynet');
  });

  for (const file of exampleFiles()) {
    it(`${file}: md register in en names every purpose`, () => {
      const d = loadExample(file);
      const md = register(d, { format: 'md', lang: 'en' });
      expect(md).toMatch(/^# Record of processing activities/);
      for (const p of d.purposes ?? []) expect(md).toContain(`(${p.id})`);
    });
  }
});
