/**
 * Hostile site data stays data: a cookie named `"><script>alert(1)</script>`, a key `a|b` and a
 * `javascript:`-looking URL must not become markup in HTML or Markdown, nor break a table.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { escapeHtml, REPORT_CSP, renderHtml } from '../src/report-html.js';
import { REPORT_LANGS } from '../src/report-i18n.js';
import { escapeMarkdown, renderMarkdown } from '../src/report-markdown.js';
import { renderText } from '../src/report-text.js';
import { ODD_URL, PIPE_NAME, sampleReport, XSS_NAME } from './sample-report.js';

/** Markdown as a permissive renderer shows it: raw HTML allowed, so escaping is what protects. */
const md = new MarkdownIt({ html: true, linkify: true });

describe('HTML report safety', () => {
  for (const lang of REPORT_LANGS) {
    const html = renderHtml(sampleReport(), { lang });

    test(`${lang}: no <script or event handler from the data, the name shown escaped`, () => {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).toContain(escapeHtml(XSS_NAME));
      expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    test(`${lang}: self-contained, with a strict CSP and the language set`, () => {
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="' + lang + '">')).toBe(true);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`);
      expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'");
      expect(html).not.toMatch(/<link|<img|<iframe|\ssrc=|url\(|@import/i);
      expect(html).toContain('Open Cookie Database (Apache-2.0)');
    });

    test(`${lang}: only http(s) URLs become links`, () => {
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(h).toMatch(/^https?:\/\//);
      // The odd URL is http(s) too, so it is a link, with its quote-free text escaped in the attribute.
      expect(html).toContain(`href="${escapeHtml(ODD_URL)}"`);
    });
  }

  test('the database description is marked as English and, in Dutch, said to be English', () => {
    const nl = renderHtml(sampleReport(), { lang: 'nl' });
    expect(nl).toContain(
      '<span lang="en">Distinguishes visitors by a random client id, to count them across visits.</span> (beschrijving uit de Open Cookie Database, in het Engels)',
    );
  });

  test('escapeHtml escapes all five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('Markdown report safety', () => {
  for (const lang of REPORT_LANGS) {
    const source = renderMarkdown(sampleReport(), { lang });
    const rendered = md.render(source);

    test(`${lang}: the rendered Markdown holds no script or img element`, () => {
      expect(source).not.toContain(XSS_NAME);
      expect(rendered).not.toMatch(/<script/i);
      expect(rendered).not.toMatch(/<img/i);
      // The name comes through as text.
      expect(rendered).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    test(`${lang}: a pipe in a name or URL does not add a table cell`, () => {
      const rows = [...rendered.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1] ?? '');
      const pipeRow = rows.find((r) => r.includes(PIPE_NAME));
      expect(pipeRow).toBeDefined();
      expect(pipeRow?.match(/<td/g)?.length).toBe(7);
      const oddRow = rows.find((r) => r.includes('javascript:alert(document.cookie)|taart'));
      expect(oddRow?.match(/<td/g)?.length).toBe(6);
    });

    test(`${lang}: no javascript: link is produced`, () => {
      expect(rendered).not.toMatch(/href="javascript:/i);
    });
  }

  test('escapeMarkdown neutralises markup, cell ends and line-start markers', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('`x` *y* _z_ [l](u) ~s~ &amp;')).toBe('\\`x\\` \\*y\\* \\_z\\_ \\[l\\](u) \\~s\\~ \\&amp;');
    expect(escapeMarkdown('# h')).toBe('\\# h');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('a\nb')).toBe('a b');
    expect(md.renderInline(escapeMarkdown('**bold** <b>x</b>'))).toBe('**bold** &lt;b&gt;x&lt;/b&gt;');
  });
});

describe('text report safety', () => {
  test('control characters from the site never reach the terminal', () => {
    const report = sampleReport();
    report.findings[0]!.subject.name = '_fbp\u001b[2J\u001b]0;pwned\u0007';
    const out = renderText(report, { lang: 'en' });
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(out).toContain('_fbp [2J ]0;pwned');
  });
});
