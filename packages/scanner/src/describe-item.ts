import type { Classification } from './classify-item.js';
import type { ItemType } from './types.js';

/** How each item type is named at the start of a finding's sentence. */
const NOUNS: Readonly<Record<ItemType, string>> = {
  cookie: 'Cookie',
  localStorage: 'localStorage key',
  sessionStorage: 'sessionStorage key',
  indexedDB: 'IndexedDB database',
  request: 'Requests to',
};

/** The same nouns inside a sentence (`The site tries to set cookie uid …`). */
const INLINE_NOUNS: Readonly<Record<ItemType, string>> = {
  cookie: 'cookie',
  localStorage: 'localStorage key',
  sessionStorage: 'sessionStorage key',
  indexedDB: 'IndexedDB database',
  request: 'requests to',
};

/**
 * Why a refused cookie still counts, for the English messages. Said once here so every rule
 * words it the same way.
 */
export const REFUSED_NOTE = 'the browser refuses it, but a browser that allows third-party cookies would keep it';

/**
 * Names an item: `Cookie _ga`, or `Cookie uid from tracker.example` for another site's item.
 * With `inline`, the noun is lower case for use inside a sentence.
 */
export function nameItem(item: { type: ItemType; name: string; domain: string; party: 'first' | 'third' }, inline = false): string {
  // The site's own domain adds nothing the reader does not know; another site's does.
  const where = item.type !== 'request' && item.party === 'third' ? ` from ${item.domain}` : '';
  return `${(inline ? INLINE_NOUNS : NOUNS)[item.type]} ${item.name}${where}`;
}

/**
 * Names an item with what is known about it, for a finding's sentence:
 * `Cookie _ga (Google Analytics, analytics)`, `Cookie uid from tracker.example (category unknown)`.
 * With `inline`, the noun is lower case for use inside a sentence.
 */
export function describeItem(
  item: { type: ItemType; name: string; domain: string; party: 'first' | 'third' },
  cls: Pick<Classification, 'platform' | 'category'>,
  inline = false,
): string {
  const about = [cls.platform, cls.category || 'category unknown'].filter(Boolean).join(', ');
  return `${nameItem(item, inline)} (${about})`;
}

/** `1 page`, `3 pages`. */
export function pagesText(count: number): string {
  return count === 1 ? '1 page' : `${count} pages`;
}

/** Lists up to `max` values in a sentence: `a`, `a and b`, `a, b and 3 more`. */
export function listText(values: readonly string[], max = 2): string {
  const shown = values.slice(0, max);
  const rest = values.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length < 2) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
