/** Version of the record schema this package writes and validates (`v` in every record). */
export const SCHEMA_VERSION = 1;

/**
 * The kinds of change a record can carry, in the order they are documented (docs/consent-log.md,
 * "Actions"). `@akkoord/core` keeps the same list (its cookie stores the index): neither package
 * may import the other (the log client is used without core, akkoord.js ships without the log),
 * and record-fields.test.ts fails when the two differ.
 */
export const ACTIONS = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'renewal', 'embed', 'reset'] as const;

/** Most records one POST may carry; keeps a batch's commit short and its body small. */
export const MAX_BATCH = 100;

/**
 * Largest request body in bytes. Browsers cap all in-flight `keepalive` bodies together at 64 KiB,
 * so a client batch never needs more; the collector refuses anything larger with 413.
 */
export const MAX_BODY_BYTES = 65_536;

/** Most `category` / `category:service` entries in one record's `choices`. */
export const MAX_CHOICES = 500;

/**
 * Deepest nesting of objects and arrays in a `config` snapshot (the snapshot itself is level 1).
 * A banner's config and texts nest about 7 deep; the bound keeps every walk over a snapshot
 * (validation, canonical JSON, hashing) far from the stack's limit.
 */
export const MAX_CONFIG_DEPTH = 32;

/**
 * Largest `config` snapshot, in UTF-8 bytes of its canonical JSON: what fits in one request body.
 * Stated on the canonical form because that is what is hashed and stored, and it can be longer
 * than what was sent (`1E30` in a body is `1e+30` in canonical JSON).
 */
export const MAX_CONFIG_BYTES = MAX_BODY_BYTES;

/** Largest batch body the client builds: under the 64 KiB keepalive/beacon cap with room to spare. */
export const CLIENT_BATCH_BYTES = 60_000;

/** localStorage key of the client's queue. */
export const QUEUE_KEY = 'akkoord-log';

/** Retries per page after a network error, 408, 429 or 5xx; later pages (and beacons) try again. */
export const RETRIES = 5;

/** First retry delay in ms, doubled per retry and scaled by a random 50–100 % (jitter). */
export const BACKOFF_MS = 1000;

/** Delay in ms before records left by an earlier page are sent again, so page load goes first. */
export const REPLAY_DELAY_MS = 1000;

/** Queued records older than this (30 days, in ms) are dropped with a console warning. */
export const MAX_AGE_MS = 30 * 864e5;
