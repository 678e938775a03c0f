import { ACTIONS, MAX_CHOICES, MAX_CONFIG_DEPTH, SCHEMA_VERSION } from './constants.js';
import {
  CHOICE_KEY_PATTERN,
  CONSENT_ID_PATTERN,
  HASH_PATTERN,
  LANGUAGE_PATTERN,
  LONE_SURROGATE,
  PAGE_PATTERN,
  SHORT_TEXT_PATTERN,
  SITE_PATTERN,
  UUID_PATTERN,
} from './record-patterns.js';
import type { ConsentRecord, StoredConsentRecord } from './types.js';

// Server-side: the validator and the collector import this table; the browser client does not.
// The `@__PURE__` marks let a bundler drop it from akkoord-with-log.js: without them the calls that
// build the checks would count as side effects and keep the whole table in the bundle.

/**
 * Checks a client field: the problem, `[key, problem]` for one entry below it, or undefined when
 * valid. The validator joins `key` to the field's path with a `.`, unless it starts with `[`
 * (a path below a snapshot, such as `[2].title`).
 */
export type FieldCheck = (value: unknown, record: Readonly<Record<string, unknown>>) => string | [key: string, problem: string] | undefined;

/** One field of the consent record, everything every layer needs to know about it. */
export interface RecordField {
  /** Property name in {@link ConsentRecord} / {@link StoredConsentRecord}. */
  readonly name: keyof StoredConsentRecord | 'config';
  /** `client`: sent to `POST /v1/consents` and validated by `check`; `server`: set by the collector, refused from clients. */
  readonly from: 'client' | 'server';
  /** May be absent from a stored record (a `?` property, a NULL column). */
  readonly optional: boolean;
  /** Its `consent_records` column; none for `config`, which is kept once per hash in `config_snapshots`. `json`: stored as JSON text. */
  readonly column?: { readonly name: string; readonly type: 'TEXT' | 'INTEGER' | 'BIGINT'; readonly json?: true };
  /** Covered by the chain hash (every stored field but the two hashes themselves). */
  readonly hashed: boolean;
  /** Position in the CSV export, from 0; absent: not exported. NDJSON exports carry every stored field. */
  readonly csv?: number;
  /** Validation of a client field. */
  readonly check?: FieldCheck;
}

/** The problem of a string that is not well-formed Unicode (see {@link LONE_SURROGATE}). */
const NOT_WELL_FORMED = 'must be well-formed Unicode: it holds a lone UTF-16 surrogate (half of a pair), which cannot be stored as sent';

// A pattern that admits surrogates (the short texts, the page) admits lone ones too: those are
// refused by name, so what the collector acknowledges is what it stores and hashes.
const text =
  (re: RegExp, what: string, optional = false): FieldCheck =>
  (v) =>
    v === undefined && optional
      ? undefined
      : typeof v == 'string' && re.test(v)
        ? LONE_SURROGATE.test(v)
          ? NOT_WELL_FORMED
          : undefined
        : `must be ${what}`;

const SHORT = 'a printable string of 1 to 64 characters';

const checkChoices: FieldCheck = (c) => {
  if (!c || typeof c !== 'object' || Array.isArray(c))
    return 'must be an object mapping each category or "category:service" offered to true or false';
  const keys = Object.keys(c);
  if (keys.length < 1 || keys.length > MAX_CHOICES) return `must have 1 to ${MAX_CHOICES} entries`;
  for (const k of keys) {
    if (!CHOICE_KEY_PATTERN.test(k)) return [k, 'is not a valid key; use "category" or "category:service" (letters, digits, "-", "_")'];
    // JSON.parse keeps it as a member, but code that copies choices into `{}` sets the prototype
    // instead and drops the entry (as the collector's hash did before RFC 8785): never a category.
    if (k === '__proto__') return [k, 'is not allowed as a key (JavaScript objects treat it as their prototype)'];
    if (typeof (c as Record<string, unknown>)[k] !== 'boolean') return [k, 'must be true or false'];
  }
  return undefined;
};

/** A member name as a JSON path step: `.name` for an identifier, `["…"]` otherwise. */
const step = (k: string): string => (/^[A-Za-z_$][\w$]*$/.test(k) ? '.' + k : '[' + JSON.stringify(k) + ']');

/**
 * The first problem in a config snapshot value at nesting `level` (the snapshot is level 1):
 * `[path below the value, problem]`, or undefined. Checks what canonical JSON (RFC 8785) and the
 * stores need: JSON types only, finite numbers, well-formed strings and member names, at most
 * {@link MAX_CONFIG_DEPTH} levels. Recurses at most that deep, so it cannot overflow the stack; the
 * path is built only on the way back from a problem.
 */
function snapshotProblem(v: unknown, level: number): [string, string] | undefined {
  if (v === null || typeof v == 'boolean') return undefined;
  if (typeof v == 'string') return LONE_SURROGATE.test(v) ? ['', NOT_WELL_FORMED] : undefined;
  if (typeof v == 'number')
    return Number.isFinite(v) ? undefined : ['', 'must be a finite number (a JSON number beyond ±1.8e308 has no canonical form)'];
  if (typeof v != 'object') return ['', 'is not a JSON value'];
  if (level > MAX_CONFIG_DEPTH)
    return ['', `is nested too deep: a snapshot may nest objects and arrays at most ${MAX_CONFIG_DEPTH} levels`];
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = snapshotProblem(v[i], level + 1);
      if (p) return [`[${i}]${p[0]}`, p[1]];
    }
    return undefined;
  }
  for (const k of Object.keys(v)) {
    if (LONE_SURROGATE.test(k)) return [step(k), `is a member name that ${NOT_WELL_FORMED}`];
    const p = snapshotProblem((v as Record<string, unknown>)[k], level + 1);
    if (p) return [step(k) + p[0], p[1]];
  }
  return undefined;
}

const checkConfig: FieldCheck = (v) => {
  if (v === undefined) return undefined;
  if (v === null || typeof v !== 'object') return 'must be the JSON object (or array) of the config and texts shown';
  const p = snapshotProblem(v, 1);
  // A path below the snapshot: `[2]…` as it is, `.texts…` without its dot (the validator adds one).
  return p && (p[0] ? [p[0].startsWith('.') ? p[0].slice(1) : p[0], p[1]] : p[1]);
};

const configHashText = /* @__PURE__ */ text(HASH_PATTERN, '64 lower-case hex digits (SHA-256 of the canonical config shown)', true);

/**
 * The consent record, defined once. Its order is the order clients' fields are validated in (and
 * listed in errors), and the key order of a stored record as the API and NDJSON export write it
 * (required fields first, then the optional ones present). The validator (validate-record.ts),
 * the collector's row mapping, migrations check, chain hash and export are derived from it; the
 * written-out types in types.ts are checked against it at compile time ({@link RecordTypesMatchTable}).
 * Adding a field: add it here, to the types, and (for a stored one) a migration adding its column.
 */
export const RECORD_FIELDS = [
  {
    name: 'v',
    from: 'client',
    optional: false,
    column: { name: 'v', type: 'INTEGER' },
    hashed: true,
    csv: 17,
    check: (v) => (v === SCHEMA_VERSION ? undefined : `must be ${SCHEMA_VERSION} (the schema version)`),
  },
  {
    name: 'id',
    from: 'client',
    optional: false,
    column: { name: 'id', type: 'TEXT' },
    hashed: true,
    csv: 2,
    check: /* @__PURE__ */ text(UUID_PATTERN, 'a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e'),
  },
  {
    name: 'consentId',
    from: 'client',
    optional: false,
    column: { name: 'consent_id', type: 'TEXT' },
    hashed: true,
    csv: 3,
    check: /* @__PURE__ */ text(CONSENT_ID_PATTERN, '8 to 64 letters, digits, "-" or "_" (the random id from the consent cookie)'),
  },
  {
    name: 'site',
    from: 'client',
    optional: false,
    column: { name: 'site', type: 'TEXT' },
    hashed: true,
    csv: 0,
    check: /* @__PURE__ */ text(SITE_PATTERN, '1 to 253 characters of a host name (letters, digits, ".", "-", "_", ":", "[", "]")'),
  },
  {
    name: 'page',
    from: 'client',
    optional: true,
    column: { name: 'page', type: 'TEXT' },
    hashed: true,
    csv: 11,
    check: /* @__PURE__ */ text(
      PAGE_PATTERN,
      'an http(s) URL of at most 2048 characters without query, fragment, white space or control characters',
      true,
    ),
  },
  {
    name: 'action',
    from: 'client',
    optional: false,
    column: { name: 'action', type: 'TEXT' },
    hashed: true,
    csv: 5,
    check: (v) => (ACTIONS.includes(v as never) ? undefined : `must be one of ${ACTIONS.join(', ')}`),
  },
  {
    name: 'choices',
    from: 'client',
    optional: false,
    column: { name: 'choices', type: 'TEXT', json: true },
    hashed: true,
    csv: 6,
    check: checkChoices,
  },
  {
    name: 'revision',
    from: 'client',
    optional: false,
    column: { name: 'revision', type: 'TEXT' },
    hashed: true,
    csv: 7,
    check: /* @__PURE__ */ text(SHORT_TEXT_PATTERN, `${SHORT} (the banner revision)`),
  },
  {
    name: 'statementVersion',
    from: 'client',
    optional: true,
    column: { name: 'statement_version', type: 'TEXT' },
    hashed: true,
    csv: 8,
    check: /* @__PURE__ */ text(SHORT_TEXT_PATTERN, SHORT, true),
  },
  {
    name: 'language',
    from: 'client',
    optional: false,
    column: { name: 'language', type: 'TEXT' },
    hashed: true,
    csv: 9,
    check: /* @__PURE__ */ text(LANGUAGE_PATTERN, 'a BCP 47 language tag such as "nl" or "en-GB"'),
  },
  // Optional from a client that sends the snapshot instead; the collector always stores one.
  {
    name: 'configHash',
    from: 'client',
    optional: false,
    column: { name: 'config_hash', type: 'TEXT' },
    hashed: true,
    csv: 10,
    check: (v, r) =>
      configHashText(v, r) ??
      (v === undefined && (r.config === undefined || r.config === null) ? 'is required when no "config" snapshot is sent' : undefined),
  },
  // Its size is checked by the collector on the canonical form it hashes (MAX_CONFIG_BYTES).
  { name: 'config', from: 'client', optional: true, hashed: false, check: checkConfig },
  {
    name: 'clientTime',
    from: 'client',
    optional: true,
    column: { name: 'client_time', type: 'BIGINT' },
    hashed: true,
    csv: 12,
    check: (v) =>
      v !== undefined && (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
        ? 'must be a non-negative integer (ms since 1970)'
        : undefined,
  },
  { name: 'ip', from: 'server', optional: true, column: { name: 'ip', type: 'TEXT' }, hashed: true, csv: 13 },
  { name: 'ua', from: 'server', optional: true, column: { name: 'ua', type: 'TEXT' }, hashed: true, csv: 14 },
  { name: 'seq', from: 'server', optional: false, column: { name: 'seq', type: 'BIGINT' }, hashed: true, csv: 1 },
  { name: 'receivedAt', from: 'server', optional: false, column: { name: 'received_at', type: 'BIGINT' }, hashed: true, csv: 4 },
  { name: 'prevHash', from: 'server', optional: false, column: { name: 'prev_hash', type: 'TEXT' }, hashed: false, csv: 15 },
  { name: 'hash', from: 'server', optional: false, column: { name: 'hash', type: 'TEXT' }, hashed: false, csv: 16 },
] as const satisfies readonly RecordField[];

type Field = (typeof RECORD_FIELDS)[number];
type Names<F> = F extends { name: infer N } ? N : never;
type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;

/**
 * Compile-time proof that the written-out types name exactly the table's fields: the client's
 * record its `client` fields, the stored record those with a column, optional where the table
 * says so. The types stay written out (not mapped from the table) for their per-field TSDoc and
 * readable `.d.ts`; a field added on one side only fails to compile here.
 * @internal
 */
export type RecordTypesMatchTable = [
  Expect<Same<keyof ConsentRecord, Names<Extract<Field, { from: 'client' }>>>>,
  Expect<Same<keyof StoredConsentRecord, Names<Extract<Field, { column: object }>>>>,
  Expect<Same<OptionalKeys<StoredConsentRecord>, Names<Extract<Field, { optional: true; column: object }>>>>,
];
