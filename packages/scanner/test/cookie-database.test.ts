import { describe, expect, test } from 'vitest';
import { cookieDatabase, createCookieDatabase, databaseInfo, domainHosts, lookupItem } from '../src/cookie-database.js';
import type { KnownItem } from '../src/types.js';

/** A minimal entry for the factory tests; only the fields a test cares about differ. */
function item(id: string, name: string, extra: Partial<KnownItem> = {}): KnownItem {
  return {
    id,
    platform: `P${id}`,
    category: 'Analytics',
    name,
    wildcard: false,
    description: '',
    retention: '1 year',
    controller: 'C',
    ...extra,
  };
}

describe('the shipped Open Cookie Database', () => {
  test('knows _ga as Google Analytics, category Analytics, exact name', () => {
    const ga = lookupItem('_ga');
    expect(ga).toMatchObject({
      platform: 'Google Analytics',
      category: 'Analytics',
      name: '_ga',
      wildcard: false,
      retention: '2 years',
      retentionIso: 'P2Y',
    });
  });

  test('matches _ga_ABC123 through the _ga_ wildcard', () => {
    const item = lookupItem('_ga_ABC123');
    expect(item).toMatchObject({ name: '_ga_', wildcard: true, platform: 'Google Analytics' });
  });

  test('an exact entry beats a wildcard entry of the same name', () => {
    // The database has euconsent both as LiveRamp's exact name and as ShareThis's prefix.
    expect(lookupItem('euconsent')).toMatchObject({ platform: 'LiveRamp', wildcard: false });
    expect(lookupItem('euconsent_xyz')).toMatchObject({ platform: 'ShareThis', wildcard: true });
  });

  test('unknown names and names in another case are not found', () => {
    expect(lookupItem('akkoord-test-cookie-that-does-not-exist')).toBeUndefined();
    expect(lookupItem('')).toBeUndefined();
    expect(lookupItem('_GA')).toBeUndefined();
  });

  test('a domain picks between entries that share a name', () => {
    // "token" is Adform's (adform.net, first in the file) and Xandr's (.adnxs.com).
    expect(lookupItem('token')?.platform).toBe('Adform');
    expect(lookupItem('token', '.adnxs.com')?.platform).toBe('Xandr');
    expect(lookupItem('token', 'ib.adnxs.com')?.platform).toBe('Xandr');
    expect(lookupItem('token', 'adform.net')?.platform).toBe('Adform');
    expect(lookupItem('token', 'example.nl')?.platform).toBe('Adform');
  });

  test('names cleaned at build time match real cookie names', () => {
    // The CSV has a trailing tab in this name and a soft hyphen in the other.
    expect(lookupItem('ce_need_secure_cookie')?.platform).toBe('Crazy Egg');
    expect(lookupItem('logglytrackingsession')).toBeDefined();
  });

  test('databaseInfo gives the upstream commit, licence and the entry count', () => {
    const info = databaseInfo();
    expect(info).toMatchObject({
      commit: '0ee5a17fe1cb002943f89370d24fc26a4226061c',
      date: '2026-01-21',
      license: 'Apache-2.0',
      count: 2264,
    });
    expect(cookieDatabase().entries).toHaveLength(2264);
  });

  test('every entry is well formed', () => {
    const categories = ['Functional', 'Marketing', 'Analytics', 'Security', 'Necessary', 'Personalization'];
    for (const e of cookieDatabase().entries) {
      expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(categories).toContain(e.category);
      expect(e.name).toBe(e.name.trim());
      expect(e.name.length).toBeGreaterThan(0);
      if (e.privacyUrl !== undefined) expect(e.privacyUrl).toMatch(/^https?:\/\//);
      if (e.domain !== undefined) expect(e.domain.length).toBeGreaterThan(0);
    }
  });

  test('every entry is found by its own name (exact, or a wildcard prefix plus a suffix)', () => {
    // Speed is not timed here (budgets live in npm run bench); this checks the index covers all rows.
    const names = cookieDatabase().entries.map((e) => (e.wildcard ? `${e.name}x` : e.name));
    expect(names.filter((n) => !lookupItem(n))).toEqual([]);
  });
});

describe('createCookieDatabase', () => {
  const db = createCookieDatabase([
    item('1', '_x'),
    item('2', '_x_', { wildcard: true }),
    item('3', '_x_long_', { wildcard: true }),
    item('4', '_x_exact'),
    item('5', 'sid', { domain: 'one.example' }),
    item('6', 'sid', { domain: '.two.example (3rd party)' }),
    item('7', 'sid', { domain: 'login.three.example' }),
  ]);

  test('exact beats prefix, and the longest prefix wins', () => {
    expect(db.lookupItem('_x')?.id).toBe('1');
    expect(db.lookupItem('_x_exact')?.id).toBe('4');
    expect(db.lookupItem('_x_abc')?.id).toBe('2');
    expect(db.lookupItem('_x_long_abc')?.id).toBe('3');
    expect(db.lookupItem('_y')).toBeUndefined();
  });

  test('names are case-sensitive', () => {
    expect(db.lookupItem('_X')).toBeUndefined();
    expect(db.lookupItem('SID')).toBeUndefined();
  });

  test('the entry whose domain fits wins among equal names, else the first', () => {
    expect(db.lookupItem('sid')?.id).toBe('5');
    expect(db.lookupItem('sid', 'two.example')?.id).toBe('6');
    expect(db.lookupItem('sid', 'www.two.example')?.id).toBe('6');
    expect(db.lookupItem('sid', '.THREE.example')?.id).toBe('7');
    expect(db.lookupItem('sid', 'other.example')?.id).toBe('5');
    // Whole labels only: "xtwo.example" is not under "two.example".
    expect(db.lookupItem('sid', 'xtwo.example')?.id).toBe('5');
  });

  test('keeps the entries it was given', () => {
    expect(db.entries.map((e) => e.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});

describe('domainHosts', () => {
  test('reads the forms the Domain column uses', () => {
    expect(domainHosts('.linkedin.com')).toEqual(['linkedin.com']);
    expect(domainHosts('adform.net (3rd party)')).toEqual(['adform.net']);
    expect(domainHosts('.bing.com (3rd party) or .microsoft.com (3rd party)')).toEqual(['bing.com', 'microsoft.com']);
    expect(domainHosts(' or demdex.net (3rd party)')).toEqual(['demdex.net']);
    expect(domainHosts('Inspectlet.com (3rd party)')).toEqual(['inspectlet.com']);
  });

  test('leaves out what is not a plain host', () => {
    expect(domainHosts('ads-[account].adhese.com')).toEqual([]);
    expect(domainHosts('ut')).toEqual([]);
    expect(domainHosts('')).toEqual([]);
    expect(domainHosts(undefined)).toEqual([]);
  });
});
