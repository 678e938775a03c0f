/** Locale resources: nl and en have the same keys, no empty strings; informal Dutch only overrides known keys. */
import { describe, expect, it } from 'vitest';
import enStatement from '../locales/en/statement.json' with { type: 'json' };
import enValidator from '../locales/en/validator.json' with { type: 'json' };
import nlInformal from '../locales/nl/statement-informal.json' with { type: 'json' };
import nlStatement from '../locales/nl/statement.json' with { type: 'json' };
import nlValidator from '../locales/nl/validator.json' with { type: 'json' };

function flatten(o: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    if (v && typeof v === 'object') Object.assign(out, flatten(v, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = String(v);
  }
  return out;
}
const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locale resources', () => {
  for (const [name, nl, en] of [
    ['statement', nlStatement, enStatement],
    ['validator', nlValidator, enValidator],
  ] as const) {
    it(`${name}: nl and en have identical keys and the same {{variables}}`, () => {
      const a = flatten(nl);
      const b = flatten(en);
      expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
      for (const k of Object.keys(a)) expect(vars(a[k] as string), k).toEqual(vars(b[k] as string));
    });
    it(`${name}: no empty strings`, () => {
      for (const [k, v] of Object.entries({ ...flatten(nl), ...flatten(en) })) expect(v.trim(), k).not.toBe('');
    });
  }

  it('the informal set only overrides existing keys, with the same variables', () => {
    const formal = flatten(nlStatement);
    for (const [k, v] of Object.entries(flatten(nlInformal))) {
      expect(formal[k], k).toBeDefined();
      expect(vars(v), k).toEqual(vars(formal[k] as string));
    }
  });

  it('every formal Dutch sentence that addresses the reader has an informal version', () => {
    const informal = flatten(nlInformal);
    const addressing = Object.entries(flatten(nlStatement)).filter(([k, v]) => !k.startsWith('register.') && /\b(u|uw|U|Uw)\b/.test(v));
    expect(addressing.filter(([k]) => !(k in informal)).map(([k]) => k)).toEqual([]);
    for (const v of Object.values(informal)) expect(v).not.toMatch(/\b(u|uw|U|Uw)\b/);
  });
});
