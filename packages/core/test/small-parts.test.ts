import { describe, expect, it, vi } from 'vitest';
import { cookieMatcher, randomId, resolveLanguage } from '../src/index.js';
import { createEmitter } from '../src/emitter.js';

describe('resolveLanguage', () => {
  const env = (lang: string, langs: string[]) => ({ doc: { documentElement: { lang } } as Document, languages: () => langs });
  it('auto: <html lang> first, primary subtag', () => {
    expect(resolveLanguage('auto', ['nl', 'en'], env('nl-BE', ['en-US']))).toBe('nl');
  });
  it('then the browser languages, then en', () => {
    expect(resolveLanguage('auto', ['nl', 'en'], env('', ['de-DE', 'nl']))).toBe('nl');
    expect(resolveLanguage(undefined, ['nl', 'en'], env('fr', ['de']))).toBe('en');
    expect(resolveLanguage('auto', ['nl', 'en'], { languages: () => [] })).toBe('en');
  });
  it('only languages with texts count', () => {
    expect(resolveLanguage('de', ['nl', 'en'], env('de', ['nl']))).toBe('nl');
    expect(resolveLanguage('auto', ['nl'], env('fr', ['de']))).toBe('nl');
  });
  it('a configured language wins; exact regional texts are preferred', () => {
    expect(resolveLanguage('en', ['nl', 'en'], env('nl', ['nl']))).toBe('en');
    expect(resolveLanguage('auto', ['nl', 'nl-BE'], env('NL-be', []))).toBe('nl-BE');
  });
});

describe('randomId', () => {
  it('builds a UUID v4 from getRandomValues (also on plain-http pages, where randomUUID is missing)', () => {
    const fill =
      (v: number) =>
      <T extends ArrayBufferView | null>(a: T) => ((a as unknown as Uint8Array).fill(v), a);
    expect(randomId({ getRandomValues: fill(255) })).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(randomId({ getRandomValues: fill(0) })).toBe('00000000-0000-4000-8000-000000000000');
    const ids = new Set(Array.from({ length: 50 }, () => randomId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('cookieMatcher', () => {
  it('exact, wildcard and regex forms', () => {
    expect(cookieMatcher('_ga').test('_ga')).toBe(true);
    expect(cookieMatcher('_ga').test('_gat')).toBe(false);
    expect(cookieMatcher('_pk_id.*').test('_pk_id.1.ab')).toBe(true);
    expect(cookieMatcher('_pk_id.*').test('_pk_idx')).toBe(false);
    expect(cookieMatcher('/^_hj.+$/').test('_hjSession')).toBe(true);
    expect(cookieMatcher('/^_HJ/i').test('_hjx')).toBe(true);
    expect(() => cookieMatcher('/(/')).toThrow();
  });
});

describe('createEmitter', () => {
  it('calls listeners in order, survives throwing listeners, and unsubscribes', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const e = createEmitter();
    const seen: string[] = [];
    const a = (x: string) => seen.push(`a${x}`);
    e.on('x', a);
    e.on('x', () => {
      throw new Error('boom');
    });
    e.on('x', (x: string) => seen.push(`c${x}`));
    e.emit('x', '1');
    e.off('x', a);
    e.emit('x', '2');
    e.emit('nobody');
    expect(seen).toEqual(['a1', 'c1', 'c2']);
    expect(err).toHaveBeenCalledTimes(2);
    err.mockRestore();
  });
});

describe('outside a browser', () => {
  it('importing core touched no window/document, and browserEnv() is inert in Node', async () => {
    const { browserEnv, createConsent } = await import('../src/index.js');
    expect(typeof window).toBe('undefined');
    const env = browserEnv();
    expect(env.cookies.get()).toEqual({});
    expect(env.doc).toBeUndefined();
    const m = createConsent({ revision: 1, categories: [{ id: 'a', title: 'A' }] });
    expect(m.acceptAll().categories).toEqual(['a']);
  });
});
