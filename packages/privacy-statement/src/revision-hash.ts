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

/** JSON with object keys sorted, so equal data always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
