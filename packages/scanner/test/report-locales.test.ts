/** The scanner's locale resources: same keys and variables in nl and en, every finding kind worded, formal Dutch. */
import { describe, expect, test } from 'vitest';
import en from '../locales/en/scanner.json' with { type: 'json' };
import nl from '../locales/nl/scanner.json' with { type: 'json' };
import { createReportTranslate, findingFix, findingSentence, type InlineFormat, REPORT_LANGS } from '../src/report-i18n.js';
import type { FindingKind, ScanFinding } from '../src/types.js';
import { sampleReport } from './sample-report.js';

function flatten(o: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    if (v && typeof v === 'object') Object.assign(out, flatten(v, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = String(v);
  }
  return out;
}
const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

// A Record so the compiler fails here when a FindingKind is added without locale text.
const KINDS: Record<FindingKind, true> = {
  'before-consent': true,
  'after-reject': true,
  undeclared: true,
  'stale-declaration': true,
  'category-mismatch': true,
  'no-reject': true,
  'no-consent-log': true,
  'page-error': true,
};
const PLAIN: InlineFormat = { text: (s) => s, code: (s) => s, value: (s) => s };

describe('scanner locale resources', () => {
  const a = flatten(nl);
  const b = flatten(en);

  test('nl and en have identical key sets and the same {{variables}} per key', () => {
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const k of Object.keys(a)) expect(vars(a[k] ?? ''), k).toEqual(vars(b[k] ?? ''));
  });

  test('no empty strings', () => {
    for (const [k, v] of Object.entries({ ...a, ...b })) expect(v.trim(), k).not.toBe('');
  });

  test('every finding kind has a title, a sentence and a fix in both languages', () => {
    for (const flat of [a, b]) {
      for (const kind of Object.keys(KINDS)) {
        expect(flat[`kind.${kind}`], kind).toBeDefined();
        expect(flat[`fix.${kind}`], kind).toBeDefined();
        expect(
          Object.keys(flat).some((k) => k === `sentence.${kind}` || k.startsWith(`sentence.${kind}.`) || k.startsWith(`sentence.${kind}_`)),
          kind,
        ).toBe(true);
      }
    }
  });

  test('every finding of the sample renders to a full sentence and fix, without leftover keys or braces', () => {
    const report = sampleReport();
    expect(new Set(report.findings.map((f) => f.kind))).toEqual(new Set(Object.keys(KINDS)));
    for (const lang of REPORT_LANGS) {
      const t = createReportTranslate(lang);
      for (const f of report.findings) {
        for (const text of [findingSentence(t, f, PLAIN), findingFix(t, f, PLAIN)]) {
          expect(text, `${lang} ${f.kind}`).toMatch(/[.)]$/);
          expect(text).not.toMatch(/\{\{|sentence\.|fix\.|subject\.|category\.unknown/);
        }
      }
    }
  });

  test('request findings say "contacted", item findings "stored", with the page count in words', () => {
    const t = createReportTranslate('en');
    const base = sampleReport().findings.find((f) => f.kind === 'before-consent' && f.subject.type === 'request') as ScanFinding;
    expect(findingSentence(t, base, PLAIN)).toBe(
      'Host connect.facebook.net (marketing) was contacted before the visitor made a choice, on 2 pages.',
    );
    const one = { ...base, subject: { type: 'cookie' as const, name: 'x' }, pages: ['https://a.example/'] };
    expect(findingSentence(t, one, PLAIN)).toBe('Cookie x (marketing) was stored before the visitor made a choice, on 1 page.');
    expect(findingSentence(createReportTranslate('nl'), one, PLAIN)).toBe(
      'Cookie x (marketing) werd opgeslagen voordat de bezoeker een keuze maakte, op 1 pagina.',
    );
  });

  test('a cookie the browser refused at every sighting is one the site "tried to set", not "stored"', () => {
    const base = sampleReport().findings.find((f) => f.kind === 'before-consent' && f.subject.type === 'cookie') as ScanFinding;
    const refused = { ...base, subject: { type: 'cookie' as const, name: 'uid', domain: 'tracker.example' }, refused: true };
    expect(findingSentence(createReportTranslate('en'), refused, PLAIN)).toBe(
      'Cookie uid from tracker.example (Google Analytics, analytics): the site tried to set it before the visitor made a choice, on 3 pages. The browser refused it; a browser that allows third-party cookies would have stored it.',
    );
    expect(findingSentence(createReportTranslate('nl'), { ...refused, pages: ['https://a.example/'] }, PLAIN)).toBe(
      'Cookie uid van tracker.example (Google Analytics, statistieken): de website probeerde deze cookie te plaatsen voordat de bezoeker een keuze maakte, op 1 pagina. De browser weigerde hem; een browser die cookies van derden toestaat, had hem wel opgeslagen.',
    );
    // Every kind that names stored items has the refused wording, and none of it says "stored".
    for (const lang of REPORT_LANGS) {
      const t = createReportTranslate(lang);
      for (const kind of ['before-consent', 'after-reject', 'undeclared'] as const) {
        const text = findingSentence(t, { ...refused, kind }, PLAIN);
        expect(text, `${lang} ${kind}`).toMatch(lang === 'en' ? /tried to set it/ : /probeerde deze cookie (ook )?te plaatsen/);
        expect(text, `${lang} ${kind}`).not.toMatch(/was stored|was still stored|werd opgeslagen|werd gevonden/);
      }
    }
    // Without the field the same cookie finding still says "stored".
    expect(findingSentence(createReportTranslate('en'), { ...refused, refused: undefined }, PLAIN)).toContain('was stored before');
  });

  test('Dutch addresses the reader with "u", never "je" or "jij"', () => {
    const addressed = Object.values(a).filter((v) => /\b(u|uw)\b/i.test(v));
    expect(addressed.length).toBeGreaterThan(0);
    for (const [k, v] of Object.entries(a)) expect(v, k).not.toMatch(/\b(je|jij|jou|jouw)\b/i);
  });
});
