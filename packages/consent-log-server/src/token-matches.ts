import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a bearer token in constant time: both sides are hashed first so the comparison has
 * equal lengths and reveals neither the token's length nor a matching prefix.
 */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer ([^\s]+)$/i.exec(header ?? '');
  const given = createHash('sha256')
    .update(m ? m[1] : '')
    .digest();
  const want = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, want) && !!m;
}
