import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../scanner/test/sample-report.js';
import { createT } from '../src/i18n.js';
import { readScan } from '../src/read-scan.js';

const en = createT('en');
const nl = createT('nl');
const report = (change: (r: Record<string, any>) => void = () => {}) => {
  const r = JSON.parse(JSON.stringify(sampleReport())) as Record<string, any>;
  change(r);
  return JSON.stringify(r);
};

describe('readScan', () => {
  it('reads an akkoord-scan version 1 report', () => {
    expect(readScan(report(), 'scan.json', en)).toEqual({ ok: true, report: sampleReport() });
  });

  it('names the file and what is wrong, in the interface language', () => {
    const error = (text: string, t = en) => {
      const r = readScan(text, 'site-scan.json', t);
      if (r.ok) throw new Error('expected an error');
      return r.error;
    };
    expect(error('<html>')).toMatch(/^site-scan\.json is not a JSON file \(.+\)\. Choose the file/);
    expect(error('<html>', nl)).toMatch(/^site-scan\.json is geen JSON-bestand \(/);
    expect(error('{"meta": {}, "cookies": []}')).toBe(
      'site-scan.json is not an Akkoord scan report: it has no "format": "akkoord-scan". To open a declarations file, use “Open a file” instead.',
    );
    expect(error('{"format": "akkoord-consent"}', nl)).toBe(
      'site-scan.json is geen scanrapport van Akkoord: het formaat is "akkoord-consent", niet "akkoord-scan".',
    );
    expect(error('"akkoord-scan"')).toBe('site-scan.json is not an Akkoord scan report: it holds no JSON object.');
    expect(error(report((r) => (r['version'] = 2)))).toBe(
      'site-scan.json is an Akkoord scan report of version 2, which this studio cannot read: it reads version 1.',
    );
    expect(
      error(
        report((r) => delete r['version']),
        nl,
      ),
    ).toBe('site-scan.json is een scanrapport van Akkoord zonder versienummer. Deze studio leest versie 1.');
    expect(error(report((r) => (r['findings'][3].severity = 'fatal')))).toBe(
      'site-scan.json is an Akkoord scan report, but findings[3].severity should be one of: violation, undeclared, check, hint. The file may have been edited or cut off.',
    );
    expect(
      error(
        report((r) => (r['inventory'] = {})),
        nl,
      ),
    ).toBe(
      'site-scan.json is een scanrapport van Akkoord, maar inventory moet een lijst zijn. Het bestand is misschien aangepast of afgebroken.',
    );
  });

  it('has a wording for every kind of field the check can ask for', () => {
    for (const kind of ['object', 'string', 'number', 'list', 'boolean', 'date-time', 'one-of']) {
      expect(en(`scanImport.expected.${kind}`)).not.toBe(`scanImport.expected.${kind}`);
      expect(nl(`scanImport.expected.${kind}`)).not.toBe(`scanImport.expected.${kind}`);
    }
  });
});
