import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sampleReport } from '../../scanner/test/sample-report.js';
import { applyScan, entriesToAdd } from '../src/apply-scan.js';
import { exportYaml } from '../src/export-yaml.js';
import type { Declarations } from '../src/generator.js';

const TODAY = '2026-11-24';
const PLACEHOLDER = {
  nl: 'TE CONTROLEREN: het doel is onbekend. Beschrijf waarvoor dit wordt gebruikt.',
  en: 'TO REVIEW: the purpose is unknown. Describe what this is used for.',
};

/** A studio state with two cookies of its own and a scan from before. */
const start = (): Declarations => ({
  organisation: { legalName: 'Bakkerij B.V.' },
  cookies: [
    { name: 'CookieConsent', category: 'necessary', purpose: { nl: 'onthoudt uw keuze', en: 'remembers your choice' }, duration: 'P1Y' },
    { name: '_g*', category: 'analytics', purpose: { nl: 'statistiek', en: 'statistics' }, consent: true },
  ],
  cookieScan: { date: '2025-01-01', found: ['CookieConsent'] },
});

describe('applyScan', () => {
  const report = sampleReport();

  it('sets cookieScan and appends exactly the entries the list lacks, after the existing ones', () => {
    const before = start();
    const { declarations, added } = applyScan(before, report, TODAY);
    expect(declarations.cookieScan).toEqual({
      date: '2025-06-02',
      found: ['"><script>alert(1)</script>', 'CookieConsent', '_fbp', '_ga', '_gid', 'a|b'],
    });
    // `_g*` covers _ga and _gid; CookieConsent is there by name. The rest is new, in inventory order.
    expect(declarations.cookies).toEqual([
      ...before.cookies!,
      { name: '*script*alert(1)*/script*', party: 'third', category: 'marketing', purpose: PLACEHOLDER, duration: 'session' },
      {
        name: '_fbp',
        provider: 'Meta Platforms',
        category: 'marketing',
        purpose: { en: 'Identifies the browser to deliver and measure advertising.' },
        duration: 'P3M',
      },
      { name: 'a|b', type: 'localStorage', category: 'marketing', purpose: PLACEHOLDER },
    ]);
    expect(added.map((e) => e.review)).toEqual([['scan', 'unknown'], ['scan'], ['scan', 'unknown']]);
    // Nothing else moved, and the old object was not touched.
    expect({ ...declarations, cookies: undefined, cookieScan: undefined }).toEqual({
      ...start(),
      cookies: undefined,
      cookieScan: undefined,
    });
    expect(before).toEqual(start());
  });

  it('is idempotent: a second apply returns the same object and adds nothing', () => {
    const once = applyScan(start(), report, TODAY).declarations;
    const twice = applyScan(once, report, TODAY);
    expect(twice.added).toEqual([]);
    expect(twice.declarations).toBe(once);
    expect(entriesToAdd(once, report)).toEqual([]);
  });

  it("judges against the studio's list, not the report's `declared` marks", () => {
    // The report says _ga, _gid and CookieConsent are declared; this empty form lacks them.
    const names = applyScan({}, report, TODAY).added.map((e) => e.entry.name);
    expect(names).toEqual(['*script*alert(1)*/script*', 'CookieConsent', '_fbp', '_ga', '_gid', 'a|b']);
  });

  it('survives the YAML export: the new entries and the scan are in the file', () => {
    const yaml = parse(exportYaml(applyScan(start(), report, TODAY).declarations)) as Declarations;
    expect(yaml.cookies?.map((c) => c.name)).toEqual(['CookieConsent', '_g*', '*script*alert(1)*/script*', '_fbp', 'a|b']);
    expect(yaml.cookieScan?.date).toBe('2025-06-02');
  });

  it('adds nothing when cookies is no list, and says so', () => {
    const odd = { cookies: { name: 'x' } } as unknown as Declarations;
    const r = applyScan(odd, report, TODAY);
    expect(r.cookiesNotList).toBe(true);
    expect(r.added).toEqual([]);
    expect(r.declarations.cookies).toBe(odd.cookies);
    expect(r.declarations.cookieScan?.found).toHaveLength(6);
  });
});
