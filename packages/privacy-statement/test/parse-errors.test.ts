/** Malformed YAML and schema errors: every message names file, line, column, path and what is valid. */
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../src/finding.js';
import { parseDeclarations } from '../src/parse-declarations.js';
import { validateDeclarations } from '../src/validate-declarations.js';

const check = (text: string, lang: 'nl' | 'en' = 'en') => validateDeclarations(parseDeclarations(text, 'privacy.yaml'), { lang });

describe('parse and schema errors', () => {
  it('an unclosed quote gives a SYNTAX error with line and column', () => {
    const [f] = check('meta:\n  version: "1.0\n  effectiveDate: 2026-01-01\norganisation: [\n');
    expect(f?.rule).toBe('SYNTAX');
    expect(f?.line).toBeGreaterThan(1);
    expect(f?.column).toBeGreaterThan(0);
    expect(formatFinding(f!)).toMatch(/^privacy\.yaml:\d+:\d+: error SYNTAX/);
  });

  it('bad indentation points at the offending line', () => {
    const [f] = check('meta:\n  version: "1"\n effectiveDate: 2026-01-01\n');
    expect(f?.rule).toBe('SYNTAX');
    expect(f?.line).toBe(3);
  });

  it('a duplicate key is a syntax error', () => {
    expect(check('dpo: none\ndpo: none\n')[0]?.rule).toBe('SYNTAX');
  });

  it('a top-level list is refused with a clear message', () => {
    expect(check('- a\n- b\n')[0]?.message).toMatch(/mapping/);
  });

  it('an invalid enum value names the path, its line and the valid values', () => {
    const f = check('dpo: none\npurposes:\n  - id: a\n    name: A\n    legalBasis: toestemming\n').find((x) => x.rule === 'SCHEMA');
    expect(f).toMatchObject({ path: 'purposes[0].legalBasis', line: 5, column: 5 });
    expect(f?.message).toMatch(/Valid: consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests/);
  });

  it('an unknown field lists the valid fields, in Dutch when asked', () => {
    const f = check('dpo: none\norganisation:\n  legalNaam: X\n', 'nl').find((x) => x.rule === 'SCHEMA');
    expect(f).toMatchObject({ path: 'organisation.legalNaam', line: 3, column: 3 });
    expect(f?.message).toMatch(
      /^onbekend veld “legalNaam”\. Geldige velden hier: legalName, tradeNames, legalForm, description, kvk, vatNumber/,
    );
  });

  it('a missing required field names the object it belongs to', () => {
    const f = check('dpo: none\nrecipients:\n  - id: host\n    name: Host\n    role: processor\n').find((x) => x.rule === 'SCHEMA');
    expect(f).toMatchObject({ path: 'recipients[0]', line: 3 });
    expect(f?.message).toMatch(/“service”/);
  });

  it('a malformed duration explains the ISO 8601 form', () => {
    const f = check('dpo: none\npurposes:\n  - id: a\n    name: A\n    retention: { period: 7 jaar }\n').find((x) => x.rule === 'SCHEMA');
    expect(f?.path).toBe('purposes[0].retention.period');
    expect(f?.message).toMatch(/ISO 8601 duration such as P7Y/);
  });

  it('a comma inside { nl: …, en: … } gets a hint to use quotes', () => {
    const f = check('dpo: none\npurposes:\n  - id: a\n    name: { nl: bellen, mailen, en: calls }\n').find((x) => x.rule === 'SCHEMA');
    expect(f?.path).toBe('purposes[0].name');
    expect(f?.message).toMatch(/key\(s\) “mailen”.*put the text in quotes/);
  });

  it('fields that go together: the one to add is named, also when the value could be a plain choice', () => {
    const schema = (yaml: string, lang: 'nl' | 'en' = 'en') => check(`dpo: none\n${yaml}`, lang).filter((x) => x.rule === 'SCHEMA');
    // An authority's name and website go together; without either, the object form means the AP.
    const [name] = schema('complaintAuthority:\n  name: Datatilsynet\n  contactUsFirst: true\n');
    expect(name).toMatchObject({ path: 'complaintAuthority', line: 2 });
    expect(name?.message).toMatch(/^“name” and “url” go together: add “url” \(or remove “name”\)\. Expected: Authority, with name and url/);
    expect(schema('complaintAuthority:\n  url: https://www.datatilsynet.no\n')[0]?.message).toMatch(
      /^“url” and “name” go together: add “name”/,
    );
    // One way only: an address needs the name it belongs to, a name does not need an address.
    const address = schema('complaintAuthority:\n  address: Postboks 458 Sentrum, Oslo\n', 'nl');
    expect(address.map((f) => f.message)).toEqual([expect.stringMatching(/^“address” kan alleen samen met “name”: vul ook “name” in/)]);
    // Not the generic "not in the right form", and not the "ap"/"none" branch beside it.
    expect(schema('complaintAuthority:\n  name: Datatilsynet\n')).toHaveLength(1);
    expect(schema('complaintAuthority:\n  contactUsFirst: true\n')).toEqual([]);
    expect(schema('complaintAuthority:\n  name: Datatilsynet\n  url: https://www.datatilsynet.no\n')).toEqual([]);
    // Other mistakes in the same object are still named, next to the dependency.
    expect(
      schema('complaintAuthority:\n  name: Datatilsynet\n  website: x\n')
        .map((f) => f.path)
        .sort(),
    ).toEqual(['complaintAuthority', 'complaintAuthority.website']);
    // A value for neither branch keeps the one generic message.
    expect(schema('complaintAuthority: autoriteit\n').map((f) => f.message)).toEqual([expect.stringMatching(/^not in the right form/)]);
  });

  it('numbers in text fields are kept as written (KvK with a leading zero, version 2.10)', () => {
    const p = parseDeclarations('meta:\n  version: 2.10\norganisation:\n  kvk: 01234567\n');
    expect(p.data?.meta?.version).toBe('2.10');
    expect(p.data?.organisation?.kvk).toBe('01234567');
  });

  it('cookieSettings accepts a path on the own site but not a protocol-relative or script URL', () => {
    const findings = (v: string) => check(`dpo: none\nlinks:\n  cookieSettings: "${v}"\n`).filter((x) => x.rule === 'SCHEMA');
    expect(findings('/cookies')).toEqual([]);
    expect(findings('https://example.nl/cookies')).toEqual([]);
    expect(findings('//evil.example/x')[0]?.message).toMatch(/path on your own site/);
    expect(findings('javascript:alert(1)')[0]?.path).toBe('links.cookieSettings');
  });

  it('JSON input is read with positions too', () => {
    const p = parseDeclarations('{\n  "dpo": "none",\n  "purposes": [{ "id": "a", "name": "A", "legalBasis": "x" }]\n}', 'privacy.json');
    const f = validateDeclarations(p).find((x) => x.rule === 'SCHEMA');
    expect(f).toMatchObject({ file: 'privacy.json', path: 'purposes[0].legalBasis', line: 3 });
  });
});
