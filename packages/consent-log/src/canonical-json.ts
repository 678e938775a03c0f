/**
 * The canonical JSON text of a JSON value: RFC 8785, the JSON Canonicalization Scheme (JCS).
 * Object members are sorted by the UTF-16 code units of their names at every level, arrays keep
 * their order, strings and numbers are written as ECMAScript's JSON.stringify writes them (which
 * is what JCS specifies: Number.prototype.toString for finite numbers, `-0` as `0`, the minimal
 * escapes with lower-case `\u00xx`), and there is no whitespace. The same value gives the same
 * text in every browser and in Node; the config hash, the chain hash and the statement revision
 * are all computed over this form.
 *
 * Meant for parsed JSON data. Beyond it, members that are `undefined` are left out (the
 * collector's records carry absent optional fields that way) and a top-level `undefined` gives
 * `null`; `toJSON` is not called, and what JCS refuses (NaN, Infinity, lone surrogates) is
 * written as JSON.stringify writes it instead of throwing. It recurses once per level of
 * nesting: input from outside is checked first (the collector's validator refuses those values
 * and bounds a snapshot's nesting at MAX_CONFIG_DEPTH), so the stack is never at risk.
 *
 * @example canonicalJson({ b: 1, 10: 'x', 9: 'y', a: [true] }) // '{"10":"x","9":"y","a":[true],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  // Built as text, never through an intermediate object: assigning a `__proto__` member to `{}`
  // drops it, and an object lists integer-like names first, in numeric order (the two defects of
  // the form used before RFC 8785, kept as legacyCanonicalJson in the collector). Written small:
  // it is in the akkoord-with-log.js bundle (a declaration, not an arrow: about 50 B less there
  // after brotli, measured, as terser then keeps the bundle's other names).
  const o = value as Record<string, unknown>;
  return o && typeof o == 'object'
    ? Array.isArray(o)
      ? '[' + o.map(canonicalJson) + ']'
      : '{' +
        Object.keys(o)
          // The default sort compares UTF-16 code units: RFC 8785 §3.2.3.
          .sort()
          .filter((k) => o[k] !== undefined)
          .map((k) => JSON.stringify(k) + ':' + canonicalJson(o[k])) +
        '}'
    : (JSON.stringify(value) ?? 'null');
}
