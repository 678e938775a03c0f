/**
 * The validator on whole files: the four examples (no false alarms), a realistic flawed file of a
 * small Dutch business (each mistake exactly once), and files with schema errors (the rules still
 * run on the rest, issue 12 section 0).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeclarations } from '../src/parse-declarations.js';
import { validateDeclarations } from '../src/validate-declarations.js';
import { EXAMPLES_DIR, exampleFiles } from './fixtures.js';

const TODAY = '2026-09-15';
const check = (text: string, file: string, lang: 'nl' | 'en' = 'en') =>
  validateDeclarations(parseDeclarations(text, file), { lang, today: TODAY });
const brief = (fs: { rule: string; severity: string; path: string }[]) => fs.map((f) => `${f.rule} ${f.severity} ${f.path}`);

/**
 * The findings on each example before the rules of issue 12 were widened, recorded by running
 * the validator on them first: none. A wider word list that trips on an example is a false alarm.
 */
const BEFORE: Record<string, string[]> = {
  'demo-site.yaml': [],
  'it-managed-services.yaml': [],
  'print-agency.yaml': [],
  'webshop.yaml': [],
};

describe('the four examples', () => {
  it('are the ones recorded', () => {
    expect(exampleFiles()).toEqual(Object.keys(BEFORE));
  });
  for (const file of exampleFiles()) {
    it(`${file} gives no findings beyond the ones it had (in nl and en)`, () => {
      const text = readFileSync(EXAMPLES_DIR + file, 'utf8');
      expect(brief(check(text, file, 'en'))).toEqual(BEFORE[file]);
      expect(brief(check(text, file, 'nl'))).toEqual(BEFORE[file]);
    });
  }
});

describe('a flawed declarations file of a small Dutch business', () => {
  const text = readFileSync(new URL('./fixtures/flawed-sme.yaml', import.meta.url), 'utf8');

  it('reports each mistake exactly once, and nothing else', () => {
    expect(brief(check(text, 'flawed-sme.yaml')).sort()).toEqual(
      [
        // Section 0: one schema error does not hide the rest; no cookies while Google Analytics is a
        // recipient; a recipient without a country.
        'SCHEMA error purposes[0].retention.period',
        'V24 error cookies',
        'V07 warning recipients[3].country',
        // Section 5.
        'V06 warning recipients[1].name',
        'V07 error recipients[0]',
        'V09 warning security[1].description.nl',
        'V18 warning purposes[1].description',
        'V19 warning purposes[0].description',
        'V22 warning rightsHandling.identityCheck',
        'V23 error purposes[3].legalBasis',
        'V27 warning purposes[2].description',
        'V34 info breach.procedure',
      ].sort(),
    );
  });

  it('says why and where for each, in Dutch too, at the line of the field', () => {
    const nl = check(text, 'flawed-sme.yaml', 'nl');
    for (const f of nl) {
      expect(f.line, f.path).toBeGreaterThan(0);
      if (f.rule !== 'SCHEMA') expect(f.why, f.rule).toMatch(/\S/);
    }
    const line = (path: string) => nl.find((f) => f.path === path)!.line;
    expect(text.split('\n')[line('recipients[1].name') - 1]).toContain('onze IT-leveranciers');
    expect(text.split('\n')[line('purposes[0].retention.period') - 1]).toContain('2 jaar');
    expect(nl.find((f) => f.rule === 'V22')!.message).toMatch(/^de tekst vraagt om een identiteitsbewijs/);
  });
});

describe('a flawed file using the fields added in issue 12', () => {
  const text = readFileSync(new URL('./fixtures/flawed-new-fields.yaml', import.meta.url), 'utf8');

  it('reports each mistake exactly once, and nothing else', () => {
    expect(brief(check(text, 'flawed-new-fields.yaml')).sort()).toEqual(
      [
        // The AP's name without its website: the schema says what to add.
        'SCHEMA error complaintAuthority',
        // "No special categories" beside a health intake; "nothing leaves the EEA" beside Mailchimp.
        'ABS warning dataCategories[1].special',
        'ABS warning recipients[1].country',
        // The camera block names a purpose that does not exist, and not what is never filmed.
        'REF error camera.purpose',
        'CAM info camera',
        // A breach deadline for clients the gym does not have.
        'PROC warning breach.notifyClientsWithinHours',
        // A recipient named by a category, in both languages.
        'V06 warning recipients[2].name',
      ].sort(),
    );
  });

  it('the schema error says which field to add, in Dutch too, at the line of the field', () => {
    const en = check(text, 'flawed-new-fields.yaml').find((f) => f.rule === 'SCHEMA')!;
    expect(en.message).toMatch(/^“name” and “url” go together: add “url” \(or remove “name”\)\. Expected: /);
    const nl = check(text, 'flawed-new-fields.yaml', 'nl').find((f) => f.rule === 'SCHEMA')!;
    expect(nl.message).toMatch(/^“name” en “url” horen bij elkaar: vul ook “url” in/);
    expect(text.split('\n')[en.line - 1]).toMatch(/^complaintAuthority:/);
  });
});

describe('a schema error does not stop the other rules', () => {
  const base = `
dpo: none
organisation: { legalName: Bakkerij B.V., kvk: "12345678", address: { street: Markt 1, postalCode: 1234 AB, city: Epe }, email: info@bakkerij.example }
meta: { version: "1", effectiveDate: 2026-09-01, changelog: [{ version: "1", date: 2026-09-01, material: true, summary: Eerste versie. }] }
security: [{ type: technical, description: Versleutelde verbindingen. }]
`;
  const purpose = (id: string, extra: string) =>
    `  - id: ${id}\n    name: ${id}\n    description: Wij bellen u als uw bestelling klaar is.\n    provision: { requirement: voluntary }\n    retention: { period: P1Y }\n${extra}`;

  it('reports the schema error and the rules’ findings in one pass, each once', () => {
    const text = `${base}purposes:\n${purpose('orders', '    legalBasis: toestemming\n    recipients: [host]\n')}${purpose('calls', '    legalBasis: contract\n    recipients: []\n')}recipients:\n  - { id: host, name: derden, role: processor, service: hosting, country: NL, processingAgreement: true }\n`;
    const found = brief(check(text, 'p.yaml'));
    // "toestemming" is the schema's finding; the rules do not add "no legal basis" for it.
    expect(found).toEqual(['SCHEMA error purposes[0].legalBasis', 'V06 warning recipients[0].name']);
  });

  it('maps findings back past list entries the schema had to set aside', () => {
    // recipients[0] misses its role, so the rules see two recipients; the finding names the file's third.
    const text = `${base}purposes:\n${purpose('orders', '    legalBasis: contract\n    recipients: [host, mail]\n')}recipients:
  - { id: host, name: Host B.V., service: hosting, country: NL }
  - { id: mail, name: Mail B.V., role: processor, service: mail, country: NL, processingAgreement: true }
  - { id: extra, name: onze IT-leveranciers, role: processor, service: it, country: NL, processingAgreement: true }
`;
    const found = check(text, 'p.yaml');
    // No "host is not declared" (REF): the entry is there, only incomplete.
    expect(brief(found)).toEqual(['SCHEMA error recipients[0]', 'V06 warning recipients[2].name']);
    expect(text.split('\n')[found[1]!.line - 1]).toContain('onze IT-leveranciers');
  });

  it('a typo in a field name is reported with what the rules make of the rest', () => {
    const text = `${base}purposes:\n${purpose('orders', '    legalbasis: contract\n    recipients: []\n')}`;
    // The schema names the unknown field; V02 says what is then missing. Both point at the purpose.
    expect(brief(check(text, 'p.yaml'))).toEqual(['SCHEMA error purposes[0].legalbasis', 'V02 error purposes[0]']);
  });
});
