import type { Category, DatabaseCategory } from './types.js';

/**
 * The Open Cookie Database's six categories on the four a declarations file (and the banner) uses.
 *
 * Only Necessary and Security count as necessary. Security cookies (CSRF tokens, bot checks,
 * load-balancer pinning) keep a service the visitor asked for working safely, so they need no
 * consent. Functional does NOT count as necessary, although the word suggests it: in the database
 * it covers chat widgets, remembered settings, embedded players and A/B test buckets, which the
 * Dutch Telecommunicatiewet (art. 11.7a) only lets a site store without consent when it is
 * strictly needed for the service asked for. The scanner therefore treats an item as necessary
 * when the site declares it so, when the database says Necessary or Security, or when it is
 * Akkoord's own decision cookie; a functional cookie needs consent unless the site declares it
 * exempt. Personalization is a choice the visitor makes, so it sits with Functional under
 * preferences.
 */
export const DATABASE_CATEGORY_MAP: Readonly<Record<DatabaseCategory, Category>> = {
  Necessary: 'necessary',
  Security: 'necessary',
  Functional: 'preferences',
  Personalization: 'preferences',
  Analytics: 'analytics',
  Marketing: 'marketing',
};

/**
 * The declarations category for a database category (see {@link DATABASE_CATEGORY_MAP} for why
 * Functional maps to `preferences`, not `necessary`).
 *
 * @example categoryOf('Security') // 'necessary'
 */
export function categoryOf(db: DatabaseCategory): Category {
  return DATABASE_CATEGORY_MAP[db];
}
