import type { ConsentAction, StoredConsentRecord } from '@akkoord/consent-log';
import type { Checkpoint, PendingRecord } from './types.js';

/** A `consent_records` row as either driver returns it (PostgreSQL BIGINTs arrive as strings). */
export interface RecordRow {
  id: string;
  site: string;
  seq: number | string;
  consent_id: string;
  received_at: number | string;
  v: number;
  action: string;
  choices: string;
  revision: string;
  statement_version: string | null;
  language: string;
  config_hash: string;
  page: string | null;
  client_time: number | string | null;
  ip: string | null;
  ua: string | null;
  prev_hash: string;
  hash: string;
}

/** Column order used by both stores' INSERT. */
export const RECORD_COLUMNS = [
  'id', 'site', 'seq', 'consent_id', 'received_at', 'v', 'action', 'choices', 'revision', 'statement_version',
  'language', 'config_hash', 'page', 'client_time', 'ip', 'ua', 'prev_hash', 'hash',
] as const;

/**
 * A pending record with the store's seq and receive time, built as one object literal so every
 * record has the same shape (absent optional fields are `undefined`, which the canonical JSON
 * leaves out): hashing a spread copy instead measured about three times slower.
 */
export function numberedRecord(p: PendingRecord, seq: number, receivedAt: number): Omit<StoredConsentRecord, 'prevHash' | 'hash'> {
  return {
    v: p.v, id: p.id, consentId: p.consentId, site: p.site, page: p.page, action: p.action, choices: p.choices,
    revision: p.revision, statementVersion: p.statementVersion, language: p.language, configHash: p.configHash,
    clientTime: p.clientTime, ip: p.ip, ua: p.ua, seq, receivedAt,
  };
}

/** Row values in {@link RECORD_COLUMNS} order; choices are stored as JSON text. */
export function recordValues(r: StoredConsentRecord): (string | number | null)[] {
  return [
    r.id, r.site, r.seq, r.consentId, r.receivedAt, r.v, r.action, JSON.stringify(r.choices), r.revision,
    r.statementVersion ?? null, r.language, r.configHash, r.page ?? null, r.clientTime ?? null, r.ip ?? null,
    r.ua ?? null, r.prevHash, r.hash,
  ];
}

/** The record a row holds, optional fields absent (not null) so its chain hash recomputes exactly. */
export function rowToRecord(row: RecordRow): StoredConsentRecord {
  const r: StoredConsentRecord = {
    v: Number(row.v),
    id: row.id,
    consentId: row.consent_id,
    site: row.site,
    action: row.action as ConsentAction,
    choices: JSON.parse(row.choices),
    revision: row.revision,
    language: row.language,
    configHash: row.config_hash,
    seq: Number(row.seq),
    receivedAt: Number(row.received_at),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
  if (row.page != null) r.page = row.page;
  if (row.statement_version != null) r.statementVersion = row.statement_version;
  if (row.client_time != null) r.clientTime = Number(row.client_time);
  if (row.ip != null) r.ip = row.ip;
  if (row.ua != null) r.ua = row.ua;
  return r;
}

/** The fields the chain hash covers: everything but the two hashes. */
export function hashedFields(r: StoredConsentRecord): Omit<StoredConsentRecord, 'prevHash' | 'hash'> {
  const { prevHash: _p, hash: _h, ...rest } = r;
  return rest;
}

/** A `checkpoints` row as either driver returns it. */
export interface CheckpointRow {
  site: string;
  seq: number | string;
  hash: string;
  created_at: number | string;
  key_id: string;
  signature: string;
}

/** Maps a checkpoint row to its object form. */
export function rowToCheckpoint(row: CheckpointRow): Checkpoint {
  return {
    site: row.site,
    seq: Number(row.seq),
    hash: row.hash,
    createdAt: Number(row.created_at),
    keyId: row.key_id,
    signature: row.signature,
  };
}
