// docs/banner-texts.md (issue 14): its table of text keys lists exactly the keys of the banner's
// English locale file, with the current Dutch and English defaults, as scripts/docs-text-keys.mjs
// prints it; and its example config is valid.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateConfig } from '@akkoord/core';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(join(root, 'docs/banner-texts.md'), 'utf8');
const locale = (lang: string) => JSON.parse(readFileSync(join(root, `packages/banner/src/locales/${lang}/banner.json`), 'utf8'));

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. */
const flatten = (o: Record<string, unknown>, prefix = ''): Record<string, string> =>
  Object.assign(
    {},
    ...Object.entries(o).map(([k, v]) =>
      v && typeof v == 'object' ? flatten(v as Record<string, unknown>, `${prefix}${k}.`) : { [prefix + k]: String(v) },
    ),
  );

/** The generated table between the markers. */
const table = /<!-- text-keys:start[^\n]*-->\n([\s\S]*?)<!-- text-keys:end -->/.exec(doc)?.[1] ?? '';
/** Its rows as `{ key, where, nl, en }`; `\|` inside a cell is a literal bar. */
const rows = table
  .split('\n')
  .filter((l) => l.startsWith('| `'))
  .map((l) => {
    const cells = l
      .slice(2, -2)
      .split(/(?<!\\) \| /)
      .map((c) => c.replace(/\\\|/g, '|').replace(/\\\\/g, '\\'));
    return { key: cells[0]!.replace(/`/g, ''), where: cells[1]!, nl: cells[2]!, en: cells[3]! };
  });

describe('docs/banner-texts.md', () => {
  it('has the generated table between its markers', () => {
    expect(table).toMatch(/^\| Key \| Where it shows \| Dutch \(nl\) \| English \(en\) \|\n/);
  });

  it('lists exactly the keys of packages/banner/src/locales/en/banner.json, in its order', () => {
    expect(rows.map((r) => r.key)).toEqual(Object.keys(flatten(locale('en'))));
  });

  it('shows the current Dutch and English defaults', () => {
    const en = flatten(locale('en'));
    const nl = flatten(locale('nl'));
    for (const r of rows) {
      expect(r.en, r.key).toBe(en[r.key]);
      expect(r.nl, r.key).toBe(nl[r.key]);
    }
  });

  it('says for every key where it shows', () => {
    for (const r of rows) expect(r.where, r.key).not.toMatch(/not described yet/);
  });

  it('is what scripts/docs-text-keys.mjs prints (run it with --write after a text changes)', () => {
    const printed = execFileSync(process.execPath, [join(root, 'scripts/docs-text-keys.mjs')], { encoding: 'utf8' });
    expect(table).toBe(printed);
  });

  it('its example config is valid', () => {
    const json = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const { errors, config } = validateConfig(JSON.parse(json));
    expect(errors).toEqual([]);
    const en = flatten(locale('en'));
    // Only real keys are overridden in the example.
    for (const lang of Object.keys(config!.texts!))
      for (const k of Object.keys(flatten(config!.texts![lang]!))) expect(en).toHaveProperty([k]);
  });
});
