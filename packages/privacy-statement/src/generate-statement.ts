import { buildStatement, type OpenError, type SectionRule } from './build-statement.js';
import { pruneDeclarations } from './prune-declarations.js';
import { PAGE_CSS } from './page-css.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import type { Declarations, Lang } from './types.js';

/** Output formats of the statement. */
export type StatementFormat = 'md' | 'html' | 'page';

/** Options of {@link generateStatement}. */
export interface StatementOptions {
  /** @default "nl" */
  lang?: Lang;
  /** `md` Markdown, `html` an HTML fragment to embed, `page` a standalone HTML page. @default "md" */
  format?: StatementFormat;
  /** Replace the section list (add, drop or reorder sections). @default defaultSections */
  sections?: readonly SectionRule[];
  /**
   * Errors the declarations still have, for a statement generated anyway (`statement --force`).
   * When given, the statement is a draft: a notice naming them under the title, "Concept:" /
   * "Draft:" in the page title and `<meta name="robots" content="noindex">` in a `page`.
   * @default []
   */
  openErrors?: readonly OpenError[];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * Generates the privacy statement in one language and format. Pure and deterministic: the same
 * declarations give byte-identical output; no clock is read (dates come from the declarations).
 * It does not validate: run {@link validateDeclarations} first and refuse on errors. Parts that
 * do not fit the schema are left out rather than crashing the run.
 */
export function generateStatement(d: Declarations, options: StatementOptions = {}): string {
  const lang = options.lang ?? 'nl';
  const format = options.format ?? 'md';
  // Checked at run time too: lang lands in <html lang="…"> and JavaScript callers have no types.
  if (lang !== 'nl' && lang !== 'en') throw new TypeError(`generateStatement: lang must be "nl" or "en", got ${JSON.stringify(lang)}`);
  if (!['md', 'html', 'page'].includes(format))
    throw new TypeError(`generateStatement: format must be "md", "html" or "page", got ${JSON.stringify(format)}`);
  const model = buildStatement(pruneDeclarations(d), lang, options.sections, options.openErrors);
  const md = renderMarkdown(model.blocks);
  if (format === 'md') return md;
  const html = renderHtml(md);
  if (format === 'html') return html;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${model.draft ? '<meta name="robots" content="noindex">\n' : ''}<title>${escapeHtml(model.title)}</title>
<style>
${PAGE_CSS}</style>
</head>
<body>
<main class="ps">
${html}</main>
</body>
</html>
`;
}
