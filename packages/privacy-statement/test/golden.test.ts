/**
 * Golden files: every example × language × format compared byte for byte with test/golden/.
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npx vitest run packages/privacy-statement`
 * and read the diff before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateStatement, type StatementFormat } from '../src/generate-statement.js';
import type { Lang } from '../src/types.js';
import { GOLDEN_DIR, exampleFiles, loadExample } from './fixtures.js';

const EXT: Record<StatementFormat, string> = { md: 'md', html: 'html', page: 'page.html' };
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('golden statements', () => {
  for (const file of exampleFiles()) {
    for (const lang of ['nl', 'en'] as Lang[]) {
      for (const format of ['md', 'html', 'page'] as StatementFormat[]) {
        const name = `${file.replace(/\.yaml$/, '')}.${lang}.${EXT[format]}`;
        it(name, () => {
          const out = generateStatement(loadExample(file), { lang, format });
          const path = GOLDEN_DIR + name;
          if (update || !existsSync(path)) {
            mkdirSync(GOLDEN_DIR, { recursive: true });
            writeFileSync(path, out);
          }
          expect(out).toBe(readFileSync(path, 'utf8'));
        });
      }
    }
  }
});
