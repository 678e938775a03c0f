// The named export: under NodeNext the default import of this CommonJS file is the module object.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import schema from '../data/report.schema.json' with { type: 'json' };
import { checkScanReport, parseScanReport } from '../src/check-scan-report.js';
import { sampleReport } from './sample-report.js';

const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(schema);

/** The sample as JSON carries it, after a change. */
function changed(change: (r: Record<string, any>) => void): Record<string, any> {
  const r = JSON.parse(JSON.stringify(sampleReport())) as Record<string, any>;
  change(r);
  return r;
}

describe('parseScanReport', () => {
  test('reads the sample report back as it was written', () => {
    const text = `\uFEFF${JSON.stringify(sampleReport(), null, 2)}`;
    expect(parseScanReport(text)).toEqual({ ok: true, report: sampleReport() });
  });

  test('tells text that is not JSON, another format and another version apart', () => {
    expect(parseScanReport('format: akkoord-scan')).toMatchObject({ ok: false, problem: { code: 'not-json' } });
    expect(parseScanReport('[1, 2]')).toEqual({ ok: false, problem: { code: 'not-object' } });
    expect(parseScanReport('{"meta": {"version": "1"}}')).toEqual({ ok: false, problem: { code: 'format', found: undefined } });
    expect(parseScanReport('{"format": "akkoord-consent", "version": 1}')).toEqual({
      ok: false,
      problem: { code: 'format', found: '"akkoord-consent"' },
    });
    expect(parseScanReport('{"format": "akkoord-scan", "version": 2}')).toEqual({ ok: false, problem: { code: 'version', found: '2' } });
    expect(parseScanReport('{"format": "akkoord-scan"}')).toEqual({ ok: false, problem: { code: 'version', found: undefined } });
  });
});

describe('checkScanReport', () => {
  const broken: [string, (r: Record<string, any>) => void, string][] = [
    ['no findings', (r) => delete r['findings'], 'findings'],
    ['an unknown severity', (r) => (r['findings'][1].severity = 'fatal'), 'findings[1].severity'],
    ['a subject without a name', (r) => delete r['findings'][0].subject.name, 'findings[0].subject.name'],
    ['pages that are not a list', (r) => (r['findings'][2].pages = 'https://a.example/'), 'findings[2].pages'],
    ['evidence with a number', (r) => (r['findings'][0].evidence = [1]), 'findings[0].evidence[0]'],
    ['an inventory item of an unknown type', (r) => (r['inventory'][0].type = 'flash'), 'inventory[0].type'],
    ['a database entry without its wildcard flag', (r) => delete r['inventory'][2].known.wildcard, 'inventory[2].known.wildcard'],
    ['a start that is no date', (r) => (r['startedAt'] = 'yesterday'), 'startedAt'],
    ['a mode missing in counts', (r) => delete r['counts'].reject, 'counts.reject'],
    ['a summary as text', (r) => (r['summary'].hint = 'one'), 'summary.hint'],
    ['a refused flag as text', (r) => (r['findings'][4].refused = 'yes'), 'findings[4].refused'],
  ];

  test.each(broken)('names the field when a report has %s', (_, change, path) => {
    const result = checkScanReport(changed(change));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatchObject({ code: 'shape', path });
    // Never stricter than the published schema: what the check refuses, the schema refuses too.
    expect(validate(changed(change))).toBe(false);
  });

  test('lists the allowed values for an enum', () => {
    const result = checkScanReport(changed((r) => (r['banner'].kind = 'cookiebot')));
    expect(!result.ok && result.problem).toEqual({
      code: 'shape',
      path: 'banner.kind',
      expected: 'one-of',
      values: ['akkoord', 'other', 'none'],
    });
  });

  test('accepts every optional field the schema allows', () => {
    const r = changed((x) => {
      x['banner'] = { kind: 'akkoord', accept: 'Alles accepteren', reject: 'Alles weigeren' };
      x['findings'][0].subject.domain = '.bakkerij.example';
      x['inventory'][0].maxAgeSeconds = null;
      x['findings'][0].refused = true;
    });
    expect(validate(r)).toBe(true);
    expect(checkScanReport(r).ok).toBe(true);
  });
});
