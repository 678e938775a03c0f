import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { canonicalJson, type StoredConsentRecord } from '@akkoord/consent-log';
import { compile, literal, STORED_FIELDS } from './compile-record-code.js';
import { legacyCanonicalJson } from './legacy-canonical-json.js';

type Hashed = Omit<StoredConsentRecord, 'prevHash' | 'hash'>;

// crypto.hash (Node 20.12+) hashes in one call, about half the time of a Hash object; the package
// still runs on 20.11, so it is used when present. Both give the same hex digest.
const oneShot = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;
const sha256 = (text: string): string => (oneShot ? oneShot('sha256', text) : createHash('sha256').update(text).digest('hex'));

/** Every field a hashed record can have (from the record's field table), in UTF-16 order as RFC 8785 sorts them. @internal */
export const RECORD_KEYS: readonly string[] = STORED_FIELDS.filter((f) => f.hashed)
  .map((f) => f.name)
  .sort();
const KNOWN = new Set(RECORD_KEYS);

/** A value JSON.stringify writes as canonicalJson does (undefined: left out). */
const flat = (v: unknown): boolean =>
  v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * JSON.stringify of an object literal with the record's keys in sorted order (generated from the
 * field table, see compile-record-code.ts): one call on V8's fast path for the whole record.
 */
const stringifyRecord: (r: Record<string, unknown>, choices: unknown) => string = compile(
  'r',
  'choices',
  `return JSON.stringify(${literal(RECORD_KEYS.map((k) => [k, k === 'choices' ? 'choices' : 'r.' + k]))});`,
);
const CHOICES = '"choices":';

/**
 * `canonicalJson(record)` (RFC 8785) for the record's flat shape, without sorting its fields per
 * record: this runs once per stored record on the collector's hot path. Anything outside that
 * shape (an unknown field, a nested value) takes the generic path; the text is the same either way.
 */
export function canonicalRecordJson(record: Hashed): string {
  const r = record as unknown as Record<string, unknown>;
  for (const k in r) if (!KNOWN.has(k) || !(k === 'choices' || flat(r[k]))) return canonicalJson(record);
  const c = r.choices as Record<string, unknown>;
  if (!c || typeof c !== 'object' || Array.isArray(c)) return canonicalJson(record);
  const keys = Object.keys(c).sort();
  // Rebuilt as an object in sorted order, the choices serialise in that order, unless a key is
  // integer-like (an object lists those first, numerically) or `__proto__` (assigning it sets the
  // prototype): keys starting with a digit or "_" (or a few other ASCII signs) are written as text.
  let plain = true;
  for (const k of keys) {
    if (!flat(c[k])) return canonicalJson(record);
    if (k.charCodeAt(0) < 58 || k.charCodeAt(0) === 95) plain = false;
  }
  if (plain) {
    const sorted: Record<string, unknown> = {};
    for (const k of keys) sorted[k] = c[k];
    return stringifyRecord(r, sorted);
  }
  let choices = '';
  for (const k of keys) if (c[k] !== undefined) choices += (choices ? ',' : '') + JSON.stringify(k) + ':' + JSON.stringify(c[k]);
  // Written with a placeholder `0`, replaced by the text. The first match is the member: inside a
  // JSON string every `"` is escaped, so `"choices":` cannot occur in a value written before it.
  const text = stringifyRecord(r, 0);
  const at = text.indexOf(CHOICES) + CHOICES.length;
  return text.slice(0, at) + '{' + choices + '}' + text.slice(at + 1);
}

/**
 * The link of one record: SHA-256 (hex) of the previous hash followed by the canonical JSON
 * (RFC 8785) of the record without its two hash fields. Absent optional fields are left out,
 * never `null`, so the form is the same whichever store the row came from.
 */
export function chainHash(prevHash: string, record: Hashed): string {
  return sha256(prevHash + canonicalRecordJson(record));
}

/**
 * The link as collectors before RFC 8785 computed it ({@link legacyCanonicalJson}). Equal to
 * {@link chainHash} unless `choices` has an integer-like or `__proto__` key; verification accepts
 * either, so chains written before the switch still verify.
 */
export function legacyChainHash(prevHash: string, record: Hashed): string {
  return sha256(prevHash + legacyCanonicalJson(record));
}

/** SHA-256 (hex) of a config snapshot's canonical JSON text. */
export function snapshotHash(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex');
}
