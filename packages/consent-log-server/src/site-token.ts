import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SITE_TOKEN_BYTES, SITE_TOKEN_PREFIX } from './constants.js';

/**
 * The hash a site token is stored and looked up under: SHA-256 in hex. A slow password hash
 * (scrypt, argon2) protects secrets people choose, which can be guessed; a site token is 256
 * random bits, so neither a stolen database nor a brute-force search gets anywhere from its
 * SHA-256, and a fast hash lets every read look the token up by it (an index search) instead of
 * trying each stored token in turn.
 */
export function hashSiteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new site token: its text (shown once), the hash that is stored, and an id to list and revoke it by. */
export function newSiteToken(): { token: string; tokenHash: string; id: string } {
  const token = SITE_TOKEN_PREFIX + randomBytes(SITE_TOKEN_BYTES).toString('base64url');
  // Random, not derived from the token: the id appears in lists and logs.
  return { token, tokenHash: hashSiteToken(token), id: randomBytes(6).toString('hex') };
}

/**
 * Whether a stored hash is the hash of the presented token, compared in constant time. The store
 * found the row by this hash already; comparing again without early exit keeps the decision off
 * any string comparison whose time depends on where the first difference is.
 */
export function siteTokenHashMatches(storedHash: string, presentedHash: string): boolean {
  const a = Buffer.from(storedHash, 'hex');
  const b = Buffer.from(presentedHash, 'hex');
  return a.length === 32 && b.length === 32 && timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer ([^\s]+)$/i.exec(header ?? '')?.[1];
}
