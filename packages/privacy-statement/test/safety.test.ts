/**
 * XSS fixture: a payload in every free-text and URL field must come out inert, in the HTML we
 * render and in the Markdown even when a consumer renders it with raw HTML enabled.
 */
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { generateStatement } from '../src/generate-statement.js';
import { renderHtml } from '../src/render-html.js';
import { renderMarkdown } from '../src/render-markdown.js';
import { register } from '../src/render-register.js';
import type { Declarations } from '../src/types.js';
import { validateDeclarations } from '../src/validate-declarations.js';
import { clone, loadExample } from './fixtures.js';

const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(1)>[x](javascript:alert(1))<a href="javascript:alert(1)">y</a>';
const URL_PAYLOAD = 'javascript:alert(1)';
/** Fields whose value is an id, enum, date or duration: changing them would test the schema, not escaping. */
const STRUCTURAL = new Set([
  'id',
  'legalBasis',
  'art9Condition',
  'role',
  'mechanism',
  'fallback',
  'category',
  'type',
  'party',
  'exemption',
  'requirement',
  'action',
  'special',
  'basis',
  'address',
  'effectiveDate',
  'lastReviewed',
  'date',
  'period',
  'duration',
  'responseTime',
  'dpfCheckedOn',
  'country',
  'service',
  'addedIn',
  'version',
]);
const REF_LISTS = new Set(['dataSubjects', 'dataCategories', 'recipients', 'subProcessors', 'languages', 'countries']);
const URL_KEYS = /url|website|cookieSettings|channel|email/i;

/** Puts the payload into every free-text string, and a javascript: URL into every URL field. */
function poison(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (STRUCTURAL.has(key)) return value;
    return URL_KEYS.test(key) ? URL_PAYLOAD : `${value} ${PAYLOAD}`;
  }
  if (Array.isArray(value))
    return REF_LISTS.has(key)
      ? value
      : value.map((v) => poison(v, key === 'tradeNames' || key === 'systems' || key === 'access' ? 'text' : ''));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'address' && typeof v === 'object' ? poison(v, 'postal') : poison(v, k);
    return out;
  }
  return value;
}

const d = poison(clone(loadExample('demo-site.yaml'))) as Declarations;
// An id that tries to break out of the heading's id attribute.
(d.purposes![0] as { id: string }).id = 'x" onmouseover="alert(1)';

function assertInertHtml(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<[^>]*\sonerror\s*=/i);
  expect(html).not.toMatch(/<[^>]*\sonmouseover\s*=/i);
  expect(html).not.toMatch(/href\s*=\s*"\s*javascript:/i);
  for (const m of html.matchAll(/\sid="([^"]*)"/g)) expect(m[1]).toMatch(/^ps-[a-z0-9-]+$/);
}

describe('XSS: declaration text never becomes markup', () => {
  it('the fixture really contains the payload in free text (sanity)', () => {
    expect(JSON.stringify(d)).toContain('<script>');
    expect(d.organisation?.website).toBe(URL_PAYLOAD);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`html and page (${lang}) are inert and still show the text`, () => {
      for (const format of ['html', 'page'] as const) {
        const html = generateStatement(d, { lang, format });
        assertInertHtml(html);
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      }
    });

    it(`markdown (${lang}) stays inert even in a renderer that allows raw HTML`, () => {
      const md = generateStatement(d, { lang, format: 'md' });
      assertInertHtml(markdownIt({ html: true, linkify: true }).render(md));
    });
  }

  it('register markdown is escaped too', () => {
    assertInertHtml(markdownIt({ html: true }).render(register(d, { format: 'md' })));
  });

  it('Markdown punctuation in declaration text shows literally after rendering', () => {
    for (const text of [
      '1. Eerste',
      '2) Tweede',
      '- streep',
      '+ plus',
      '# hekje',
      '> quote',
      '*ster* _laag_',
      'a\\b',
      '&amp; &copy;',
      '`code`',
      '| pijp |',
      '~~doorgestreept~~',
      '<b>vet</b>',
      '![img](x.png)',
      '{#ps-evil}',
    ]) {
      const html = renderHtml(
        renderMarkdown([
          { type: 'paragraph', content: [text] },
          { type: 'heading', level: 3, id: 'x', content: [text] },
        ]),
      );
      const shown = html
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      expect(shown, text).toBe(`${text}\n${text}\n`);
    }
  });

  it('an invalid language or format from a JavaScript caller is refused, not written into the page', () => {
    expect(() => generateStatement(d, { lang: 'nl"><script>' as 'nl', format: 'page' })).toThrow(/lang must be "nl" or "en"/);
    expect(() => generateStatement(d, { format: 'pdf' as 'md' })).toThrow(/format must be/);
    expect(() => register(d, { format: 'xml' as 'md' })).toThrow(/format must be/);
  });

  it('the validator rejects javascript: in URL fields, naming the field and what is valid', () => {
    const f = validateDeclarations(d).find((x) => x.path === 'organisation.website');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/https:\/\/, http:\/\/ or mailto:/);
  });
});
