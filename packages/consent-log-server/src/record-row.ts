import type { ConsentRecord, StoredConsentRecord } from '@akkoord/consent-log';
import { compile, literal, STORED_FIELDS, type StoredField } from './compile-record-code.js';
import type { Checkpoint, PendingRecord } from './types.js';

// Every function here is derived from RECORD_FIELDS (the record defined once, in @akkoord/consent-log),
// generated as object literals (compile-record-code.ts says why): a field added there gets its
// column, row value, mapping back and hash without an edit here.

/** Required fields first, then the optional ones: the key order of a record read back (API, NDJSON export). */
const REQUIRED = STORED_FIELDS.filter((f) => !f.optional);
const OPTIONAL = STORED_FIELDS.filter((f) => f.optional);
const HASHED_KEYS = STORED_FIELDS.filter((f) => f.hashed).map((f) => f.name);
/** What a pending record carries: every hashed field but the two the store assigns itself. */
const PENDING_KEYS = HASHED_KEYS.filter((k) => k !== 'seq' && k !== 'receivedAt');
/** Pending fields the collector sets itself: the authoritative config hash and the server fields. */
const OWN_KEYS = ['configHash', ...STORED_FIELDS.filter((f) => f.from === 'server').map((f) => f.name)];

/** A `consent_records` row as either driver returns it (PostgreSQL BIGINTs arrive as strings). */
export type RecordRow = {
  [F in StoredField as F['column']['name']]:
    (F['column']['type'] extends 'TEXT' ? string : number | string) | (F['optional'] extends true ? null : never);
};

/** Column order used by both stores' INSERT (and {@link recordValues}). */
export const RECORD_COLUMNS: readonly StoredField['column']['name'][] = STORED_FIELDS.map((f) => f.column.name);

/** SQL type of each column in {@link RECORD_COLUMNS} order, as the migrations declare it. */
export const RECORD_COLUMN_TYPES: readonly StoredField['column']['type'][] = STORED_FIELDS.map((f) => f.column.type);

/** Fields of a pending record only the collector knows: the authoritative config hash and what it
 * observed itself (the server fields the chain covers, e.g. ip, ua). */
export type CollectorFields = Pick<
  PendingRecord,
  'configHash' | Exclude<Extract<StoredField, { from: 'server'; hashed: true }>['name'], 'seq' | 'receivedAt'>
>;

/**
 * The record the collector hands to the store: the validated client record's stored fields, with
 * `own` set over them, every key present (absent ones `undefined`) in one order, so the store's
 * hot path sees one object shape. The client's `config` stays out (it goes to `config_snapshots`).
 */
export const pendingRecord: (r: ConsentRecord, own: CollectorFields) => PendingRecord = compile(
  'r',
  'o',
  `return ${literal(PENDING_KEYS.map((k) => [k, (OWN_KEYS.includes(k) ? 'o.' : 'r.') + k]))};`,
);

/**
 * A pending record with the store's seq and receive time. Every record gets the same keys in the
 * same order (absent optional fields are `undefined`, which the canonical JSON leaves out), so the
 * hot path that hashes and stores it sees one object shape.
 */
export const numberedRecord: (p: PendingRecord, seq: number, receivedAt: number) => Omit<StoredConsentRecord, 'prevHash' | 'hash'> =
  compile(
    'p',
    'seq',
    'receivedAt',
    `return ${literal([...PENDING_KEYS.map((k): [string, string] => [k, 'p.' + k]), ['seq', 'seq'], ['receivedAt', 'receivedAt']])};`,
  );

/** Row values in {@link RECORD_COLUMNS} order: absent fields NULL, JSON columns (choices) as JSON text. */
export const recordValues: (r: StoredConsentRecord) => (string | number | null)[] = compile(
  'r',
  `return [${STORED_FIELDS.map((f) => ('json' in f.column ? `r.${f.name} == null ? null : JSON.stringify(r.${f.name})` : `r.${f.name} ?? null`)).join(', ')}];`,
);

/** Source converting a column value to the field's value. */
const fromColumn = (f: StoredField, v: string): string =>
  'json' in f.column ? `JSON.parse(${v})` : f.column.type === 'TEXT' ? v : `Number(${v})`;

/** The record a row holds, optional fields absent (not null) so its chain hash recomputes exactly. */
export const rowToRecord: (row: RecordRow) => StoredConsentRecord = compile(
  'row',
  `const r = ${literal(REQUIRED.map((f) => [f.name, fromColumn(f, `row.${f.column.name}`)]))};\n` +
    OPTIONAL.map((f) => `if (row.${f.column.name} != null) r.${f.name} = ${fromColumn(f, `row.${f.column.name}`)};\n`).join('') +
    'return r;',
);

/** The fields the chain hash covers: everything but the two hashes. */
export const hashedFields: (r: StoredConsentRecord) => Omit<StoredConsentRecord, 'prevHash' | 'hash'> = compile(
  'r',
  `return ${literal(HASHED_KEYS.map((k) => [k, 'r.' + k]))};`,
);

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
