import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@akkoord/consent-log';
import { canonicalRecordJson, chainHash, legacyChainHash, RECORD_KEYS } from '../src/chain-hash.js';
import { legacyCanonicalJson } from '../src/legacy-canonical-json.js';
import { numberedRecord } from '../src/record-row.js';

// Deterministic pseudo-random numbers, so a failure can be reproduced.
function rng(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
}

const TEXTS = ['', 'a', 'nl', '7', 'é "quoted" \\ \n', '\u2028\ud83c\udf6a', 'www.example.nl', 'https://www.example.nl/winkel'];
const CHOICE_KEYS = ['necessary', 'analytics', 'analytics:matomo', 'marketing', 'Zeta', '10', '2', '_x', 'a-b'];

function randomRecord(next: () => number): Record<string, unknown> {
  const pick = <T>(a: T[]): T => a[Math.floor(next() * a.length)];
  const r: Record<string, unknown> = {
    v: 1,
    id: randomUUID(),
    consentId: pick(TEXTS),
    site: pick(TEXTS),
    action: pick(['custom', 'accept-all', 'withdraw']),
    revision: pick(TEXTS),
    language: pick(TEXTS),
    configHash: 'ab'.repeat(32),
    seq: Math.floor(next() * 1e9),
    receivedAt: Date.now(),
  };
  const choices: Record<string, boolean> = {};
  for (const k of CHOICE_KEYS) if (next() < 0.5) choices[k] = next() < 0.5;
  r.choices = choices;
  for (const k of ['page', 'statementVersion', 'ip', 'ua']) if (next() < 0.5) r[k] = pick(TEXTS);
  if (next() < 0.5) r.clientTime = Math.floor(next() * 2e12);
  return r;
}

describe('canonicalRecordJson', () => {
  it('writes exactly the text of canonicalJson for records of every shape (integer-like choice keys included)', () => {
    const next = rng(42);
    for (let i = 0; i < 5000; i++) {
      const r = randomRecord(next);
      expect(canonicalRecordJson(r as never)).toBe(canonicalJson(r));
    }
  });

  it('takes the generic path for an unknown field, a nested value or a non-object choices', () => {
    const base = randomRecord(rng(7));
    for (const odd of [
      { extra: 1 },
      { page: { b: 1, a: 2 } },
      { choices: { b: { y: 1, x: 2 }, a: true } },
      { choices: [true, false] },
      { ua: null },
    ]) {
      const r = { ...base, ...odd };
      expect(canonicalRecordJson(r as never)).toBe(canonicalJson(r));
    }
  });

  it('lists its keys in sorted order and writes them in that order', () => {
    expect(RECORD_KEYS).toEqual([...RECORD_KEYS].sort());
    const full = Object.fromEntries(RECORD_KEYS.map((k) => [k, k === 'choices' ? { a: true } : 1]));
    expect(Object.keys(JSON.parse(canonicalRecordJson(full as never)))).toEqual(RECORD_KEYS);
  });

  it('hashes the previous hash and the canonical JSON with SHA-256, for records built by numberedRecord too', () => {
    const next = rng(9);
    for (let i = 0; i < 200; i++) {
      const { seq, receivedAt, ...pending } = randomRecord(next);
      const body = numberedRecord(pending as never, seq as number, receivedAt as number);
      const prev = createHash('sha256').update(String(i)).digest('hex');
      const want = createHash('sha256')
        .update(prev)
        .update(canonicalJson({ ...pending, seq, receivedAt }))
        .digest('hex');
      expect(chainHash(prev, body)).toBe(want);
    }
  });
});

describe('RFC 8785 and the legacy form', () => {
  const body = (choices: Record<string, boolean>) =>
    numberedRecord(
      {
        v: 1,
        id: '0f8fad5b-d9cb-469f-a165-70867728950e',
        consentId: 'abcdefgh',
        site: 'www.example.nl',
        action: 'custom',
        choices,
        revision: '3',
        language: 'nl',
        configHash: 'ab'.repeat(32),
      } as never,
      1,
      1_700_000_000_000,
    );
  const GENESIS = '0'.repeat(64);

  it('writes integer-like choice keys in UTF-16 order, as the docs promise', () => {
    expect(canonicalRecordJson(body({ b: true, '10': true, '2': false }))).toContain('"choices":{"10":true,"2":false,"b":true}');
    expect(legacyCanonicalJson(body({ b: true, '10': true, '2': false }))).toContain('"choices":{"2":false,"10":true,"b":true}');
  });

  it('hashes a __proto__ choice key, which the legacy form dropped', () => {
    const withProto = body(JSON.parse('{"__proto__":true,"analytics":false}'));
    expect(canonicalRecordJson(withProto)).toContain('"choices":{"__proto__":true,"analytics":false}');
    expect(chainHash(GENESIS, withProto)).not.toBe(chainHash(GENESIS, body({ analytics: false })));
    expect(legacyChainHash(GENESIS, withProto)).toBe(legacyChainHash(GENESIS, body({ analytics: false })));
  });

  it('gives exactly the legacy hash for records without such keys, so chains written before verify as they did', () => {
    const next = rng(11);
    for (let i = 0; i < 2000; i++) {
      const r = randomRecord(next);
      r.choices = Object.fromEntries(Object.entries(r.choices as object).filter(([k]) => !/^\d+$/.test(k)));
      expect(chainHash(GENESIS, r as never)).toBe(legacyChainHash(GENESIS, r as never));
    }
    // Pinned: computed by the collector before RFC 8785 (JSON.stringify of the sorted record).
    expect(chainHash(GENESIS, body({ necessary: true, analytics: false }))).toBe(PINNED);
  });
});

const PINNED = 'eb2f330c9f8f49012f4f0c9f1dd48500623dafaca4c8ad96eb7501afc28d3051';
