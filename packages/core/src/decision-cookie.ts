import { ACTIONS, COOKIE_VERSION, DAY_MS, ID_PATTERN } from './constants.js';
import type { CookieAttributes, Env } from './env.js';
import type { AkkoordConfig, ConsentDecision } from './types.js';

/*
 * Cookie value format (version 1), `|`-separated because a cookie value may hold `|` unescaped:
 *
 *   1|<consent id>|<revision, URI-encoded>|<time, base 36 ms>|<action index>|<grants>[|p]
 *
 * <grants> is `.`-separated categories; a category followed by `:svc:svc` grants only those
 * services. Example: `1|0b9c…|3|m3x1k2a0|2|necessary.analytics:matomo`. A trailing `|p` marks a
 * pending decision (services allowed in place, the banner not answered yet). It was added without
 * a new version on purpose: every value written before still reads the same, and an older
 * akkoord.js reads a pending value as no decision (it refuses a seventh part and action 6), so it
 * asks instead of taking an embed's grant for an answer.
 */

/** Serialises a decision into the compact cookie value described above. */
export function encodeDecision(d: ConsentDecision): string {
  return [
    COOKIE_VERSION,
    d.id,
    encodeURIComponent(d.revision),
    d.time.toString(36),
    ACTIONS.indexOf(d.action),
    d.categories.map((c) => [c, ...(d.services[c] || [])].join(':')).join('.'),
    ...(d.pending ? ['p'] : []),
  ].join('|');
}

/**
 * Parses a cookie value. Never throws: garbage, another tool's value under the same name, a
 * truncated value or another version all give `null`, i.e. "no decision, ask".
 */
export function decodeDecision(raw: string | null | undefined): ConsentDecision | null {
  // No cookie is the first visit of every visitor: answered without the exception below, which
  // costs V8 a re-read of the source to word its message (measured 1–7 ms on a slow phone).
  if (!raw) return null;
  try {
    const [v, id, rev, t, a, grants, pending, extra] = raw!.split('|');
    const time = parseInt(t!, 36);
    const action = ACTIONS[+a!];
    const services: Record<string, string[]> = {};
    const categories: string[] = [];
    for (const grant of grants!.split('.').filter(Boolean)) {
      const [category, ...granted] = grant.split(':') as [string, ...string[]];
      if (![category, ...granted].every((x) => ID_PATTERN.test(x))) return null;
      if (granted.length > 0) services[category] = granted;
      categories.push(category);
    }
    const d: ConsentDecision = { id: id!, revision: decodeURIComponent(rev!), categories, services, time, action: action! };
    if (pending) d.pending = true;
    return v == COOKIE_VERSION && (pending || 'p') == 'p' && extra == null && ID_PATTERN.test(id!) && /^[\da-z]+$/.test(t!) && action
      ? d
      : null;
  } catch {
    // A missing part (`undefined.split`) or a malformed %-escape in the revision.
    return null;
  }
}

/**
 * Whether a stored decision still counts: made under the current `revision` and younger than
 * `cookie.expiryDays`. The age is checked from the decision's own time because a cookie's
 * expiry can outlive a shortened `expiryDays` and browsers may keep cookies longer than asked.
 */
export function isCurrent(d: ConsentDecision, config: AkkoordConfig, now: number): boolean {
  return d.revision == String(config.revision) && now - d.time < config.cookie!.expiryDays! * DAY_MS;
}

/** The decision cookie's attributes: configured domain/path/SameSite, `Secure` on https pages. */
export function cookieAttributes(config: AkkoordConfig, env: Pick<Env, 'location'>): CookieAttributes {
  const { expiryDays: expires, domain, path, sameSite } = config.cookie!;
  return { expires, domain, path, sameSite, secure: env.location.protocol == 'https:' };
}
