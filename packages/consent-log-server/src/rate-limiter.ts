import { RATE_LIMIT_MAX_KEYS } from './constants.js';

/** Token-bucket settings: `burst` requests at once, refilled at `perSecond`. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

/**
 * Per-client token buckets keyed by truncated IP (never the full address). Memory is bounded: past
 * {@link RATE_LIMIT_MAX_KEYS} clients the least recently seen are forgotten (a Map keeps insertion order).
 */
export class RateLimiter {
  private readonly _buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly limit: RateLimit) {}

  /** Takes one token for `key`; returns 0 when allowed, else the seconds until a token is free. */
  take(key: string, now = Date.now()): number {
    const { burst, perSecond } = this.limit;
    const b = this._buckets.get(key) ?? { tokens: burst, at: now };
    this._buckets.delete(key);
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
    this._buckets.set(key, b);
    if (this._buckets.size > RATE_LIMIT_MAX_KEYS) this._buckets.delete(this._buckets.keys().next().value!);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / perSecond);
  }

  /**
   * Seconds until `key` has a token (0: it has one now), taking none: for a limit on failures,
   * checked before the attempt and taken only when it fails.
   */
  wait(key: string, now = Date.now()): number {
    const b = this._buckets.get(key);
    if (!b) return 0;
    const { burst, perSecond } = this.limit;
    const tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / perSecond);
  }
}
