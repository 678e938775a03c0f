import type { ConfigIssue } from './config-error.js';
import { cookieMatcher } from './cookie-matcher.js';
import {
  CONSENT_MODE_MAPPING,
  CONSENT_MODE_TYPES,
  COOKIE_NAME,
  EXPIRY_DAYS,
  GPC_IDS,
  ID_PATTERN,
  MAX_EXPIRY_DAYS,
  WAIT_FOR_UPDATE,
} from './constants.js';
import type { AkkoordConfig } from './types.js';

/** What validateConfig returns: the config with defaults applied, or `null` with the reasons. */
export interface ConfigResult {
  /** Defaults applied; `null` when there is any error (fail closed: use nothing of it). */
  config: AkkoordConfig | null;
  /** Every problem found, in document order. Empty when valid. */
  errors: ConfigIssue[];
}

/*
 * The schema as data: per object kind, its fields as `name:kind` (`name!` = required). A kind is
 * an object kind (upper case), a leaf kind (lower case, tests below) or `[kind` for a list.
 * Data compresses far better than nested validator calls, and this runs in every page's bundle.
 */
const OBJECTS: Record<string, string> = {
  A: '$schema:s revision!:r categories!:[C organisation:s privacyStatementUrl:t privacyStatementVersion:s cookie:K language:l texts:x consentMode:M gpc:G reloadOnWithdraw:b consentLog:g',
  C: 'id!:i required:b title!:t description:t services:[V gpc:b',
  V: 'id!:i name!:s description:t privacyUrl:s cookies:[Q',
  Q: 'name!:c duration:t description:t',
  K: 'name:n expiryDays:e domain:d path:p sameSite:w',
  M: 'enabled:b waitForUpdate:u mapping:m',
  G: 'enabled:b autoDecide:b',
};

const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v == 'object' && !Array.isArray(v);
const string = (v: unknown): v is string => typeof v == 'string';
const number = (v: unknown): v is number => v === +(v as number);
/** A language code such as `nl` or `nl-BE`. */
const LANG = /^[a-z]{2,3}(-[a-z\d]+)*$/i;

/**
 * Leaf kinds: a test (a regular expression is matched against a string) and, for the message,
 * what would be valid.
 */
const LEAVES: Record<string, [RegExp | ((v: any) => unknown), string]> = {
  s: [/./, 'a non-empty string'],
  i: [ID_PATTERN, 'an id of letters, digits, - or _'],
  n: [/^[\w!#$%&'*+.^`|~-]+$/, 'a cookie name (letters, digits, _ or -)'],
  d: [/^\.?[a-z\d-]+(\.[a-z\d-]+)+$/i, 'a domain such as example.nl'],
  p: [/^\//, 'a path starting with /'],
  w: [/^(Lax|Strict|None)$/, 'Lax, Strict or None'],
  l: [/^(auto|[a-z]{2,3}(-[a-z\d]+)*)$/i, '"auto" or a language code such as "nl"'],
  // Keys are checked too, so `{"Nederlands": "…"}` is caught.
  t: [
    (v) => string(v) || (isObject(v) && Object.keys(v).every((k) => LANG.test(k) && string(v[k]))),
    'a string or {"nl": "…", "en": "…"}',
  ],
  b: [(v) => v === !!v, 'true or false'],
  r: [(v) => (string(v) && v) || number(v), 'a number or a non-empty string'],
  c: [
    (v) => {
      try {
        return string(v) && v && cookieMatcher(v);
      } catch {}
    },
    'a cookie name, a name with *, or a valid /regular expression/',
  ],
  // Browsers cap cookie lifetime at 400 days (RFC 6265bis); a longer expiry would be cut silently.
  e: [(v) => number(v) && v > 0 && v <= MAX_EXPIRY_DAYS, `a number of days from 1 to ${MAX_EXPIRY_DAYS}`],
  u: [(v) => number(v) && v >= 0, 'a number of milliseconds'],
  x: [(v) => isObject(v) && Object.values(v).every(isObject), '{"nl": {…}, "en": {…}}'],
  m: [
    (v) => isObject(v) && Object.values(v).every((t) => Array.isArray(t) && t.every((x) => CONSENT_MODE_TYPES.includes(x))),
    `{"category": [types]} with types from ${CONSENT_MODE_TYPES.join(', ')}`,
  ],
  // Reserved for the consent-log package, which owns the other fields of this section.
  g: [(v) => isObject(v) && string(v.endpoint), 'an object with "endpoint"'],
};

// The issues of the validation in progress; validation is synchronous, so a module-level list is safe.
let issues: ConfigIssue[] = [];
const fail = (path: string, message: string) => void issues.push({ path, message });
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

const check = (v: any, kind: string, path: string): unknown => {
  if (kind[0] == '[') {
    if (!Array.isArray(v)) return fail(path, 'expected a list');
    const ids: unknown[] = [];
    return v.forEach((x, i) => {
      const p = `${path}[${i}]`;
      check(x, kind.slice(1), p);
      if (x?.id && ids.includes(x.id)) fail(`${p}.id`, `"${x.id}" is used twice; ids must be unique`);
      ids.push(x?.id);
    });
  }
  const leaf = LEAVES[kind];
  const test = leaf?.[0];
  if (test) return ('test' in test ? string(v) && test.test(v) : test(v)) || fail(path, `expected ${leaf[1]}`);
  if (!isObject(v)) return fail(path, 'expected an object');
  const fields = OBJECTS[kind]!.split(' ').map((f) => f.split(/!?:/));
  OBJECTS[kind]!.replace(/([\w$]+)!/g, (_, k: string) => (v[k] == null && fail(at(path, k), 'required'), ''));
  for (const k in v) {
    const f = fields.find((x) => x[0] == k);
    f ? v[k] != null && check(v[k], f[1]!, at(path, k)) : fail(at(path, k), `unknown field; expected one of ${fields.map((x) => x[0]).join(', ')}`);
  }
};

/**
 * Checks a parsed `consent.json` (or an object from code) and applies defaults. Every problem is
 * reported with its JSON path and what would be valid; unknown fields are errors so typos such as
 * `reloadOnWithdrawl` do not pass silently.
 * @example
 * const { config, errors } = validateConfig(JSON.parse(text));
 * if (!config) console.error(formatConfigErrors(errors, 'consent.json'));
 */
export function validateConfig(input: unknown): ConfigResult {
  issues = [];
  check(input, 'A', '');
  const c = input as AkkoordConfig;
  const cats = c?.categories;
  if (!issues.length) {
    if (!cats.length) fail('categories', 'expected at least one category');
    const required = cats.filter((k) => k.required).map((k) => k.id);
    if (required[1]) fail('categories', `only one category may be required, not ${required.join(' and ')}`);
    // Default entries for absent categories are harmless (and present again in a validated config).
    for (const k in c.consentMode?.mapping)
      k in CONSENT_MODE_MAPPING ||
        cats.some((x) => x.id == k) ||
        fail(`consentMode.mapping.${k}`, 'no category has this id');
  }
  const errors = issues;
  issues = [];
  return {
    errors,
    config: errors.length
      ? null
      : {
          ...c,
          categories: cats.map((k) => ({
            ...k,
            services: k.services || [],
            gpc: !k.required && (k.gpc ?? GPC_IDS.includes(k.id)),
          })),
          language: c.language || 'auto',
          cookie: { name: COOKIE_NAME, expiryDays: EXPIRY_DAYS, path: '/', sameSite: 'Lax', ...c.cookie },
          consentMode: {
            enabled: true,
            waitForUpdate: WAIT_FOR_UPDATE,
            ...c.consentMode,
            mapping: { ...CONSENT_MODE_MAPPING, ...c.consentMode?.mapping },
          },
          gpc: { enabled: true, ...c.gpc },
          reloadOnWithdraw: !!c.reloadOnWithdraw,
        },
  };
}
