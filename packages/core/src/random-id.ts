/**
 * A random UUID v4. `crypto.randomUUID` exists only in secure contexts (https, localhost), so
 * on plain-http pages the id is built from `crypto.getRandomValues`, which is everywhere.
 * @param c the Web Crypto object; injectable for tests
 */
export function randomId(c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
  if (c.randomUUID) return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 15) | 64; // version 4
  b[8] = (b[8]! & 63) | 128; // RFC 4122 variant
  const h = Array.from(b, (x) => (x + 256).toString(16).slice(1)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
