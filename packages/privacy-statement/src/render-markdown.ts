import type { Block, Inline } from './blocks.js';
import { ID_PREFIX } from './constants.js';

/** Links the renderers let through: web, e-mail, paths on the same site and in-page anchors. Everything else becomes text. */
const SAFE_HREF = /^(https?:\/\/|mailto:|#ps-|\/(?!\/))[^\s<>"]*$/;

/**
 * Escapes text so Markdown shows it literally: every character that could start emphasis, a link,
 * code, raw HTML, an entity or a table cell gets a backslash; line starts that could become a
 * heading, quote or list are escaped too. Declaration text therefore never becomes markup.
 */
export function escapeMarkdown(text: string): string {
  const s = text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]<>|~&!#]/g, '\\$&');
  // A backslash only escapes punctuation, so "1." becomes "1\." (not "\1.").
  return s.replace(/^([-+=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Percent-encodes what would end or break a Markdown link destination. */
function encodeHref(href: string): string {
  return href.replace(/[()\s<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A safe id: the prefix plus lower-case letters, digits and hyphens only. */
export function anchorId(id: string): string {
  return ID_PREFIX + id.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

function inline(parts: Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return escapeMarkdown(p);
      if ('strong' in p) return `**${escapeMarkdown(p.strong)}**`;
      if (!SAFE_HREF.test(p.href)) return escapeMarkdown(p.text);
      return `[${escapeMarkdown(p.text)}](${encodeHref(p.href)})`;
    })
    .join('');
}

const cell = (parts: Inline[]) => inline(parts) || ' ';

/** Renderer rules keyed by block type (markdown-it's renderer map); each returns Markdown lines. */
export const markdownRules: { [K in Block['type']]: (b: Extract<Block, { type: K }>) => string } = {
  heading: (b) => `${'#'.repeat(b.level)} ${inline(b.content)}${b.id ? ` {#${anchorId(b.id)}}` : ''}`,
  paragraph: (b) => inline(b.content),
  list: (b) => b.items.map((item) => `- ${inline(item)}`).join('\n'),
  table: (b) =>
    [
      `| ${b.head.map((h) => escapeMarkdown(h)).join(' | ')} |`,
      `|${b.head.map(() => '---').join('|')}|`,
      ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ].join('\n'),
};

/** Renders blocks as Markdown, one blank line between blocks, ending with a newline. */
export function renderMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map((b) => (markdownRules[b.type] as (x: Block) => string)(b)).join('\n\n')}\n`;
}
