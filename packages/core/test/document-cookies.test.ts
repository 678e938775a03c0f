// @vitest-environment happy-dom
import Cookies from 'js-cookie';
import { afterEach, describe, expect, it } from 'vitest';
import { documentCookies } from '../src/document-cookies.js';
import { encodeDecision } from '../src/index.js';

afterEach(() => {
  for (const pair of document.cookie.split('; ').filter(Boolean))
    document.cookie = pair.split('=')[0] + '=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

/** A decision value with every kind of character the decision cookie holds, and a revision that needs escaping. */
const value = encodeDecision({
  id: '3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f',
  revision: '2026/01 50% "herzien"',
  categories: ['necessary', 'analytics'],
  services: { analytics: ['matomo'] },
  time: 1_767_225_600_000,
  action: 'custom',
  pending: true,
});

describe('documentCookies', () => {
  it('writes the decision value byte for byte as js-cookie did, so earlier cookies read the same', () => {
    Cookies.set('akkoord', value);
    const byJsCookie = document.cookie;
    Cookies.remove('akkoord');
    documentCookies(document).set('akkoord', value);
    expect(document.cookie).toBe(byJsCookie);
    expect(document.cookie).toContain('akkoord=1|3f2a9c1e-');
    expect(documentCookies(document).get('akkoord')).toBe(value);
    expect(Cookies.get('akkoord')).toBe(value);
  });

  it('reads what js-cookie wrote', () => {
    Cookies.set('akkoord', value);
    expect(documentCookies(document).get('akkoord')).toBe(value);
  });

  it('lists every cookie by its name as stored, keeps a broken escape as it is, and skips a nameless one', () => {
    document.cookie = '_ga=GA1.1.123; path=/';
    document.cookie = 'odd%name=50%; path=/';
    document.cookie = 'naamloos';
    const jar = documentCookies(document).get();
    expect(jar).toMatchObject({ _ga: 'GA1.1.123', 'odd%name': '50%' });
    expect(Object.keys(jar)).not.toContain('');
    expect(Object.keys(jar)).not.toContain('naamloos');
    expect(documentCookies(document).get('missing')).toBeUndefined();
  });

  it('removes a cookie under the exact name, path and domain it was stored with', () => {
    document.cookie = 'odd%name=1; path=/';
    documentCookies(document).remove('odd%name', { path: '/' });
    expect(document.cookie).not.toContain('odd%name');
  });

  it('writes the attributes it is given and leaves out absent ones', () => {
    const written: string[] = [];
    const doc = {
      get cookie() {
        return '';
      },
      set cookie(v: string) {
        written.push(v);
      },
    } as Document;
    const jar = documentCookies(doc);
    const before = Date.now();
    jar.set('akkoord', 'a|b', { expires: 30, domain: 'example.nl', path: '/shop', sameSite: 'Lax', secure: true });
    jar.set('akkoord', 'x', { secure: false, domain: undefined });
    jar.remove('_ga', { domain: '.example.nl' });
    const [full, bare, removal] = written as [string, string, string];
    expect(full).toMatch(/^akkoord=a\|b; path=\/shop; expires=[^;]+; domain=example\.nl; sameSite=Lax; secure$/);
    const expires = Date.parse(/expires=([^;]+)/.exec(full)![1]!);
    expect(expires - before).toBeGreaterThan(30 * 864e5 - 2000);
    expect(expires - before).toBeLessThan(30 * 864e5 + 2000);
    expect(bare).toBe('akkoord=x; path=/');
    expect(removal).toMatch(/^_ga=; path=\/; domain=\.example\.nl; expires=/);
    expect(Date.parse(/expires=([^;]+)/.exec(removal)![1]!)).toBeLessThan(before);
  });
});
