/** The Art. 30 register in md, csv and json. */
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../src/register-model.js';
import { csvCell, register } from '../src/render-register.js';
import { clone, exampleFiles, loadExample } from './fixtures.js';

describe('register', () => {
  it('json lists each purpose with basis, categories, recipients and retention', () => {
    const r = JSON.parse(register(loadExample('demo-site.yaml'), { format: 'json' })) as ReturnType<typeof buildRegister>;
    expect(r.activities.map((a) => a.id)).toEqual(['orders', 'statistics', 'video-and-ads']);
    expect(r.activities[0]).toMatchObject({ legalBasis: '6(1)(b) contract', processingAgreements: [{ recipient: 'Webhuis Oost B.V.', signed: true, date: '2025-11-03' }] });
    expect(r.activities[2]?.transfers).toEqual([
      { recipient: 'Filmhaven Ltd', countries: ['GB'], safeguard: 'adequacy' },
      { recipient: 'Adspring Inc.', countries: ['US'], safeguard: 'dpf (2026-08-20) + sccs' },
    ]);
    expect(r.processorActivities).toEqual([]);
  });

  it('names joint controllers declared as recipients (Art. 30(1)(a))', () => {
    const r = JSON.parse(register(loadExample('print-agency.yaml'), { format: 'json' })) as ReturnType<typeof buildRegister>;
    expect(r.controller.jointControllers).toEqual(['Beurs Brabant B.V.']);
  });

  it('csv has one row per activity and a stable header', () => {
    const csv = register(loadExample('demo-site.yaml'), { format: 'csv' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('register,id,name,description,legalBasis,legitimateInterest,art9Condition,dataSubjects,dataCategories,recipients,transfers,retention,processingAgreements,security,owner,systems,dpia,lia');
    expect(lines).toHaveLength(4);
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
    expect(register(d, { format: 'csv' })).toMatch(/\r\n30\(2\),shops,/);
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
