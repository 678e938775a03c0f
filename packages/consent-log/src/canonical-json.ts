/**
 * JSON with object keys sorted at every level, so that the same value always gives the same
 * string in the browser and in Node alike (for plain JSON data: objects, arrays, strings, finite
 * numbers, booleans, null). The config hash and the hash chain are computed over this form.
 */
export function canonicalJson(value: unknown): string {
  // The replacer hands back each object rebuilt with its keys in order; JSON.stringify then does the
  // escaping and number formatting, identical in every conforming engine, and recurses into it.
  return JSON.stringify(value, (_, v) =>
    v && typeof v == 'object' && !Array.isArray(v)
      ? Object.keys(v)
          .sort()
          .reduce((o: Record<string, unknown>, k) => ((o[k] = v[k]), o), {})
      : v,
  );
}
