/**
 * Golden files: every example × language × format compared byte for byte with test/golden/.
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npx vitest run packages/privacy-statement`
 * and read the diff before committing it. A missing golden file is written (with a warning) on a
 * developer's machine, where a new example needs one; in CI it fails, because a test that writes
 * its own expectation compares the output with itself and passes whatever the output is.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCI } from '../../../test/helpers/is-ci.mjs';
import { bannerConfig } from '../src/banner-config.js';
import { generateStatement, type StatementFormat } from '../src/generate-statement.js';
import { register } from '../src/render-register.js';
import type { Lang } from '../src/types.js';
import { GOLDEN_DIR, exampleFiles, loadExample } from './fixtures.js';

const EXT: Record<StatementFormat, string> = { md: 'md', html: 'html', page: 'page.html' };
const update = process.env['UPDATE_GOLDEN'] === '1';
const ci = isCI();

/**
 * The single golden helper: compare with the stored file. Outside CI it (re)writes the file when
 * asked (`UPDATE_GOLDEN=1`) or when it is missing, loudly; in CI both fail instead, so the run
 * can only pass against golden files someone committed.
 */
function golden(name: string, make: () => string) {
  it(name, () => {
    const out = make();
    const path = GOLDEN_DIR + name;
    const missing = !existsSync(path);
    if (ci && update)
      throw new Error(`UPDATE_GOLDEN=1 in CI would compare ${name} with itself; regenerate the golden files locally and commit them`);
    if (ci && missing) throw new Error(`golden file ${path} is missing; run this test locally to write it, read it, and commit it`);
    if (update || missing) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(path, out);
      if (missing)
        console.warn(`\n*** golden: ${name} was missing and has been WRITTEN from the current output; read it before committing it ***\n`);
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
