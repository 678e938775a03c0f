import { SERVICE_CATALOGUE } from '@akkoord/privacy-statement';
import { categoryOf } from './categories.js';
import { cookieDatabase, domainHosts } from './cookie-database.js';
import type { Category, KnownItem } from './types.js';

/**
 * Requests to other sites that store nothing still send the visitor's IP address, page URL and
 * often an identifier in the query string, so the scanner needs to know which hosts belong to
 * trackers. Three sources: the hosts of the service catalogue of @akkoord/privacy-statement (the
 * same entries a site names with `preset:`), a built-in table of other well-known tracking and
 * advertising hosts, and the hosts the Open Cookie Database's Domain column names. A host matches
 * itself and every subdomain, on whole labels only.
 */

/** What is known about a request host. */
export interface TrackerHost {
  /** The service, e.g. "Google Analytics". */
  platform: string;
  category: Category;
}

/** Looks a request host up; build one with {@link createHostLookup}. */
export type HostLookup = (host: string) => TrackerHost | undefined;

/**
 * The catalogue's hosts of services that need consent for analytics or marketing: host, the
 * service's name, its category. Only those two categories, for the reason {@link lookupHost}
 * gives for the database: a payment provider's or chat widget's host is no reason to call every
 * request to it a violation; it stays a `check` for the reader.
 */
export const CATALOGUE_HOSTS: readonly (readonly [host: string, platform: string, category: Category])[] = SERVICE_CATALOGUE.filter(
  (s) => s.category === 'analytics' || s.category === 'marketing',
).flatMap((s) => s.hosts.map((host) => [host, s.name, s.category as Category] as const));

/**
 * Built-in table: host (matches its subdomains too), service, category, for services the
 * catalogue does not cover (a host belongs to one of the two; a test checks they do not overlap).
 * Written for Akkoord as data, from services EU sites embed. Hosts only: paths such as
 * google.com/ads are out of reach of a host table and left to the database. Where one host serves
 * several products the category is the one its usual embed needs: the TikTok and Pinterest
 * "analytics" hosts feed ad conversion tracking. Cookieless analytics (Plausible in the catalogue,
 * Jetpack Stats here) store nothing, but they still send each page view to a third party, so they
 * are listed as analytics and the report lets the site judge whether an exemption applies.
 */
export const BUILT_IN_HOSTS: readonly (readonly [host: string, platform: string, category: Category])[] = [
  // Google
  ['googlesyndication.com', 'Google AdSense', 'marketing'],
  ['googletagservices.com', 'Google Ad Manager', 'marketing'],
  // Microsoft
  ['bat.bing.com', 'Microsoft Advertising', 'marketing'],
  // X (Twitter), TikTok, Pinterest, Snapchat
  ['ads-twitter.com', 'X Ads', 'marketing'],
  ['analytics.twitter.com', 'X Ads', 'marketing'],
  ['t.co', 'X Ads', 'marketing'],
  ['analytics.tiktok.com', 'TikTok Pixel', 'marketing'],
  ['ct.pinterest.com', 'Pinterest Tag', 'marketing'],
  ['tr.snapchat.com', 'Snap Pixel', 'marketing'],
  ['sc-static.net', 'Snap Pixel', 'marketing'],
  // Session recording and heat maps
  ['script.crazyegg.com', 'Crazy Egg', 'analytics'],
  ['mouseflow.com', 'Mouseflow', 'analytics'],
  ['fullstory.com', 'FullStory', 'analytics'],
  // Marketing automation and e-mail
  ['klaviyo.com', 'Klaviyo', 'marketing'],
  // Analytics services
  ['mc.yandex.ru', 'Yandex Metrica', 'analytics'],
  ['mc.yandex.com', 'Yandex Metrica', 'analytics'],
  ['stats.wp.com', 'Jetpack Stats', 'analytics'],
  ['pixel.wp.com', 'Jetpack Stats', 'analytics'],
  ['siteimproveanalytics.com', 'Siteimprove Analytics', 'analytics'],
  ['cdn.segment.com', 'Segment', 'analytics'],
  ['api.segment.io', 'Segment', 'analytics'],
  ['mixpanel.com', 'Mixpanel', 'analytics'],
  ['heapanalytics.com', 'Heap', 'analytics'],
  // Advertising networks
  ['criteo.com', 'Criteo', 'marketing'],
  ['criteo.net', 'Criteo', 'marketing'],
  ['adnxs.com', 'Xandr', 'marketing'],
  ['amazon-adsystem.com', 'Amazon Ads', 'marketing'],
  ['taboola.com', 'Taboola', 'marketing'],
  ['outbrain.com', 'Outbrain', 'marketing'],
];

/** Order in which a tie between categories goes: the one that needs consent most wins. */
const STRICTNESS: readonly Category[] = ['necessary', 'preferences', 'analytics', 'marketing'];

/**
 * Hosts from the database's Domain column. A host usually has several entries, not always of one
 * category (google.com has functional and marketing cookies), so it takes the category most of
 * its entries give, a tie going to the one that needs consent most (a scanner should rather ask
 * the site to check than wave a tracker through). The platform is the commonest among the entries
 * of that category, the first in file order on a tie.
 */
function databaseHosts(entries: readonly KnownItem[]): Map<string, TrackerHost> {
  const byHost = new Map<string, KnownItem[]>();
  for (const item of entries) {
    for (const host of domainHosts(item.domain)) {
      const list = byHost.get(host);
      if (list) list.push(item);
      else byHost.set(host, [item]);
    }
  }
  const table = new Map<string, TrackerHost>();
  for (const [host, items] of byHost) {
    const category = commonest(
      items.map((i) => categoryOf(i.category)),
      (a, b) => STRICTNESS.indexOf(b) - STRICTNESS.indexOf(a),
    );
    const platforms = items
      .filter((i) => categoryOf(i.category) === category)
      .map((i) => i.platform)
      .filter(Boolean);
    const platform = commonest(platforms, () => 0) ?? items.find((i) => i.platform)?.platform ?? host;
    if (category) table.set(host, { platform, category });
  }
  return table;
}

/**
 * The value that occurs most often. Ties go to the value `prefer` sorts first, else to the one
 * seen first (Array.prototype.sort is stable).
 */
function commonest<T>(values: readonly T[], prefer: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || prefer(a[0], b[0]))[0]?.[0];
}

/** The host, then each parent domain: `a.b.example.com` → `a.b.example.com`, `b.example.com`, `example.com`, `com`. */
function* selfAndParents(host: string): Generator<string> {
  let h = host;
  for (;;) {
    yield h;
    const dot = h.indexOf('.');
    if (dot < 0) return;
    h = h.slice(dot + 1);
  }
}

/** Lower case, no trailing dot, no port: the form both tables use. */
function normaliseHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (!h.startsWith('[')) h = h.replace(/:\d+$/, '');
  return h.replace(/^\.+|\.+$/g, '');
}

/**
 * A host lookup over the catalogue's hosts, the built-in table and the hosts of the given
 * database entries. The first two win whenever they match the host or a parent: they were
 * written for requests, while the Domain column describes where cookies live.
 *
 * @param builtIn Replaces {@link BUILT_IN_HOSTS} (tests).
 * @param catalogue Replaces {@link CATALOGUE_HOSTS} (tests).
 */
export function createHostLookup(
  entries: readonly KnownItem[],
  builtIn: typeof BUILT_IN_HOSTS = BUILT_IN_HOSTS,
  catalogue: typeof CATALOGUE_HOSTS = CATALOGUE_HOSTS,
): HostLookup {
  const curated = new Map<string, TrackerHost>(
    [...builtIn, ...catalogue].map(([host, platform, category]) => [host, { platform, category }]),
  );
  const fromDatabase = databaseHosts(entries);
  return (host) => {
    const h = normaliseHost(host);
    if (!h) return undefined;
    for (const table of [curated, fromDatabase]) {
      for (const candidate of selfAndParents(h)) {
        const found = table.get(candidate);
        if (found) return { ...found };
      }
    }
    return undefined;
  };
}

let shipped: HostLookup | undefined;

/**
 * Looks a request host up in the built-in table, then among the shipped database's hosts
 * (both built on first use). Matches the host or any parent domain, never part of a label:
 * `www.google-analytics.com` matches `google-analytics.com`, `notgoogle-analytics.com` does not.
 *
 * @example lookupHost('region1.google-analytics.com') // { platform: 'Google Analytics', category: 'analytics' }
 */
export function lookupHost(host: string): TrackerHost | undefined {
  // Only the database's analytics and marketing hosts make a request a tracker's: its Domain
  // column says where a cookie lives, and a host known only for a functional cookie (a payment
  // provider's checkout script) is no reason to call every request to it a violation; it stays
  // a `check` for the reader.
  shipped ??= createHostLookup(cookieDatabase().entries.filter((e) => e.category === 'Analytics' || e.category === 'Marketing'));
  return shipped(host);
}
