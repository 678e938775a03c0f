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
/** `test`'s value, or `{ "nl": …, "en": … }` of them; keys are checked too, so `{"Nederlands": "…"}` is caught. */
const localized = (test: (v: unknown) => unknown, what: string) =>
  valueCheck(
    (v) => test(v) || (isObject(v) && Object.keys(v).every((k) => LANGUAGE_CODE.test(k) && test(v[k]))),
    `${what} or {"nl": "…", "en": "…"}`,
  );
const localizedText = localized(isString, 'a string');
/**
 * A link the banner may render: http(s), mailto or a relative URL, never `javascript:` or `data:`.
 * No spaces or control characters anywhere, because browsers drop them from a URL before reading
 * its scheme (`" java\tscript:"` is `javascript:` to them).
 */
const isLink = (v: unknown) => isString(v) && /^((https?|mailto):|(?![a-z][\w+.-]*:))[^\0- ]+$/i.test(v);
const LINK = 'an https:, http: or mailto: URL or a path such as /privacy';
const link = valueCheck(isLink, LINK);
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
  { id, name: nonEmptyString, description: localizedText, privacyUrl: link, cookies: listCheck(cookieDeclaration) },
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
    privacyStatementUrl: localized(isLink, LINK),
    privacyStatementVersion: nonEmptyString,
    cookie: cookieOptions,
    language,
    texts,
    consentMode: consentModeOptions,
    gpc: gpcOptions,
    reloadOnWithdraw: boolean,
    consentLog,
    layout: patternCheck(/^(box|bar)$/, '"box" or "bar"'),
    position: patternCheck(/^(bottom(-left|-right)?|middle)$/, '"bottom", "bottom-left", "bottom-right" or "middle"'),
  },
  ['revision', 'categories'],
);
