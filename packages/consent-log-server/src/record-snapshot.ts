import { canonicalJson, MAX_CONFIG_BYTES } from '@akkoord/consent-log';
import { snapshotHash } from './chain-hash.js';
import { legacyCanonicalJson } from './legacy-canonical-json.js';

/** A record's snapshot as it is stored, or the field that makes it refused and why. */
export type RecordSnapshot = { json: string; hash: string } | { field: 'config' | 'configHash'; problem: string };

/**
 * The snapshot a validated record carries, as stored: the text that is hashed and kept, and its
 * hash, which the record then refers to. The validator has bounded the snapshot's depth, so
 * the canonical JSON walk cannot overflow the stack; its size is checked here, on that text.
 * @param config the record's `config` (validated)
 * @param claimed the `configHash` the client sent with it, if any
 */
export function recordSnapshot(config: unknown, claimed: string | undefined): RecordSnapshot {
  const json = canonicalJson(config);
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_CONFIG_BYTES)
    return { field: 'config', problem: `is ${bytes} bytes as canonical JSON; a snapshot may be at most ${MAX_CONFIG_BYTES}` };
  const hash = snapshotHash(json);
  if (claimed === undefined || claimed === hash) return { json, hash };
  // A client bundle from before RFC 8785 (still in a browser cache) hashed the legacy form, and
  // its later records name that hash only: keep the snapshot under it, as that text.
  const legacy = legacyCanonicalJson(config);
  if (legacy !== json && snapshotHash(legacy) === claimed) return { json: legacy, hash: claimed };
  return { field: 'configHash', problem: `does not match the SHA-256 of the canonical JSON of config (${hash})` };
}
