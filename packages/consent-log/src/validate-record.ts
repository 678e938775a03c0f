import { MAX_BATCH } from './constants.js';
import { RECORD_FIELDS } from './record-fields.js';
import type { ConsentRecord, ValidationResult } from './types.js';

// Used by the collector only: a browser bundle that imports the client does not pull this in
// (separate module, `sideEffects: false`).

/** The fields a client may send, in the order they are checked and listed. (For the pure marks, see record-fields.ts.) */
const CLIENT_FIELDS = /* @__PURE__ */ RECORD_FIELDS.filter((f) => f.from === 'client');
const NAMES: readonly string[] = /* @__PURE__ */ CLIENT_FIELDS.map((f) => f.name);

class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function checkRecord(value: unknown, path: string): ConsentRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Invalid(path, 'must be a JSON object (one consent record)');
  const rec = value as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    if (!NAMES.includes(k)) throw new Invalid(`${path}.${k}`, `is not a record field; valid fields are ${NAMES.join(', ')}`);
  }
  for (const f of CLIENT_FIELDS) {
    const problem = f.check(rec[f.name], rec);
    if (typeof problem === 'string') throw new Invalid(`${path}.${f.name}`, problem);
    if (problem) throw new Invalid(`${path}.${f.name}${problem[0].startsWith('[') ? '' : '.'}${problem[0]}`, problem[1]);
  }
  return rec as unknown as ConsentRecord;
}

/**
 * Checks one consent record against schema version 1. On failure, `path` is a JSON path such as
 * `$.choices.analytics` and `message` says what would be valid.
 */
export function validateRecord(value: unknown, path = '$'): ValidationResult<ConsentRecord> {
  try {
    return { ok: true, value: checkRecord(value, path) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: e.path, message: e.message };
    throw e;
  }
}

/**
 * Checks a `POST /v1/consents` body: one record or an array of 1 to 100. Always returns an array.
 * The first invalid record fails the whole body (paths like `$[3].action`).
 */
export function validateBatch(value: unknown): ValidationResult<ConsentRecord[]> {
  if (!Array.isArray(value)) {
    const one = validateRecord(value, '$');
    return one.ok ? { ok: true, value: [one.value] } : one;
  }
  if (value.length < 1 || value.length > MAX_BATCH) {
    return { ok: false, path: '$', message: `must be one record or an array of 1 to ${MAX_BATCH} records` };
  }
  const out: ConsentRecord[] = [];
  for (let i = 0; i < value.length; i++) {
    const r = validateRecord(value[i], `$[${i}]`);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}
