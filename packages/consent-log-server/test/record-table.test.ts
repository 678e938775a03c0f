/**
 * Every layer of the collector knows every field of the record's table (@akkoord/consent-log
 * RECORD_FIELDS): the migrations' columns, the row mapping both ways, the pending record, the
 * chain hash and the export. A field added to the table but missed in one of them fails here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RECORD_FIELDS, type ConsentRecord, type StoredConsentRecord } from '@akkoord/consent-log';
import { canonicalRecordJson, RECORD_KEYS } from '../src/chain-hash.js';
import { CSV_COLUMNS, csvHeader, exportLine } from '../src/export-records.js';
import { MIGRATIONS } from '../src/migrations.js';
import { openSqliteStore } from '../src/sqlite-store.js';
import {
  hashedFields,
  numberedRecord,
  pendingRecord,
  RECORD_COLUMN_TYPES,
  RECORD_COLUMNS,
  recordValues,
  rowToRecord,
  type RecordRow,
} from '../src/record-row.js';

const stored = RECORD_FIELDS.filter((f) => 'column' in f);

/** A stored record with every field set (to a value its column can hold). */
function fullRecord(): StoredConsentRecord {
  const r: Record<string, unknown> = {};
  for (const f of stored) {
    r[f.name] =
      'json' in f.column
        ? { necessary: true, '10': false, '2': true }
        : f.column.type === 'TEXT'
          ? `${f.name}-value`
          : 1_700_000_000_000 + f.name.length;
  }
  return r as unknown as StoredConsentRecord;
}

/** The columns of consent_records as the migrations leave them: name -> "TYPE [NOT NULL]". */
function migratedColumns(): Map<string, string> {
  const cols = new Map<string, string>();
  for (const { sql } of MIGRATIONS) {
    const create = /CREATE TABLE consent_records \(([\s\S]*?)\n\);/.exec(sql);
    for (const line of create?.[1]?.split('\n') ?? []) {
      const m = /^\s*([a-z_]+) ([A-Z]+)( NOT NULL| PRIMARY KEY)?/.exec(line);
      if (m && m[1] !== 'UNIQUE') cols.set(m[1]!, m[2]! + (m[3] ? ' NOT NULL' : ''));
    }
    for (const m of sql.matchAll(/ALTER TABLE consent_records ADD COLUMN ([a-z_]+) ([A-Z]+)( NOT NULL)?/g))
      cols.set(m[1]!, m[2]! + (m[3] ?? ''));
  }
  return cols;
}

describe('the record field table reaches every layer', () => {
  it("the migrations create exactly the table's columns, with its types and nullability", () => {
    const want = new Map(stored.map((f) => [f.column.name, f.column.type + (f.optional ? '' : ' NOT NULL')]));
    expect(migratedColumns()).toEqual(want);
  });

  it('the INSERT column list and its PostgreSQL types cover every stored field', () => {
    expect([...RECORD_COLUMNS].sort()).toEqual(stored.map((f) => f.column.name).sort());
    expect(RECORD_COLUMN_TYPES).toEqual(stored.map((f) => f.column.type));
  });

  it('a row maps back to the same record, every field kept', () => {
    const r = fullRecord();
    const row = Object.fromEntries(RECORD_COLUMNS.map((c, i) => [c, recordValues(r)[i]])) as unknown as RecordRow;
    expect(recordValues(r).every((v) => v !== null)).toBe(true);
    expect(rowToRecord(row)).toEqual(r);
    // PostgreSQL hands BIGINTs back as strings.
    const pgRow = Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]),
    ) as unknown as RecordRow;
    expect(rowToRecord(pgRow)).toEqual(r);
  });

  it('absent optional fields are NULL in the row and absent (not null) in the record read back', () => {
    const r = fullRecord() as unknown as Record<string, unknown>;
    for (const f of stored) if (f.optional) delete r[f.name];
    const values = recordValues(r as unknown as StoredConsentRecord);
    const row = Object.fromEntries(RECORD_COLUMNS.map((c, i) => [c, values[i]])) as unknown as RecordRow;
    expect(rowToRecord(row)).toEqual(r);
    expect(Object.keys(rowToRecord(row))).toEqual(stored.filter((f) => !f.optional).map((f) => f.name));
  });

  it('pending and numbered records carry every hashed field, and the chain hash covers them all', () => {
    const full = fullRecord();
    const { seq, receivedAt, ip, ua, configHash } = full;
    const client = Object.fromEntries(
      RECORD_FIELDS.filter((f) => f.from === 'client' && f.name in full).map((f) => [f.name, full[f.name as keyof StoredConsentRecord]]),
    );
    const pending = pendingRecord(client as unknown as ConsentRecord, { configHash, ip, ua });
    const body = numberedRecord(pending, seq, receivedAt);
    const hashed = RECORD_FIELDS.filter((f) => f.hashed).map((f) => f.name);
    expect(Object.keys(body).sort()).toEqual([...hashed].sort());
    expect(body).toEqual(hashedFields(full));
    expect(RECORD_KEYS).toEqual([...hashed].sort());
    expect(Object.keys(JSON.parse(canonicalRecordJson(body)) as object).sort()).toEqual([...hashed].sort());
  });

  it('the CSV export has a column per exported field and the NDJSON export every stored field', () => {
    const exported = RECORD_FIELDS.filter((f) => 'csv' in f);
    expect(csvHeader().trim().split(',')).toEqual([...CSV_COLUMNS]);
    expect([...CSV_COLUMNS].sort()).toEqual(exported.map((f) => f.name).sort());
    const cells = exportLine(fullRecord(), 'csv')
      .trim()
      .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(cells).toHaveLength(CSV_COLUMNS.length);
    expect(cells.every((c) => c !== '')).toBe(true);
    expect(Object.keys(JSON.parse(exportLine(fullRecord(), 'ndjson')) as object).sort()).toEqual(stored.map((f) => f.name).sort());
  });

  it('the CSV header is the documented one (column order is part of the export format)', () => {
    expect(csvHeader()).toBe(
      'site,seq,id,consentId,receivedAt,action,choices,revision,statementVersion,language,configHash,page,clientTime,ip,ua,prevHash,hash,v\r\n',
    );
  });
});

describe('a real store keeps every field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'akkoord-fields-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite stores and returns each field of a full record', async () => {
    const store = await openSqliteStore(join(dir, 'c.db'));
    try {
      const full = fullRecord();
      const { seq: _s, receivedAt: _r, prevHash: _p, hash: _h, ...pending } = full;
      await store.append([{ ...pending, id: '0f8fad5b-d9cb-469f-a165-70867728950e' }], []);
      const [back] = await store.page({ limit: 10 });
      expect(Object.keys(back!).sort()).toEqual(stored.map((f) => f.name).sort());
      for (const f of stored)
        if (!['id', 'seq', 'receivedAt', 'prevHash', 'hash'].includes(f.name))
          expect(back![f.name as keyof StoredConsentRecord]).toEqual(full[f.name as keyof StoredConsentRecord]);
    } finally {
      await store.close();
    }
  });
});
