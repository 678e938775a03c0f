import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSS } from '../src/styles.js';

const SRC = new URL('../src/', import.meta.url);
const views = readdirSync(SRC)
  .filter((f) => f.endsWith('.tsx'))
  .map((f) => readFileSync(new URL(f, SRC), 'utf8'))
  .join('\n');

/**
 * The first layer's `layout` and `position` are class names too (banner-view.tsx joins them);
 * the defaults, `box` and `bottom`, are the plain `.banner` and need no rule of their own.
 */
const types = readFileSync(new URL('../../core/src/types.ts', import.meta.url), 'utf8');
const looks = ['BannerLayout', 'BannerPosition'].flatMap((t) =>
  [...new RegExp(`type ${t} = ([^;]+);`).exec(types)![1]!.matchAll(/'([\w-]+)'/g)].map((m) => m[1]!),
);

describe('banner stylesheet', () => {
  it('styles exactly the classes the views use, by readable names', () => {
    const styled = [...new Set([...CSS.matchAll(/\.([a-z][\w-]*)/gi)].map((m) => m[1]!))].sort();
    expect(looks).toEqual(['box', 'bar', 'bottom', 'bottom-left', 'bottom-right', 'middle']);
    expect(views).toContain("['banner', config.layout, config.position].join(' ')");
    const literal = [...views.matchAll(/\bclass="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
    const used = [...new Set([...literal, 'banner', ...looks.filter((c) => c != 'box' && c != 'bottom')])].sort();
    expect(styled).toEqual(used);
    // One-letter names were how bytes used to be saved; brotli makes the words nearly free.
    expect(styled.filter((c) => c.length < 3)).toEqual([]);
  });
});
