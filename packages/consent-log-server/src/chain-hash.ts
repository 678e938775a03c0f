import { createHash } from 'node:crypto';
import { canonicalJson, type StoredConsentRecord } from '@akkoord/consent-log';

/**
 * The link of one record: SHA-256 (hex) of the previous hash followed by the canonical JSON of
 * the record without its two hash fields. Absent optional fields are left out, never `null`, so
 * the form is the same whichever store the row came from.
 */
export function chainHash(prevHash: string, record: Omit<StoredConsentRecord, 'prevHash' | 'hash'>): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(record)).digest('hex');
}

/** SHA-256 (hex) of a config snapshot's canonical JSON text. */
export function snapshotHash(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex');
}
