/**
 * Golden files: every example × language × format compared byte for byte with test/golden/.
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npx vitest run packages/privacy-statement`
 * and read the diff before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bannerConfig } from '../src/banner-config.js';
import { generateStatement, type StatementFormat } from '../src/generate-statement.js';
import { register } from '../src/render-register.js';
import type { Lang } from '../src/types.js';
import { GOLDEN_DIR, exampleFiles, loadExample } from './fixtures.js';

const EXT: Record<StatementFormat, string> = { md: 'md', html: 'html', page: 'page.html' };
const update = process.env['UPDATE_GOLDEN'] === '1';

/** The single golden helper: compare with the stored file, or (re)write it when asked or missing. */
function golden(name: string, make: () => string) {
  it(name, () => {
    const out = make();
    const path = GOLDEN_DIR + name;
    if (update || !existsSync(path)) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(path, out);
    }
    expect(out).toBe(readFileSync(path, 'utf8'));
  });
}

describe('golden statements', () => {
  for (const file of exampleFiles()) {
    const base = file.replace(/\.yaml$/, '');
    for (const lang of ['nl', 'en'] as Lang[]) {
      for (const format of ['md', 'html', 'page'] as StatementFormat[]) {
        golden(`${base}.${lang}.${EXT[format]}`, () => generateStatement(loadExample(file), { lang, format }));
      }
    }
  }
});

describe('golden registers and banner configs', () => {
  for (const file of exampleFiles()) {
    const base = file.replace(/\.yaml$/, '');
    golden(`${base}.register.nl.md`, () => register(loadExample(file), { format: 'md', lang: 'nl' }));
    golden(`${base}.register.en.csv`, () => register(loadExample(file), { format: 'csv', lang: 'en' }));
    golden(`${base}.register.en.json`, () => register(loadExample(file), { format: 'json', lang: 'en' }));
    golden(`${base}.consent.json`, () => `${JSON.stringify(bannerConfig(loadExample(file), { statementUrl: '/privacy/' }), null, 2)}\n`);
  }
});
