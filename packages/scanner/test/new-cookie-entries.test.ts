import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { cookieScanOf, newCookieEntries, scanDate, storedItems } from '../src/new-cookie-entries.js';
import { updateDeclarations } from '../src/write-declarations.js';
import { PIPE_NAME, sampleReport, XSS_NAME } from './sample-report.js';

describe('newCookieEntries', () => {
  const report = sampleReport();

  test('adds every undeclared cookie and storage key as plain data, marked for review', () => {
    const out = newCookieEntries(report, []);
    // CookieConsent, _ga and _gid are declared in the report; requests are never entries.
    expect(out.map((e) => e.entry.name)).toEqual(['*script*alert(1)*/script*', '_fbp', 'a|b']);
    expect(out[1]).toEqual({
      entry: {
        name: '_fbp',
        provider: 'Meta Platforms',
        category: 'marketing',
        purpose: { en: 'Identifies the browser to deliver and measure advertising.' },
        duration: 'P3M',
      },
      review: ['scan'],
    });
    // Unknown to the database: the cautious placeholders, and the mark that says so.
    expect(out[0]).toMatchObject({ entry: { party: 'third', category: 'marketing', duration: 'session' }, review: ['scan', 'unknown'] });
    expect(out[2]).toMatchObject({ entry: { type: 'localStorage', category: 'marketing' }, review: ['scan', 'unknown'] });
    expect(out[2]?.entry).not.toHaveProperty('duration');
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  test('skips what an existing entry matches, of the same type only', () => {
    const existing = [
      { name: '_fb*', category: 'marketing', purpose: 'x' },
      { name: 'a|b', category: 'necessary', purpose: 'x' },
      'not an entry',
      null,
    ];
    expect(newCookieEntries(report, existing).map((e) => e.entry.name)).toEqual(['*script*alert(1)*/script*', 'a|b']);
  });

  test('with trustReportDeclared off, an item declared in the scanned file is added when the list lacks it', () => {
    const names = newCookieEntries(report, [{ name: '_ga', category: 'analytics', purpose: 'x' }], { trustReportDeclared: false }).map(
      (e) => e.entry.name,
    );
    expect(names).toEqual(['*script*alert(1)*/script*', 'CookieConsent', '_fbp', '_gid', 'a|b']);
  });

  test('is what updateDeclarations writes into the file, entry for entry', () => {
    const written = parse(updateDeclarations('', report, { file: 'p.yaml' }).text) as { cookies: unknown[] };
    expect(written.cookies).toEqual(newCookieEntries(report, []).map((e) => e.entry));
  });
});

describe('cookieScanOf and scanDate', () => {
  test('names every cookie and storage key once, sorted, with the scan day', () => {
    const report = sampleReport();
    expect(scanDate(report)).toBe('2025-06-02');
    expect(cookieScanOf(report, '2025-06-02')).toEqual({
      date: '2025-06-02',
      found: [XSS_NAME, 'CookieConsent', '_fbp', '_ga', '_gid', PIPE_NAME],
    });
    expect(storedItems(report)).toHaveLength(6);
  });

  test('scanDate is undefined without a date at the start', () => {
    expect(scanDate({ startedAt: 'yesterday' })).toBeUndefined();
  });
});
