import { cookieMatcher } from '@akkoord/core';
import type { Cookie } from '@akkoord/privacy-statement';
import type { ItemType } from './types.js';

/** One declarations entry (`cookies[index]`) with its name compiled into a test. */
export interface DeclaredMatcher {
  index: number;
  entry: Cookie;
  /** `null` when the name is an invalid `/regex/`: such an entry matches nothing. */
  test: RegExp | null;
  /** True for a plain name without `*` or `/regex/`, which wins over a pattern. */
  exact: boolean;
}

/**
 * Compiles every declared name once with `cookieMatcher` from `@akkoord/core`, so the scanner
 * reads `*` wildcards and `/regex/flags` exactly as the banner does when it clears cookies.
 */
export function declaredMatchers(cookies: readonly Cookie[] | undefined): DeclaredMatcher[] {
  return (cookies || []).map((entry, index) => {
    let test: RegExp | null;
    try {
      const re = cookieMatcher(entry.name);
      // `g` and `y` make `test()` remember `lastIndex` between calls, which would make a
      // match depend on the item tested before it.
      test = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
    } catch {
      // The declarations validator reports a bad pattern; here it simply matches nothing.
      test = null;
    }
    return { index, entry, test, exact: !entry.name.includes('*') && !/^\/.+\/[a-z]*$/.test(entry.name) };
  });
}

/**
 * Whether a declarations entry's `type` covers an item of this type.
 *
 * - `cookie` (the default) covers cookies, `localStorage` and `sessionStorage` cover their keys.
 * - IndexedDB has no type of its own in the declarations, so a database is covered by a
 *   `localStorage` entry with a matching name: both are persistent storage of an origin, and this
 *   keeps the declarations schema unchanged. No other entry covers a database.
 * - `pixel` covers nothing: a pixel is declared by a name like "Meta Pixel" that cannot be tied to
 *   a request host reliably, so a pixel entry is never matched automatically (and is therefore
 *   never reported stale either).
 * - Requests are never covered: the declarations list cookies and storage, not hosts.
 */
export function declarationCovers(entryType: Cookie['type'], itemType: ItemType): boolean {
  const type = entryType || 'cookie';
  if (type === 'pixel' || itemType === 'request') return false;
  if (itemType === 'indexedDB') return type === 'localStorage';
  return type === itemType;
}

/** Whether one declarations entry matches an item by type and name. */
export function matchesDeclared(m: DeclaredMatcher, type: ItemType, name: string): boolean {
  return !!m.test && declarationCovers(m.entry.type, type) && m.test.test(name);
}

/**
 * The declarations entry that describes an item: an exact name first, else the first pattern in
 * file order. Exact first so that `_ga` declared on its own is not shadowed by an earlier `_ga*`.
 */
export function matchDeclaration(matchers: readonly DeclaredMatcher[], type: ItemType, name: string): DeclaredMatcher | undefined {
  const hits = matchers.filter((m) => matchesDeclared(m, type, name));
  return hits.find((m) => m.exact) || hits[0];
}
