import { ACTIONS, MAX_BATCH, MAX_CHOICES, SCHEMA_VERSION } from './constants.js';
import type { ConsentRecord, ValidationResult } from './types.js';

// Used by the collector only: a browser bundle that imports the client does not pull this in
// (separate module, `sideEffects: false`).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[A-Za-z0-9_-]{8,64}$/;
const SITE = /^[A-Za-z0-9._:[\]-]{1,253}$/;
const CHOICE_KEY = /^[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_-]{1,64})?$/;
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/;
const HASH = /^[0-9a-f]{64}$/;
const PAGE = /^https?:\/\/[^\s?#]{1,2040}$/;
const SHORT_TEXT = /^[\x20-\x7e\u00a0-\uffff]{1,64}$/;

const FIELDS = [
  'v', 'id', 'consentId', 'site', 'page', 'action', 'choices', 'revision',
  'statementVersion', 'language', 'configHash', 'config', 'clientTime',
];

class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function text(rec: Record<string, unknown>, key: string, path: string, re: RegExp, what: string, optional = false): void {
  const v = rec[key];
  if (v === undefined && optional) return;
  if (typeof v !== 'string' || !re.test(v)) throw new Invalid(`${path}.${key}`, `must be ${what}`);
}

function checkRecord(value: unknown, path: string): ConsentRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Invalid(path, 'must be a JSON object (one consent record)');
  const rec = value as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    if (!FIELDS.includes(k)) throw new Invalid(`${path}.${k}`, `is not a record field; valid fields are ${FIELDS.join(', ')}`);
  }
  if (rec.v !== SCHEMA_VERSION) throw new Invalid(`${path}.v`, `must be ${SCHEMA_VERSION} (the schema version)`);
  text(rec, 'id', path, UUID, 'a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e');
  text(rec, 'consentId', path, TOKEN, '8 to 64 letters, digits, "-" or "_" (the random id from the consent cookie)');
  text(rec, 'site', path, SITE, '1 to 253 characters of a host name (letters, digits, ".", "-", "_", ":", "[", "]")');
  text(rec, 'page', path, PAGE, 'an http(s) URL of at most 2048 characters without query or fragment', true);
  if (!ACTIONS.includes(rec.action as never)) throw new Invalid(`${path}.action`, `must be one of ${ACTIONS.join(', ')}`);
  const choices = rec.choices;
  if (!choices || typeof choices !== 'object' || Array.isArray(choices)) {
    throw new Invalid(`${path}.choices`, 'must be an object mapping each category or "category:service" offered to true or false');
  }
  const keys = Object.keys(choices);
  if (keys.length < 1 || keys.length > MAX_CHOICES) throw new Invalid(`${path}.choices`, `must have 1 to ${MAX_CHOICES} entries`);
  for (const k of keys) {
    if (!CHOICE_KEY.test(k)) throw new Invalid(`${path}.choices.${k}`, 'is not a valid key; use "category" or "category:service" (letters, digits, "-", "_")');
    if (typeof (choices as Record<string, unknown>)[k] !== 'boolean') throw new Invalid(`${path}.choices.${k}`, 'must be true or false');
  }
  text(rec, 'revision', path, SHORT_TEXT, 'a printable string of 1 to 64 characters (the banner revision)');
  text(rec, 'statementVersion', path, SHORT_TEXT, 'a printable string of 1 to 64 characters', true);
  text(rec, 'language', path, LANGUAGE, 'a BCP 47 language tag such as "nl" or "en-GB"');
  text(rec, 'configHash', path, HASH, '64 lower-case hex digits (SHA-256 of the canonical config shown)', true);
  if (rec.configHash === undefined && (rec.config === undefined || rec.config === null)) {
    throw new Invalid(`${path}.configHash`, 'is required when no "config" snapshot is sent');
  }
  if (rec.config !== undefined && (rec.config === null || typeof rec.config !== 'object')) {
    throw new Invalid(`${path}.config`, 'must be the JSON object (or array) of the config and texts shown');
  }
  const t = rec.clientTime;
  if (t !== undefined && (typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0)) {
    throw new Invalid(`${path}.clientTime`, 'must be a non-negative integer (ms since 1970)');
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
