import { isNumber, isObject, isString, listCheck, objectCheck, patternCheck, valueCheck, type Check } from './config-checks.js';
import { cookieMatcher } from './cookie-matcher.js';
import { CONSENT_MODE_TYPES, ID_PATTERN, MAX_EXPIRY_DAYS } from './constants.js';

/*
 * `consent.json` as data: one named check per kind of value, then one object check per section,
 * mirroring the interfaces in types.ts (change both together). Each message says what would be
 * valid. This runs in every page's bundle; named consts cost nothing there, as the minifier
 * shortens them.
 */

/** A language code such as `nl` or `nl-BE`. */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z\d]+)*$/i;

// `/./` rather than a length test: a string of only line breaks is not a name either.
const nonEmptyString = patternCheck(/./, 'a non-empty string');
const id = patternCheck(ID_PATTERN, 'an id of letters, digits, - or _');
const cookieName = patternCheck(/^[\w!#$%&'*+.^`|~-]+$/, 'a cookie name (letters, digits, _ or -)');
const domain = patternCheck(/^\.?[a-z\d-]+(\.[a-z\d-]+)+$/i, 'a domain such as example.nl');
const cookiePath = patternCheck(/^\//, 'a path starting with /');
const sameSite = patternCheck(/^(Lax|Strict|None)$/, 'Lax, Strict or None');
const language = patternCheck(/^(auto|[a-z]{2,3}(-[a-z\d]+)*)$/i, '"auto" or a language code such as "nl"');
const boolean = valueCheck((v) => typeof v == 'boolean', 'true or false');
const revision = valueCheck((v) => (isString(v) && v) || isNumber(v), 'a number or a non-empty string');
/** A string or `{ "nl": "…" }`; keys are checked too, so `{"Nederlands": "…"}` is caught. */
const localizedText = valueCheck(
  (v) => isString(v) || (isObject(v) && Object.keys(v).every((k) => LANGUAGE_CODE.test(k) && isString(v[k]))),
  'a string or {"nl": "…", "en": "…"}',
);
/** What `cookieMatcher` accepts: it throws on an invalid regular expression. */
const cookiePattern = valueCheck((v) => {
  try {
    return isString(v) && v && cookieMatcher(v);
  } catch {
    return false;
  }
}, 'a cookie name, a name with *, or a valid /regular expression/');
// Browsers cap cookie lifetime at 400 days (RFC 6265bis); a longer expiry would be cut silently.
const expiryDays = valueCheck((v) => isNumber(v) && v > 0 && v <= MAX_EXPIRY_DAYS, `a number of days from 1 to ${MAX_EXPIRY_DAYS}`);
const milliseconds = valueCheck((v) => isNumber(v) && v >= 0, 'a number of milliseconds');
/** Per language an object of banner texts; the banner checks the keys it knows. */
const texts = valueCheck((v) => isObject(v) && Object.values(v).every(isObject), '{"nl": {…}, "en": {…}}');
const consentModeMapping = valueCheck(
  (v) => isObject(v) && Object.values(v).every((types) => Array.isArray(types) && types.every((t) => CONSENT_MODE_TYPES.includes(t))),
  `{"category": [types]} with types from ${CONSENT_MODE_TYPES.join(', ')}`,
);
// Loose on purpose: the consent-log package owns the other fields of this section.
const consentLog = valueCheck((v) => isObject(v) && isString(v.endpoint), 'an object with "endpoint"');

const cookieDeclaration = objectCheck({ name: cookiePattern, duration: localizedText, description: localizedText }, ['name']);

const service = objectCheck(
  { id, name: nonEmptyString, description: localizedText, privacyUrl: nonEmptyString, cookies: listCheck(cookieDeclaration) },
  ['id', 'name'],
);

const category = objectCheck(
  { id, required: boolean, title: localizedText, description: localizedText, services: listCheck(service), gpc: boolean },
  ['id', 'title'],
);

const cookieOptions = objectCheck({ name: cookieName, expiryDays, domain, path: cookiePath, sameSite });

const consentModeOptions = objectCheck({ enabled: boolean, waitForUpdate: milliseconds, mapping: consentModeMapping });

const gpcOptions = objectCheck({ enabled: boolean, autoDecide: boolean });

/**
 * The check of a whole `consent.json`: field by field what `AkkoordConfig` allows. Rules across
 * fields (one required category, mapping keys) are in validateConfig.
 * @internal
 */
export const configSchema: Check = objectCheck(
  {
    $schema: nonEmptyString,
    revision,
    categories: listCheck(category),
    organisation: nonEmptyString,
    privacyStatementUrl: localizedText,
    privacyStatementVersion: nonEmptyString,
    cookie: cookieOptions,
    language,
    texts,
    consentMode: consentModeOptions,
    gpc: gpcOptions,
    reloadOnWithdraw: boolean,
    consentLog,
  },
  ['revision', 'categories'],
);
