/**
 * 2 400 seeded random mutations of the examples (structure and raw text): parsing, validating and
 * generating never throw. Seeded, so a failure reproduces exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bannerConfig } from '../src/banner-config.js';
import { generateStatement } from '../src/generate-statement.js';
import { parseDeclarations } from '../src/parse-declarations.js';
import { register } from '../src/render-register.js';
import type { Declarations } from '../src/types.js';
import { validateDeclarations } from '../src/validate-declarations.js';
import { EXAMPLES_DIR, clone, exampleFiles, loadExample } from './fixtures.js';

/** mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Container = Record<string, unknown> | unknown[];
const REPLACEMENTS: unknown[] = [
  null,
  0,
  -1,
  3.5,
  true,
  false,
  '',
  ' ',
  'x',
  '<b>',
  'P',
  'P1Y2M3W4DT5H6M7S',
  '2026-13-45',
  [],
  {},
  [null],
  { nl: 5 },
  { en: '' },
  'javascript:x',
  '__proto__',
  'constructor',
  'a'.repeat(500),
];

/** All containers in the data with their keys, so a mutation can hit any level. */
function slots(value: unknown, out: [Container, string | number][] = []): [Container, string | number][] {
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push([value, i]);
      slots(v, out);
    });
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Container, k]);
      slots(v, out);
    }
  return out;
}

function mutate(d: Declarations, rnd: () => number): void {
  const all = slots(d);
  const count = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < count && all.length; i++) {
    const [container, key] = all[Math.floor(rnd() * all.length)] as [Container, string | number];
    const op = Math.floor(rnd() * 4);
    const rec = container as Record<string | number, unknown>;
    if (op === 0) {
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete rec[key];
    } else if (op === 1) rec[key] = REPLACEMENTS[Math.floor(rnd() * REPLACEMENTS.length)];
    else if (op === 2 && Array.isArray(container)) container.push(clone(container[Number(key)]));
    else rec[key] = clone(all[Math.floor(rnd() * all.length)]?.[0]);
  }
}

function exercise(d: Declarations, rnd: () => number): void {
  validateDeclarations(d, { lang: rnd() < 0.5 ? 'nl' : 'en', today: '2026-06-01' });
  // One generator per mutation keeps 2 000 runs fast on a shared machine; over the run each is hit hundreds of times.
  const pick = Math.floor(rnd() * 3);
  if (pick === 0) generateStatement(d, { lang: rnd() < 0.5 ? 'nl' : 'en', format: rnd() < 0.8 ? 'md' : 'html' });
  else if (pick === 1) register(d, { format: (['md', 'csv', 'json'] as const)[Math.floor(rnd() * 3)] });
  else bannerConfig(d);
}

describe('random mutations never throw', () => {
  const files = exampleFiles();
  it('2 000 structural mutations', () => {
    const rnd = prng(20261124);
    const bases = files.map(loadExample);
    for (let i = 0; i < 2000; i++) {
      const d = clone(bases[i % bases.length] as Declarations);
      mutate(d, rnd);
      expect(() => exercise(d, rnd), `mutation ${i}`).not.toThrow();
    }
  }, 120_000);

  it('400 raw-text mutations', () => {
    const rnd = prng(42);
    const texts = files.map((f) => readFileSync(EXAMPLES_DIR + f, 'utf8'));
    const junk = [':', '-', '"', "'", '{', '[', '\n', '  ', '#', '&a', '*a', '!!binary', '\t', '? ', '|'];
    for (let i = 0; i < 400; i++) {
      let t = texts[i % texts.length] as string;
      for (let j = 0; j < 3; j++) {
        const at = Math.floor(rnd() * t.length);
        const cut = Math.floor(rnd() * 6);
        t = t.slice(0, at) + (junk[Math.floor(rnd() * junk.length)] as string) + t.slice(at + cut);
      }
      expect(() => {
        const p = parseDeclarations(t, 'fuzz.yaml');
        validateDeclarations(p, { lang: 'en' });
        if (p.data) exercise(p.data, rnd);
      }, `text mutation ${i}`).not.toThrow();
    }
  }, 120_000);
});
