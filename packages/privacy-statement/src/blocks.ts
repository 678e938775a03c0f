/**
 * The section/token model between the declarations and the output formats (markdown-it style):
 * section builders produce blocks, renderers turn blocks into Markdown (and through markdown-it
 * into HTML). All text in a block is plain text; renderers escape it.
 */

/** A run of text inside a block. */
export type Inline =
  | string
  | { strong: string }
  /** A link; `href` is http(s), mailto or an in-page `#ps-` anchor, anything else is dropped. */
  | { text: string; href: string };

/** One block of the statement. */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; id?: string; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; items: Inline[][] }
  | { type: 'table'; head: string[]; rows: Inline[][][] };

/** A named part of the statement: its heading id and title appear in the table of contents. */
export interface Section {
  /** Heading id without prefix, e.g. `rights`. */
  id: string;
  title: string;
  blocks: Block[];
}

/** A paragraph block. */
export const para = (...content: Inline[]): Block => ({ type: 'paragraph', content });

/** A level-3 heading block. */
export const sub = (id: string | undefined, text: string): Block => ({ type: 'heading', level: 3, ...(id ? { id } : {}), content: [text] });

/** A list of one-line items. */
export const list = (items: Inline[][]): Block => ({ type: 'list', items });

/** A "**term:** value" list item. */
export const term = (label: string, ...content: Inline[]): Inline[] => [{ strong: `${label}:` }, ' ', ...content];

/** A link to an e-mail address, web address or same-site path given as text; plain text when it is none of these. */
export function contactLink(value: string): Inline {
  if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value)) return { text: value, href: `mailto:${value}` };
  if (/^(https?:\/\/|\/(?!\/))[^\s<>"]*$/.test(value)) return { text: value, href: value };
  return value;
}
