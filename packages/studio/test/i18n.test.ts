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
});
