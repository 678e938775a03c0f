import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { canonicalJson, type StoredConsentRecord } from '@akkoord/consent-log';

type Hashed = Omit<StoredConsentRecord, 'prevHash' | 'hash'>;

// crypto.hash (Node 20.12+) hashes in one call, about half the time of a Hash object; the package
// still runs on 20.11, so it is used when present. Both give the same hex digest.
const oneShot = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;

/** Every field a hashed record can have, sorted as canonicalJson sorts keys (UTF-16 order). @internal */
export const RECORD_KEYS = [
  'v', 'id', 'consentId', 'site', 'page', 'action', 'choices', 'revision', 'statementVersion',
  'language', 'configHash', 'clientTime', 'ip', 'ua', 'seq', 'receivedAt',
].sort();
const KNOWN = new Set(RECORD_KEYS);

const flat = (v: unknown): boolean => v === null || typeof v !== 'object';

/**
 * `canonicalJson(record)` without the generic replacer, which is called for every value and
 * rebuilds every object: this runs once per stored record on the collector's hot path. Builds the
 * same sorted object (an object literal, keys in sorted order, which JSON.stringify serialises on
 * its fast path) so the text is identical; anything outside the record's flat shape (an unknown
 * field, a nested value) takes the generic path.
 */
export function canonicalRecordJson(record: Hashed): string {
  const r = record as unknown as Record<string, unknown>;
  for (const k in r) if (!KNOWN.has(k) || !(k === 'choices' || flat(r[k]))) return canonicalJson(record);
  const c = r.choices;
  if (!c || typeof c !== 'object' || Array.isArray(c)) return canonicalJson(record);
  const choices: Record<string, unknown> = {};
  for (const k of Object.keys(c).sort()) {
    const v = (c as Record<string, unknown>)[k];
    if (!flat(v)) return canonicalJson(record);
    choices[k] = v;
  }
  // Keys in the order of RECORD_KEYS (checked by the unit test); undefined ones are left out.
  return JSON.stringify({
    action: r.action, choices, clientTime: r.clientTime, configHash: r.configHash, consentId: r.consentId, id: r.id,
    ip: r.ip, language: r.language, page: r.page, receivedAt: r.receivedAt, revision: r.revision, seq: r.seq,
    site: r.site, statementVersion: r.statementVersion, ua: r.ua, v: r.v,
  });
}

/**
 * The link of one record: SHA-256 (hex) of the previous hash followed by the canonical JSON of
 * the record without its two hash fields. Absent optional fields are left out, never `null`, so
 * the form is the same whichever store the row came from.
 */
export function chainHash(prevHash: string, record: Hashed): string {
  const text = canonicalRecordJson(record);
  return oneShot ? oneShot('sha256', prevHash + text) : createHash('sha256').update(prevHash).update(text).digest('hex');
}


/** SHA-256 (hex) of a config snapshot's canonical JSON text. */
export function snapshotHash(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex');
}
