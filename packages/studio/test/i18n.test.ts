import { describe, expect, it } from 'vitest';
import { createT, resources } from '../src/i18n.js';

const leaves = (o: unknown, prefix = ''): [string, unknown][] =>
  o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k)) : [[prefix, o]];

describe('interface text', () => {
  const nl = leaves(resources.nl);
  const en = leaves(resources.en);

  it('has the same keys in Dutch and English', () => {
    expect(nl.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
  });

  it('has no empty or non-string entries', () => {
    for (const [k, v] of [...nl, ...en]) {
      expect(typeof v, k).toBe('string');
      expect((v as string).trim(), k).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const ph = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const enMap = new Map(en);
    for (const [k, v] of nl) expect(ph(v), k).toEqual(ph(enMap.get(k)));
  });

  it('addresses the reader formally in Dutch (u, never je/jij/jouw)', () => {
    for (const [k, v] of nl) expect(String(v), k).not.toMatch(/\b(je|jij|jou|jouw)\b/i);
  });

  it('fills placeholders and shows the key when a text is missing', () => {
    const t = createT('nl');
    expect(t('field.purpose', { n: 3 })).toBe('Doel 3');
    expect(createT('en')('field.purpose', { n: 3 })).toBe('Purpose 3');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('picks the plural form by the count: "1 fout", "2 fouten", "0 fouten"', () => {
    const t = createT('nl');
    expect(t('findings.n.error', { count: 1 })).toBe('1 fout');
    expect(t('findings.n.error', { count: 2 })).toBe('2 fouten');
    expect(t('findings.n.error', { count: 0 })).toBe('0 fouten');
    expect(t('findings.n.info', { count: 1 })).toBe('1 tip');
    expect(createT('en')('findings.n.warning', { count: 1 })).toBe('1 warning');
    expect(createT('en')('scan.willAdd', { count: 1, names: 'a' })).toMatch(/^Applying adds 1 entry /);
    // Every plural has both forms in both languages.
    for (const [k] of [...nl, ...en])
      if (k.endsWith('_one')) expect(new Map([...nl, ...en]).has(k.replace(/_one$/, '_other')), k).toBe(true);
  });
});
