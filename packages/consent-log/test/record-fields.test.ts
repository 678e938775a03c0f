/** The consent record's field table: consistent in itself, and the validator derived from all of it. */
import { ACTIONS as CORE_ACTIONS } from '@akkoord/core';
import { describe, expect, it } from 'vitest';
import { ACTIONS, RECORD_FIELDS, validateRecord } from '../src/index.js';

const client = RECORD_FIELDS.filter((f) => f.from === 'client');
const server = RECORD_FIELDS.filter((f) => f.from === 'server');

/** A valid value of each client field (the test fails when a field is added without one). */
const GOOD: Record<string, unknown> = {
  v: 1,
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  consentId: '7d444840-9dc0-41ee-9f38-4a7b1f1c6c11',
  site: 'www.example.nl',
  page: 'https://www.example.nl/contact',
  action: 'custom',
  choices: { necessary: true, analytics: false },
  revision: '3',
  statementVersion: '2025-03',
  language: 'nl',
  configHash: 'a'.repeat(64),
  config: { texts: {} },
  clientTime: 1_700_000_000_000,
};

describe('RECORD_FIELDS', () => {
  it('names each field, column and CSV position once; CSV positions run from 0 without gaps', () => {
    const names = RECORD_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const columns = RECORD_FIELDS.flatMap((f) => ('column' in f ? [f.column.name] : []));
    expect(new Set(columns).size).toBe(columns.length);
    const csv = RECORD_FIELDS.flatMap((f) => ('csv' in f ? [f.csv] : [])).sort((a, b) => a - b);
    expect(csv).toEqual(csv.map((_, i) => i));
  });

  it('gives every client field a check and no server field one; only config lives outside the record row', () => {
    expect(client.every((f) => 'check' in f)).toBe(true);
    expect(server.some((f) => 'check' in f)).toBe(false);
    expect(RECORD_FIELDS.filter((f) => !('column' in f)).map((f) => f.name)).toEqual(['config']);
    // What the chain covers: every stored field but the two hashes.
    expect(RECORD_FIELDS.filter((f) => 'column' in f && !f.hashed).map((f) => f.name)).toEqual(['prevHash', 'hash']);
  });

  it('has a valid sample for every client field, and the validator accepts them all together', () => {
    expect(Object.keys(GOOD).sort()).toEqual(client.map((f) => f.name).sort());
    expect(validateRecord(GOOD)).toEqual({ ok: true, value: GOOD });
  });

  it.each(client.map((f) => f.name))('the validator checks %s (a wrong type fails at its path)', (name) => {
    const r = validateRecord({ ...GOOD, [name]: name === 'config' ? 7 : name === 'choices' ? [] : { wrong: true } });
    expect(r).toMatchObject({ ok: false, path: `$.${name}` });
  });

  it.each(server.map((f) => f.name))('the validator refuses %s from a client (the collector sets it)', (name) => {
    expect(validateRecord({ ...GOOD, [name]: 'x' })).toMatchObject({
      ok: false,
      path: `$.${name}`,
      message: expect.stringContaining('not a record field'),
    });
  });

  it('lists the valid fields in table order in its error', () => {
    const r = validateRecord({ ...GOOD, extra: 1 });
    expect(r).toMatchObject({ ok: false, message: `is not a record field; valid fields are ${client.map((f) => f.name).join(', ')}` });
  });

  it('uses the same decision kinds as core (kept twice: consent-log may not import core)', () => {
    expect([...ACTIONS]).toEqual(CORE_ACTIONS);
  });
});
