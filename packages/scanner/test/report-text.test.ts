/** The terminal report: layout, width, colour only when asked, and the one-line summary. */
import { describe, expect, test } from 'vitest';
import { renderText, truncate, TEXT_WIDTH } from '../src/report-text.js';
import { sampleReport } from './sample-report.js';

describe('renderText', () => {
  const plain = renderText(sampleReport(), { lang: 'en' });
  const lines = plain.trimEnd().split('\n');

  test('ends with the summary line in severity order', () => {
    expect(lines.at(-1)).toBe('4 violations, 2 undeclared, 3 checks, 1 hint');
    expect(renderText(sampleReport(), { lang: 'nl' }).trimEnd().split('\n').at(-1)).toBe(
      '4 overtredingen, 2 niet gedeclareerd, 3 te controleren, 1 tip',
    );
  });

  test('keeps every line within the width', () => {
    for (const line of lines) expect(Array.from(line).length, line).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  test('aligns the counts table: numbers end in the same column as their heading', () => {
    const head = lines.find((l) => l.startsWith('What')) ?? '';
    const cookies = lines.find((l) => l.startsWith('Cookies')) ?? '';
    expect(head.length).toBeGreaterThan(0);
    expect(cookies.length).toBe(head.length);
    const r = sampleReport().counts;
    expect(cookies.trim().split(/\s{2,}/)).toEqual([
      'Cookies',
      String(r.before.cookies),
      String(r.accept.cookies),
      String(r.reject.cookies),
    ]);
  });

  test('groups findings by severity, most serious first, with the first evidence', () => {
    const order = ['Violations (4)', 'Undeclared (2)', 'To check (3)', 'Hints (1)'].map((h) => lines.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const ga = lines.findIndex((l) => l.includes('Cookie _ga'));
    expect(lines[ga]).toMatch(/^ {2}Violation\s+Before consent\s+Cookie _ga\s+3 pages$/);
    expect(lines[ga + 1]).toBe('    ↳ https://www.googletagmanager.com/gtag/js');
    // A capped evidence list counts what it left out: 4 shown after the first, plus 2 more.
    expect(plain).toContain('↳ https://bakkerij.example/js/a.js (+6 more)');
  });

  test('uses ANSI colour only when asked', () => {
    expect(plain).not.toContain('\u001b[');
    const coloured = renderText(sampleReport(), { lang: 'en', color: true });
    expect(coloured).toContain('\u001b[31mViolation');
    // eslint-disable-next-line no-control-regex -- strips the ANSI colour codes under test
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  test('shortens long values with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    const report = sampleReport();
    report.findings[0]!.evidence = [`https://cdn.example/${'x'.repeat(200)}.js`];
    const long =
      renderText(report, { lang: 'en' })
        .split('\n')
        .find((l) => l.includes('cdn.example')) ?? '';
    expect(long.endsWith('…')).toBe(true);
    expect(Array.from(long).length).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  test('says so when there are no findings', () => {
    const report = sampleReport();
    report.findings = [];
    report.summary = { violation: 0, undeclared: 0, check: 0, hint: 0 };
    const out = renderText(report, { lang: 'nl' });
    expect(out).toContain('De scan vond niets om te melden.');
    expect(out.trimEnd().split('\n').at(-1)).toBe('0 overtredingen, 0 niet gedeclareerd, 0 te controleren, 0 tips');
  });
});
