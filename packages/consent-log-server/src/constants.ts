/** `prev_hash` of the first record in a site's chain: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** Default port of `akkoord-log serve`. */
export const DEFAULT_PORT = 8787;

/** Default rate limit per client (truncated IP): burst size and refill per second. */
export const DEFAULT_RATE_LIMIT = { burst: 60, perSecond: 10 } as const;

/** Most client buckets kept in memory by the rate limiter before the oldest are forgotten. */
export const RATE_LIMIT_MAX_KEYS = 50_000;

/** Default interval between signed checkpoints of every chain head (ms). */
export const DEFAULT_CHECKPOINT_MS = 10 * 60_000;

/** How long graceful shutdown waits for in-flight requests before closing their sockets (ms). */
export const DRAIN_TIMEOUT_MS = 10_000;

/** Rows fetched per page when exporting or verifying, so memory stays flat on any table size. */
export const PAGE_ROWS = 1000;

/** Bytes signed for a checkpoint start with this, so a signature cannot be reused for anything else. */
export const CHECKPOINT_CONTEXT = 'akkoord-log checkpoint v1';

/** Start of every site token, so one found in a log, a mail or a repository is recognised (and secret scanners can match it). */
export const SITE_TOKEN_PREFIX = 'akk_';

/** Random bytes in a site token (256 bits): far beyond guessing, which is why a plain SHA-256 of it may be stored. */
export const SITE_TOKEN_BYTES = 32;

/** Failed read-side token attempts per client network: `burst` at once, then one more per minute. */
export const DEFAULT_AUTH_FAILURE_LIMIT = { burst: 10, perSecond: 1 / 60 } as const;

/** A site token's "last used" time is written at most this often (ms), so reads do not each cost a write. */
export const TOKEN_TOUCH_MS = 60_000;
