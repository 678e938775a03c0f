/**
 * The canonical form the collector hashed with before it adopted RFC 8785: JSON.stringify with
 * each object rebuilt with its keys sorted. Kept only to verify chains, and accept config hashes
 * of client bundles, written before the switch. It differs from RFC 8785 in two ways, both from
 * rebuilding through `{}`: a `__proto__` member is dropped (assigning it sets the prototype), and
 * integer-like names come out first, in numeric order (`"2"` before `"10"` before `"a"`). For any
 * value without such names the two forms give the same text.
 * @internal
 */
export function legacyCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v == 'object' && !Array.isArray(v)
      ? Object.keys(v)
          .sort()
          .reduce((o: Record<string, unknown>, k) => ((o[k] = v[k]), o), {})
      : v,
  );
}
