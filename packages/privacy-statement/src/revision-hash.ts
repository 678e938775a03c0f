// The revision is taken over the canonical JSON (RFC 8785) of the consent facts, the same form
// the consent log hashes with; one implementation, in @akkoord/consent-log. For facts without
// integer-like or `__proto__` keys it is the text this package wrote before (keys sorted by
// UTF-16 code units, undefined members left out), so existing revisions do not change.
export { canonicalJson } from '@akkoord/consent-log';

/**
 * A short, stable hash for the banner `revision`: FNV-1a 64-bit over UTF-8, in base 36. Not
 * cryptographic (nothing secret depends on it), synchronous and dependency-free so it runs the
 * same in Node and the browser.
 */
export function revisionHash(input: string): string {
  const bytes = new TextEncoder().encode(input);
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(36).padStart(13, '0');
}
