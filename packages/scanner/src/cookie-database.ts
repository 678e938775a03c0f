import { readFileSync } from 'node:fs';
import { retentionToIso } from './retention.js';
import type { DatabaseCategory, KnownItem } from './types.js';

/**
 * The Open Cookie Database as the scanner ships it: data/open-cookie-database.json, built from
 * the upstream CSV by scripts/build-cookie-db.mjs (see that script for the layout, and
 * data/NOTICE.md for the source and licence).
 */

/** Where the data came from, as recorded by the build script. */
export interface DatabaseInfo {
  /** "Open Cookie Database". */
  name: string;
  authors: string;
  /** The upstream repository, e.g. "github.com/jkwakman/Open-Cookie-Database". */
  repository: string;
  /** Upstream commit (40 hex digits) the data was built from. */
  commit: string;
  /** Date of that commit, `yyyy-mm-dd`. */
  date: string;
  /** SPDX id of the data's licence ("Apache-2.0"). */
  license: string;
  /** Number of entries. */
  count: number;
}

/** Finds Open Cookie Database entries by name; build one with {@link createCookieDatabase}. */
export interface CookieDatabase {
  /** Every entry, in the database's order. */
  readonly entries: readonly KnownItem[];
  /**
   * The entry for a cookie or storage key name (case-sensitive, as cookie names are). An exact
   * name beats a wildcard (prefix) entry, and a longer prefix beats a shorter one. When several
   * entries tie (same name), the one whose Domain column fits `domain` wins, else the first.
   *
   * @param domain The cookie's domain or the storage origin's host, to choose between entries
   *   that share a name (e.g. `token` of Adform and of Xandr).
   */
  lookupItem(name: string, domain?: string): KnownItem | undefined;
}

/**
 * The hosts a Domain column names, lower case without leading or trailing dots: `".linkedin.com"`
 * → `["linkedin.com"]`, `"adform.net (3rd party)"` → `["adform.net"]`, `".bing.com (3rd party) or
 * .microsoft.com (3rd party)"` → both. Parts that are not a plain host name (placeholders like
 * `ads-[account].adhese.com`, single words) are left out.
 */
export function domainHosts(column: string | undefined): string[] {
  if (!column) return [];
  const hosts: string[] = [];
  for (const part of column.split(/\s+or\s+/i)) {
    const host = part
      .replace(/\(3rd party\)/i, '')
      .trim()
      .toLowerCase()
      .replace(/^\.+|\.+$/g, '');
    if (/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]*[a-z0-9]$/.test(host) && !hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}

/** True when `host` is `parent` or one of its subdomains (whole labels only). */
function within(host: string, parent: string): boolean {
  return host === parent || host.endsWith(`.${parent}`);
}

/**
 * How well an entry's Domain column fits a cookie domain or host: 3 when they name the same host,
 * 2 when the given domain lies under the entry's (`ib.adnxs.com` under `adnxs.com`), 1 when the
 * entry's lies under the given one (the entry says `accounts.google.com`, the cookie is on
 * `.google.com`), 0 when they are unrelated or either is missing.
 */
function domainFit(item: KnownItem, domain: string): number {
  let best = 0;
  for (const host of domainHosts(item.domain)) {
    if (host === domain) return 3;
    if (within(domain, host)) best = Math.max(best, 2);
    else if (within(host, domain)) best = Math.max(best, 1);
  }
  return best;
}

/** Of entries that tie on the name, the one that fits the domain best; the first on a tie. */
function pick(candidates: readonly KnownItem[], domain: string | undefined): KnownItem | undefined {
  if (candidates.length < 2 || !domain) return candidates[0];
  const d = domain.toLowerCase().replace(/^\.+|\.+$/g, '');
  let best = candidates[0];
  let bestFit = 0;
  for (const item of candidates) {
    const fit = domainFit(item, d);
    if (fit > bestFit) {
      best = item;
      bestFit = fit;
    }
  }
  return best;
}

/**
 * A lookup over the given entries. The index is built once here: a Map of exact names, and the
 * wildcard prefixes grouped by prefix and ordered longest first, so a lookup is one Map read plus
 * a scan of the (a few hundred) prefixes only when no exact name matches.
 *
 * @example createCookieDatabase([{ id: '1', platform: 'Demo', category: 'Analytics', name: '_demo_',
 *   wildcard: true, description: '', retention: '1 year', controller: 'Demo' }]).lookupItem('_demo_x')
 */
export function createCookieDatabase(entries: readonly KnownItem[]): CookieDatabase {
  const exact = new Map<string, KnownItem[]>();
  const prefixGroups = new Map<string, KnownItem[]>();
  for (const item of entries) {
    const index = item.wildcard ? prefixGroups : exact;
    const group = index.get(item.name);
    if (group) group.push(item);
    else index.set(item.name, [item]);
  }
  // Array.prototype.sort is stable, so equal lengths keep the database's order.
  const prefixes = [...prefixGroups].sort((a, b) => b[0].length - a[0].length);
  return {
    entries,
    lookupItem(name, domain) {
      const named = exact.get(name);
      if (named) return pick(named, domain);
      for (const [prefix, group] of prefixes) {
        if (name.startsWith(prefix)) return pick(group, domain);
      }
      return undefined;
    },
  };
}

/** The layout the build script writes (version 1). */
interface DatabaseFile {
  format: 'akkoord-cookie-database';
  version: 1;
  source: DatabaseInfo;
  /** `[platform, controller, privacyUrl]`. */
  services: [string, string, string][];
  /** `[id, service index, category, name, wildcard, domain, description, retention]`. */
  entries: [string, number, DatabaseCategory, string, 0 | 1, string, string, string][];
}

/**
 * Turns the file's arrays into `KnownItem`s, with `retentionIso` computed here (once per load)
 * rather than stored, so the retention parser lives in one place.
 */
export function decodeDatabaseFile(json: unknown): { info: DatabaseInfo; entries: KnownItem[] } {
  const file = json as DatabaseFile;
  if (file?.format !== 'akkoord-cookie-database' || file.version !== 1) {
    throw new Error(
      'open-cookie-database.json: not an akkoord-cookie-database file of version 1; rebuild it with scripts/build-cookie-db.mjs',
    );
  }
  const entries = file.entries.map(([id, service, category, name, wildcard, domain, description, retention]): KnownItem => {
    const [platform, controller, privacyUrl] = file.services[service] ?? ['', '', ''];
    const item: KnownItem = { id, platform, category, name, wildcard: wildcard === 1, description, retention, controller };
    if (domain) item.domain = domain;
    const iso = retentionToIso(retention);
    if (iso) item.retentionIso = iso;
    if (privacyUrl) item.privacyUrl = privacyUrl;
    return item;
  });
  return { info: file.source, entries };
}

let loaded: { info: DatabaseInfo; db: CookieDatabase } | undefined;

/** Reads and indexes the shipped file on first use; later calls reuse it. */
function load(): { info: DatabaseInfo; db: CookieDatabase } {
  if (!loaded) {
    // data/ sits beside both src/ (tests) and dist/ (the built package), so one relative URL serves both.
    const text = readFileSync(new URL('../data/open-cookie-database.json', import.meta.url), 'utf8');
    const { info, entries } = decodeDatabaseFile(JSON.parse(text));
    loaded = { info, db: createCookieDatabase(entries) };
  }
  return loaded;
}

/** The shipped Open Cookie Database, loaded and indexed on first use. */
export function cookieDatabase(): CookieDatabase {
  return load().db;
}

/** Looks a name up in the shipped database; see {@link CookieDatabase.lookupItem}. */
export function lookupItem(name: string, domain?: string): KnownItem | undefined {
  return load().db.lookupItem(name, domain);
}

/** Source facts of the shipped database: upstream commit, date, licence and entry count. */
export function databaseInfo(): DatabaseInfo {
  const { info, db } = load();
  return { ...info, count: db.entries.length };
}
