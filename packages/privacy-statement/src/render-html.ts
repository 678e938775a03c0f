import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import { ID_PREFIX } from './constants.js';

/** A trailing `{#ps-…}` in a heading's raw source: the id the Markdown renderer attached. */
const HEADING_ID = /(?<!\\)\s*\{#(ps-[a-z0-9-]+)\}$/;

let parser: MarkdownIt | undefined;

/**
 * markdown-it with raw HTML off (nothing in a declaration can inject markup), linkify off (only
 * links we wrote become links) and typographer off (output stays byte-identical to the source
 * text). A core rule turns the `{#ps-id}` heading suffix into an `id` attribute; only ids with
 * the `ps-` prefix are accepted, and escaped braces from declaration text never match.
 */
function getParser(): MarkdownIt {
  if (parser) return parser;
  const md = markdownIt('commonmark', { html: false, linkify: false, typographer: false });
  md.enable('table');
  // Wide tables scroll sideways on phones; the wrapper is focusable so keyboard users can scroll it too.
  md.renderer.rules['table_open'] = () => '<div class="ps-scroll" tabindex="0">\n<table>\n';
  md.renderer.rules['table_close'] = () => '</table>\n</div>\n';
  md.core.ruler.push('ps_heading_ids', (state) => {
    const tokens: Token[] = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      const body = tokens[i + 1];
      if (open?.type !== 'heading_open' || body?.type !== 'inline') continue;
      const m = HEADING_ID.exec(body.content);
      if (!m?.[1]?.startsWith(ID_PREFIX)) continue;
      open.attrSet('id', m[1]);
      const last = body.children?.[body.children.length - 1];
      if (last?.type === 'text') last.content = last.content.replace(/\s*\{#ps-[a-z0-9-]+\}$/, '');
    }
  });
  parser = md;
  return md;
}

/** Renders generated Markdown as an HTML fragment. */
export function renderHtml(markdown: string): string {
  return getParser().render(markdown);
}
