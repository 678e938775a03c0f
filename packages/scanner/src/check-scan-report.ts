/**
 * Recognises a JSON scan report (`akkoord scan --format json`) read back from a file, for tools
 * that show or apply one (the studio). It checks what such a tool relies on — the format marker,
 * the version, and the shape of every field it reads — and says what is wrong as data, so the
 * caller can word it in its own language. The full JSON Schema (data/report.schema.json) stays
 * the contract; this check is small enough for a browser bundle.
 */
import { SCAN_MODES, SEVERITY_ORDER } from './types.js';
import type { ScanReport } from './types.js';

/** The `format` value of every scan report. */
export const SCAN_REPORT_FORMAT = 'akkoord-scan';
/** The report version this code reads. */
export const SCAN_REPORT_VERSION = 1;

/** Why a text or value is not a readable scan report. */
export type ScanReportProblem =
  /** The text is not JSON; `detail` is the parser's message. */
  | { code: 'not-json'; detail: string }
  /** JSON, but not an object with a `format` field. */
  | { code: 'not-object' }
  /** Another format; `found` is its `format` value as JSON (`"akkoord-consent"`), or `undefined` when it has none. */
  | { code: 'format'; found: string | undefined }
  /** An Akkoord scan report of a version this code does not read; `found` as JSON, `undefined` when it has none. */
  | { code: 'version'; found: string | undefined }
  /**
   * Right format and version, but a field the reader needs is missing or of the wrong kind:
   * `path` is where (`findings[2].severity`), `expected` what it must be, `values` the allowed
   * values when `expected` is `one-of`.
   */
  | { code: 'shape'; path: string; expected: ExpectedValue; values?: readonly string[] };

/** What a field must hold, as a code a reader words in its own language. */
export type ExpectedValue = 'object' | 'string' | 'number' | 'list' | 'boolean' | 'date-time' | 'one-of';

/** A checked report, or why it is not one. */
export type ScanReportCheck = { ok: true; report: ScanReport } | { ok: false; problem: ScanReportProblem };

const ITEM_TYPES = ['cookie', 'localStorage', 'sessionStorage', 'indexedDB', 'request'];
const FINDING_KINDS = [
  'before-consent',
  'after-reject',
  'undeclared',
  'stale-declaration',
  'category-mismatch',
  'no-reject',
  'no-consent-log',
  'page-error',
];
const CATEGORIES = ['necessary', 'analytics', 'preferences', 'marketing'];

/** Thrown inside the check only; turned into a `shape` problem. */
class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly expected: ExpectedValue,
    readonly values?: readonly string[],
  ) {
    super(`${path}: expected ${expected}`);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

function obj(v: unknown, path: string): Obj {
  if (!isObj(v)) throw new ShapeError(path, 'object');
  return v;
}
function str(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new ShapeError(path, 'string');
  return v;
}
function num(v: unknown, path: string): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ShapeError(path, 'number');
}
function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new ShapeError(path, 'list');
  return v;
}
function bool(v: unknown, path: string): void {
  if (typeof v !== 'boolean') throw new ShapeError(path, 'boolean');
}
function oneOf(v: unknown, values: readonly string[], path: string): void {
  if (typeof v !== 'string' || !values.includes(v)) throw new ShapeError(path, 'one-of', values);
}
const strings = (v: unknown, path: string) => arr(v, path).forEach((s, i) => str(s, `${path}[${i}]`));
const optional = (o: Obj, key: string, check: (v: unknown, path: string) => void, path: string) => {
  if (o[key] !== undefined) check(o[key], `${path}.${key}`);
};

/** The database entry fields a reader uses (the service, its category, the retention). */
function checkKnown(v: unknown, path: string): void {
  const k = obj(v, path);
  for (const key of ['id', 'platform', 'category', 'name', 'description', 'retention', 'controller']) str(k[key], `${path}.${key}`);
  if (typeof k['wildcard'] !== 'boolean') throw new ShapeError(`${path}.wildcard`, 'boolean');
  optional(k, 'retentionIso', str, path);
}

/** Category, its source, the database entry and the declared entry: shared by findings and items. */
function checkClassification(o: Obj, path: string): void {
  optional(o, 'category', (v, p) => oneOf(v, CATEGORIES, p), path);
  optional(o, 'categorySource', (v, p) => oneOf(v, ['declared', 'database', 'akkoord'], p), path);
  optional(o, 'known', checkKnown, path);
  optional(
    o,
    'declared',
    (v, p) => {
      const d = obj(v, p);
      num(d['index'], `${p}.index`);
      str(d['name'], `${p}.name`);
      oneOf(d['category'], CATEGORIES, `${p}.category`);
    },
    path,
  );
}

function checkFinding(v: unknown, path: string): void {
  const f = obj(v, path);
  oneOf(f['kind'], FINDING_KINDS, `${path}.kind`);
  oneOf(f['severity'], SEVERITY_ORDER, `${path}.severity`);
  const s = obj(f['subject'], `${path}.subject`);
  oneOf(s['type'], [...ITEM_TYPES, 'page', 'banner'], `${path}.subject.type`);
  str(s['name'], `${path}.subject.name`);
  optional(s, 'domain', str, `${path}.subject`);
  strings(f['pages'], `${path}.pages`);
  strings(f['evidence'], `${path}.evidence`);
  str(f['message'], `${path}.message`);
  optional(f, 'refused', bool, path);
  checkClassification(f, path);
}

function checkItem(v: unknown, path: string): void {
  const i = obj(v, path);
  oneOf(i['type'], ITEM_TYPES, `${path}.type`);
  str(i['name'], `${path}.name`);
  str(i['domain'], `${path}.domain`);
  oneOf(i['party'], ['first', 'third'], `${path}.party`);
  arr(i['seenIn'], `${path}.seenIn`).forEach((m, n) => oneOf(m, SCAN_MODES, `${path}.seenIn[${n}]`));
  strings(i['pages'], `${path}.pages`);
  strings(i['setBy'], `${path}.setBy`);
  if (i['maxAgeSeconds'] !== undefined && i['maxAgeSeconds'] !== null) num(i['maxAgeSeconds'], `${path}.maxAgeSeconds`);
  checkClassification(i, path);
}

/** Everything but the marker: the fields a reader shows or applies. */
function checkShape(r: Obj): void {
  str(r['site'], 'site');
  // The day is the `cookieScan` date when the report is applied.
  if (!/^\d{4}-\d{2}-\d{2}T/.test(str(r['startedAt'], 'startedAt'))) throw new ShapeError('startedAt', 'date-time');
  num(r['durationMs'], 'durationMs');
  str(r['scanner'], 'scanner');
  str(r['browser'], 'browser');
  const banner = obj(r['banner'], 'banner');
  oneOf(banner['kind'], ['akkoord', 'other', 'none'], 'banner.kind');
  optional(banner, 'accept', str, 'banner');
  optional(banner, 'reject', str, 'banner');
  arr(r['pages'], 'pages').forEach((p, i) => str(obj(p, `pages[${i}]`)['url'], `pages[${i}].url`));
  arr(r['inventory'], 'inventory').forEach((v, i) => checkItem(v, `inventory[${i}]`));
  arr(r['findings'], 'findings').forEach((v, i) => checkFinding(v, `findings[${i}]`));
  const counts = obj(r['counts'], 'counts');
  for (const m of SCAN_MODES) {
    const c = obj(counts[m], `counts.${m}`);
    for (const k of ['cookies', 'storage', 'thirdPartyHosts', 'requests']) num(c[k], `counts.${m}.${k}`);
  }
  const summary = obj(r['summary'], 'summary');
  for (const s of SEVERITY_ORDER) num(summary[s], `summary.${s}`);
}

/**
 * Checks a parsed value: the format marker first (so another tool's JSON is named as such, not
 * as a broken report), then the version, then the fields a reader relies on.
 *
 * @example checkScanReport({ format: 'akkoord-scan', version: 2 }) // { ok: false, problem: { code: 'version', found: '2' } }
 */
export function checkScanReport(data: unknown): ScanReportCheck {
  if (!isObj(data)) return { ok: false, problem: { code: 'not-object' } };
  if (data['format'] !== SCAN_REPORT_FORMAT) {
    return { ok: false, problem: { code: 'format', found: data['format'] === undefined ? undefined : JSON.stringify(data['format']) } };
  }
  if (data['version'] !== SCAN_REPORT_VERSION)
    return { ok: false, problem: { code: 'version', found: data['version'] === undefined ? undefined : JSON.stringify(data['version']) } };
  try {
    checkShape(data);
  } catch (e) {
    if (e instanceof ShapeError)
      return { ok: false, problem: { code: 'shape', path: e.path, expected: e.expected, ...(e.values ? { values: e.values } : {}) } };
    throw e;
  }
  return { ok: true, report: data as unknown as ScanReport };
}

/** Parses JSON text (a leading byte-order mark allowed) and checks it with {@link checkScanReport}. */
export function parseScanReport(text: string): ScanReportCheck {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problem: { code: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
  return checkScanReport(data);
}
