/**
 * The scanner's report sentences as Preact nodes. Its `phrase` writes through an InlineFormat;
 * this one keeps every part plain text and marks the locale's `code` spans with two private-use
 * characters, which {@link Inline} turns into `<code>` elements. Nothing is parsed as HTML, so
 * names and URLs from the scanned site can never become markup.
 */
import type { InlineFormat } from '@akkoord/scanner/browser';

const OPEN = '\uE002';
const CLOSE = '\uE003';
const MARKERS = /[\uE002\uE003]/g;

/** The studio's InlineFormat: text as is, code spans marked, site values with any marker removed. */
export const TEXT_FORMAT: InlineFormat = {
  text: (s) => s.replace(MARKERS, ''),
  code: (s) => `${OPEN}${s.replace(MARKERS, '')}${CLOSE}`,
  value: (s) => s.replace(MARKERS, ''),
};

/** The sentence without its code marks, for places that take plain text only. */
export const plainText = (s: string): string => s.replace(MARKERS, '');

/** A sentence made with {@link TEXT_FORMAT}: text nodes, and `<code>` for the marked spans. */
export function Inline({ text }: { text: string }) {
  return <>{text.split(/\uE002([^\uE003]*)\uE003/).map((part, i) => (i % 2 ? <code>{part}</code> : part))}</>;
}
