/**
 * Golden files: the sample report in every format and language, compared byte for byte with
 * test/golden/. After an intended change, regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run --project unit packages/scanner/test/report-golden.test.ts`
 * and read the diff before keeping it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { renderHtml } from '../src/report-html.js';
import type { ReportLang } from '../src/report-i18n.js';
import { renderMarkdown } from '../src/report-markdown.js';
import { renderText } from '../src/report-text.js';
import { sampleReport } from './sample-report.js';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env['UPDATE_GOLDEN'] === '1';

/** The one golden helper: compare with the stored file, or (re)write it when asked or missing. */
function golden(name: string, make: () => string): void {
  test(name, () => {
    const out = make();
    const path = GOLDEN_DIR + name;
    if (update || !existsSync(path)) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(path, out);
    }
    expect(out).toBe(readFileSync(path, 'utf8'));
  });
}

describe('golden scan reports', () => {
  for (const lang of ['en', 'nl'] as ReportLang[]) {
    golden(`report.${lang}.md`, () => renderMarkdown(sampleReport(), { lang }));
    golden(`report.${lang}.html`, () => renderHtml(sampleReport(), { lang }));
  }
  golden('report.en.txt', () => renderText(sampleReport(), { lang: 'en' }));
});
