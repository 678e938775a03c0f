// docs/configuration.md "Theming" (issue 14): the table lists exactly the custom properties the
// banner's stylesheet reads, with the defaults it really has, and the dark-mode example and the
// contrast figures the text gives are true.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const styles = readFileSync(join(root, 'packages/banner/src/styles.ts'), 'utf8');
const doc = readFileSync(join(root, 'docs/configuration.md'), 'utf8');
const section = /^### Theming\n([\s\S]*?)^## /m.exec(doc)?.[1] ?? '';

/**
 * `var(--akkoord-x,default)` in a piece of CSS → `{ '--akkoord-x': 'default' }` (the first one
 * wins). A default may itself hold a `var()`: the text colour `var(--f)` is `var(--akkoord-fg)` to a site.
 */
function defaults(css: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of css.matchAll(/var\((--akkoord-[a-z-]+)(?:,((?:[^()]|\([^()]*\))*))?\)/g))
    out[m[1]!] ??= (m[2] ?? '').trim().replace('var(--f)', 'var(--akkoord-fg)');
  return out;
}
const dark = /@media\s*\(\s*prefers-color-scheme:\s*dark\s*\)\s*\{([\s\S]*?\})\s*\}/.exec(styles)?.[1] ?? '';
const light = defaults(styles.replace(dark, ''));
const darkDefaults = defaults(dark);

/** The table rows: variable → [what, default, dark default], without backticks. */
const table = Object.fromEntries(
  [...section.matchAll(/^\| `(--akkoord-[a-z-]+)` \|(.*)\|$/gm)].map((m) => [
    m[1]!,
    m[2]!.split('|').map((c) => c.trim().replace(/`/g, '')),
  ]),
);
const squash = (s: string) => s.replace(/\s+/g, '');

/** WCAG 2 contrast ratio of two hex colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    let h = hex.replace('#', '');
    if (h.length == 3) h = [...h].map((c) => c + c).join('');
    const [r, g, bl] = [0, 2, 4]
      .map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}
/** The three ratios the doc talks about, in its order: text, buttons, switches. */
const ratios = (v: Record<string, string>) => [
  contrast(v['--akkoord-fg']!, v['--akkoord-bg']!),
  contrast(v['--akkoord-accent-fg']!, v['--akkoord-accent']!),
  contrast(v['--akkoord-accent']!, v['--akkoord-bg']!),
];

describe('docs/configuration.md: theming variables', () => {
  it('the stylesheet reads custom properties (the parse found them)', () => {
    expect(Object.keys(light).length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(darkDefaults).length).toBeGreaterThanOrEqual(4);
  });

  it('the table lists exactly the --akkoord- variables of packages/banner/src/styles.ts', () => {
    const used = [...new Set(styles.match(/--akkoord-[a-z-]+/g))].sort();
    expect(Object.keys(table).sort()).toEqual(used);
  });

  it('gives the defaults the stylesheet has, in light and dark mode', () => {
    for (const [name, [, def, darkDef]] of Object.entries(table)) {
      // A var() without a fallback is unset where the site does not set it, so the property is
      // inherited from the page (the font family): the table has to say that, not a value.
      if (light[name] === '') expect(def, name).toMatch(/^the page's own, inherited/);
      else expect(squash(def!), name).toBe(squash(light[name]!));
      if (darkDefaults[name] === undefined) expect(darkDef, name).toBe('the same');
      else expect(darkDef, name).toBe(darkDefaults[name]);
    }
  });

  it('the example sets every colour for dark mode too, with enough contrast', () => {
    const css = /```css\n([\s\S]*?)```/.exec(section)![1]!;
    const block = (selector: RegExp) => {
      const body = selector.exec(css)?.[1];
      if (!body) throw new Error(`the theming example has no ${selector}`);
      return Object.fromEntries([...body.matchAll(/(--akkoord-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
    };
    const lightEx = block(/^:root \{([^}]*)\}/m);
    const darkEx = block(/prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/);
    const classEx = block(/^html\.dark \{([^}]*)\}/m);
    const colours = Object.keys(darkDefaults);
    for (const v of [darkEx, classEx]) expect(Object.keys(v).sort()).toEqual(colours.sort());
    expect(classEx).toEqual(darkEx);
    for (const v of [lightEx, darkEx]) {
      const [text, buttons, switches] = ratios(v);
      expect(text).toBeGreaterThanOrEqual(4.5);
      expect(buttons).toBeGreaterThanOrEqual(4.5);
      expect(switches).toBeGreaterThanOrEqual(3);
    }

    // The figures the text quotes, to one decimal.
    const fig = (xs: number[]) => xs.map((x) => x.toFixed(1));
    const said = [...section.matchAll(/(\d+\.\d),\s+(\d+\.\d)\s+and\s+(\d+\.\d)\s+\((light|dark)\)/g)].map((m) => [m[1], m[2], m[3]]);
    expect(said).toEqual([fig(ratios(light)), fig(ratios(darkDefaults)), fig(ratios(lightEx)), fig(ratios(darkEx))]);
  });
});
