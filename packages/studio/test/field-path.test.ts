import { describe, expect, it } from 'vitest';
import { FIELD_PATTERNS, fieldDomId, formatPath, parsePath, patternOf, resolveFieldPath } from '../src/field-path.js';
import { groupFindings } from '../src/group-findings.js';
import type { Finding } from '../src/generator.js';

const finding = (path: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule: 'V00',
  severity,
  path,
  message: 'm',
  file: 'f',
  line: 0,
  column: 0,
});

describe('paths', () => {
  it('parses and formats the generator path form both ways', () => {
    const p = ['purposes', 2, 'retention', 'period'];
    expect(formatPath(p)).toBe('purposes[2].retention.period');
    expect(parsePath('purposes[2].retention.period')).toEqual(p);
    expect(parsePath('')).toEqual([]);
    expect(patternOf(p)).toBe('purposes[].retention.period');
  });

  it('makes DOM ids that are valid and distinct per path', () => {
    expect(fieldDomId('purposes[2].name')).toBe('f-purposes-2-name');
    expect(fieldDomId(['organisation', 'address', 'city'])).toBe('f-organisation-address-city');
    expect(fieldDomId('')).toBe('f-root');
  });
});

describe('resolveFieldPath', () => {
  it('keeps a path the form renders', () => {
    expect(resolveFieldPath('purposes[3].legitimateInterest')).toBe('purposes[3].legitimateInterest');
    expect(resolveFieldPath('recipients[0].transfer.dpfCheckedOn')).toBe('recipients[0].transfer.dpfCheckedOn');
  });

  it('moves a text-language leaf to its bilingual field', () => {
    expect(resolveFieldPath('purposes[0].name.en')).toBe('purposes[0].name');
  });

  it('moves a path the form does not render to its nearest rendered ancestor', () => {
    expect(resolveFieldPath('purposes[1].internal.systems[0]')).toBe('purposes[1].internal.systems');
    expect(resolveFieldPath('organisation.representative.address.extra')).toBe('organisation.representative.address');
    expect(resolveFieldPath('cookieScan.found[3]')).toBe('cookieScan.found');
    expect(resolveFieldPath('recipients[2].processingAgreement.date')).toBe('recipients[2].processingAgreement');
  });

  it('gives "" for the whole file or a top-level key without a section', () => {
    expect(resolveFieldPath('')).toBe('');
    expect(resolveFieldPath('extra.key')).toBe('');
  });

  it('lists only patterns whose every ancestor that is a list item is listed too', () => {
    for (const p of FIELD_PATTERNS) {
      const item = p.match(/^(.*?\[\])/)?.[1];
      if (item) expect(FIELD_PATTERNS.has(item), `${p} needs ${item}`).toBe(true);
    }
  });
});

describe('groupFindings', () => {
  it('groups findings by the field that shows them, whole-file ones under ""', () => {
    const map = groupFindings([
      finding('purposes[0].legalBasis'),
      finding('purposes[0].name.nl', 'warning'),
      finding('purposes[0].name'),
      finding(''),
    ]);
    expect(map.get('purposes[0].legalBasis')).toHaveLength(1);
    expect(map.get('purposes[0].name')?.map((f) => f.severity)).toEqual(['warning', 'error']);
    expect(map.get('')).toHaveLength(1);
  });
});
