/**
 * A random UUID v4 from `crypto.getRandomValues`. Not `crypto.randomUUID`: that exists only in
 * secure contexts (https, localhost), and plain-http sites need consent ids too; one path is
 * also smaller than two.
 * @param c the Web Crypto object; injectable for tests
 */
export function randomId(c: Pick<Crypto, 'getRandomValues'> = crypto): string {
  const b = c.getRandomValues(new Uint8Array(31));
  let i = 0;
  // One random byte per hex digit (x); y is the RFC 4122 variant (8, 9, a or b).
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (ch) => ((ch == 'x' ? b[i++]! : (b[i++]! & 3) | 8) & 15).toString(16));
}
