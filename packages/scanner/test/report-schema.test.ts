/** data/report.schema.json matches ScanReport: the sample validates; a missing or unknown field does not. */
// The named export: under NodeNext the default import of this CommonJS file is the module object.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import schema from '../data/report.schema.json' with { type: 'json' };
import type { ScanReport } from '../src/types.js';
import { sampleReport } from './sample-report.js';

// `format` is an annotation here: ajv-formats is not a dependency, and `startedAt` has a pattern.
const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(schema);

/** Validates the report after a change made to a fresh copy, as JSON would carry it. */
function check(change: (r: Record<string, any>) => void = () => {}): boolean {
  const r = JSON.parse(JSON.stringify(sampleReport())) as Record<string, any>;
  change(r);
  return validate(r);
}

describe('report.schema.json', () => {
  test('has the published $id and draft 2020-12', () => {
    expect(schema.$id).toBe('https://akkoord.dev/schema/scan-report-1.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  test('the sample report validates', () => {
    const ok = check();
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('the report with every optional field set validates too', () => {
    expect(
      check((r) => {
        r['options'] = { ...r['options'], acceptSelector: '#ok', rejectSelector: '#no' };
        r['banner'] = { kind: 'akkoord', accept: 'Alles accepteren', reject: 'Alles weigeren' };
        r['pages'][0].error = 'net::ERR_FAILED';
        r['pages'][0].visits[0].consentLog = true;
        r['pages'][0].visits[0].indexedDB = [{ origin: 'https://a.example', name: 'db', party: 'first' }];
        r['findings'][0].subject.domain = '.bakkerij.example';
        r['findings'][0].refused = true;
      }),
      JSON.stringify(validate.errors),
    ).toBe(true);
  });

  const removals: [string, (r: Record<string, any>) => void][] = [
    ['top-level summary', (r) => delete r['summary']],
    ['a finding message', (r) => delete r['findings'][0].message],
    ['a cookie stored flag', (r) => delete r['pages'][0].visits[0].cookies[0].stored],
    ['an inventory seenIn', (r) => delete r['inventory'][0].seenIn],
    ['a mode in counts', (r) => delete r['counts'].reject],
    ['a known item description', (r) => delete r['findings'][1].known.description],
  ];
  for (const [what, change] of removals) {
    test(`fails without ${what}`, () => expect(check(change)).toBe(false));
  }

  const additions: [string, (r: Record<string, any>) => void][] = [
    ['at the top level', (r) => (r['extra'] = 1)],
    ['in a finding', (r) => (r['findings'][0].note = 'x')],
    ['in a visit', (r) => (r['pages'][0].visits[0].screenshot = 'x')],
    ['in a subject', (r) => (r['findings'][0].subject.party = 'first')],
    ['in a severity summary', (r) => (r['summary'].error = 0)],
  ];
  for (const [where, change] of additions) {
    test(`fails with an unknown field ${where}`, () => expect(check(change)).toBe(false));
  }

  test('fails on values outside the enums and consts', () => {
    expect(check((r) => (r['version'] = 2))).toBe(false);
    expect(check((r) => (r['findings'][0].kind = 'tracking'))).toBe(false);
    expect(check((r) => (r['findings'][0].severity = 'error'))).toBe(false);
    expect(check((r) => (r['pages'][0].visits[0].cookies[0].sameSite = 'lax'))).toBe(false);
    expect(check((r) => (r['startedAt'] = 'yesterday'))).toBe(false);
    expect(check((r) => (r['findings'][0].refused = 'yes'))).toBe(false);
  });

  test('accepts the nulls types.ts allows', () => {
    expect(check((r) => ((r as ScanReport).pages[0]!.visits[0]!.status = null))).toBe(true);
    expect(check((r) => ((r as ScanReport).pages[0]!.visits[0]!.cookies[0]!.expires = null))).toBe(true);
    expect(check((r) => ((r as ScanReport).pages[0]!.visits[0]!.cookies[0]!.sameSite = null))).toBe(true);
  });
});
