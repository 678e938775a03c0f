import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSS } from '../src/styles.js';

const SRC = new URL('../src/', import.meta.url);
const views = readdirSync(SRC)
  .filter((f) => f.endsWith('.tsx'))
  .map((f) => readFileSync(new URL(f, SRC), 'utf8'))
  .join('\n');

describe('banner stylesheet', () => {
  it('styles exactly the classes the views use, by readable names', () => {
    const styled = [...new Set([...CSS.matchAll(/\.([a-z][\w-]*)/gi)].map((m) => m[1]!))].sort();
    const used = [...new Set([...views.matchAll(/\bclass="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')))].sort();
    expect(styled).toEqual(used);
    // One-letter names were how bytes used to be saved; brotli makes the words nearly free.
    expect(styled.filter((c) => c.length < 3)).toEqual([]);
  });
});
