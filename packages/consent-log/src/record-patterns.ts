// The shapes of a record's identifiers and texts, shared by the validator (record-fields.ts) and
// the collector's read side (a consent id or snapshot hash in a URL path), so both accept the same.

/** A record id: an RFC 4122 UUID (any version, either case). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A consent id: the random id from the banner cookie, 8 to 64 URL-safe characters. */
export const CONSENT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** A SHA-256 in lower-case hex: config hashes, chain hashes. */
export const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** A site id: the characters of a host name, IPv6 literal or host:port. */
export const SITE_PATTERN = /^[A-Za-z0-9._:[\]-]{1,253}$/;

/** A `choices` key: `category` or `category:service`. */
export const CHOICE_KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_-]{1,64})?$/;

/** A BCP 47 language tag such as `nl` or `en-GB` (its shape, not the registry). */
export const LANGUAGE_PATTERN = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/;

/**
 * A page: http(s) origin and path of at most 2048 characters, no query or fragment, no white
 * space or control characters (C0, DEL, C1). A browser's `location.pathname` is percent-encoded,
 * so the client never sends them; PostgreSQL cannot even store a NUL in a text column.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
export const PAGE_PATTERN = /^https?:\/\/[^\s?#\x00-\x1f\x7f-\x9f]{1,2040}$/;

/** A short printable text such as a banner revision or statement version (1 to 64 UTF-16 code units). */
export const SHORT_TEXT_PATTERN = /^[\x20-\x7e\u00a0-\uffff]{1,64}$/;

/**
 * A UTF-16 surrogate without its other half: a string holding one is not well-formed Unicode.
 * UTF-8 cannot encode it, so a store writes U+FFFD instead and the stored text would no longer be
 * what was hashed; RFC 8785 refuses such strings too. (No lookbehind: older Safari cannot parse it.)
 */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
