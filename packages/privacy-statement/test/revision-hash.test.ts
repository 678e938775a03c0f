/** The statement revision: FNV-1a over the RFC 8785 canonical JSON shared with the consent log. */
import { describe, expect, it } from 'vitest';
import { canonicalJson as logCanonicalJson } from '@akkoord/consent-log';
import { canonicalJson, revisionHash } from '../src/revision-hash.js';
import { baseDeclarations } from './base-declarations.js';

/** The canonical form this package used before RFC 8785 (kept here to prove the switch changed no revision). */
function previousCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(previousCanonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${previousCanonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

describe('revision hash', () => {
  it("uses the one canonical JSON implementation, the consent log's", () => {
    expect(canonicalJson).toBe(logCanonicalJson);
  });

  it('hashes integer-like keys in UTF-16 order and keeps a __proto__ key (RFC 8785)', () => {
    expect(canonicalJson({ b: 1, 10: 2, 9: 3 })).toBe('{"10":2,"9":3,"b":1}');
    const withProto = JSON.parse('{"__proto__":{"x":1},"a":1}');
    expect(canonicalJson(withProto)).toBe('{"__proto__":{"x":1},"a":1}');
    expect(revisionHash(canonicalJson(withProto))).not.toBe(revisionHash(canonicalJson({ a: 1 })));
  });

  it('writes the same text as before for ordinary facts, so no generated revision changes', () => {
    const facts = [baseDeclarations(), { a: [1, 'x', null, true, { z: undefined, y: -0, x: 1e21 }], é: 'é\n"' }, [undefined, 2]];
    for (const f of facts) expect(canonicalJson(f)).toBe(previousCanonicalJson(f));
  });
});
