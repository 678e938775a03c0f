/**
 * What a scan adds to a declarations object, as plain data: the `cookieScan` value and one new
 * `cookies` entry for every cookie or storage key the declarations do not describe yet, each
 * marked for review. Used by `akkoord scan --write` (write-declarations.ts, which writes the
 * entries into YAML or JSON text) and by the studio (which appends them to its form).
 *
 * Browser-safe: no Node built-ins, no playwright, no text formats. Only `@akkoord/core` (name
 * patterns) is imported at run time, through match-declaration.ts.
 */
import type { Cookie, Declarations, ReviewPlaceholder, Text } from '@akkoord/privacy-statement';
import { compareItems } from './build-inventory.js';
import { categoryOf } from './categories.js';
import { sorted } from './compare-text.js';
import { declaredMatchers, matchesDeclared } from './match-declaration.js';
import type { Category, InventoryItem, ScanReport } from './types.js';

/**
 * Why a new entry needs a person's review before the statement is published:
 * - `scan`: every entry a scan adds; its category, purpose and duration come from the Open Cookie
 *   Database or the browser, not from the site owner.
 * - `unknown`: the database does not know the name, so category and purpose are placeholders.
 */
export type ReviewReason = 'scan' | 'unknown';

/** An entry to append to `cookies`, with why it must be reviewed (at least `scan`). */
export interface NewCookieEntry {
  entry: Cookie;
  review: ReviewReason[];
}

/** Options of {@link newCookieEntries}. */
export interface NewCookieEntriesOptions {
  /**
   * Skip items the report says are declared (`item.declared`), even when no entry in `existing`
   * matches them. Right when `existing` is the file the scan was judged against (the CLI); the
   * studio turns it off, because the marketer may have changed the declarations since.
   * @default true
   */
  trustReportDeclared?: boolean;
}

/** The scan's value for `cookieScan`. */
export type CookieScanValue = NonNullable<Declarations['cookieScan']>;

/** The item types a declarations entry can describe (IndexedDB and requests have no entry type). */
type EntryType = 'cookie' | 'localStorage' | 'sessionStorage';

/** One undeclared name of one type, merged over the domains it was seen on. */
interface Candidate {
  item: InventoryItem;
  type: EntryType;
  third: boolean;
  maxAge: (number | null)[];
}

/**
 * Obviously unfinished in both languages, so nobody publishes it by accident: the validator's
 * rule V35 reports it as an error until someone replaces it. The type makes the compiler check
 * that it starts with privacy-statement's `REVIEW_PREFIX`; the constant itself is not imported,
 * as that would pull the whole generator (ajv, markdown-it, yaml) into the browser entry.
 */
const PLACEHOLDER_PURPOSE: ReviewPlaceholder = {
  nl: 'TE CONTROLEREN: het doel is onbekend. Beschrijf waarvoor dit wordt gebruikt.',
  en: 'TO REVIEW: the purpose is unknown. Describe what this is used for.',
};
/** Akkoord's own decision cookie: the one item whose purpose is certain. */
const DECISION_PURPOSE: Text = { nl: 'Onthoudt uw cookiekeuze.', en: 'Remembers your cookie choice.' };

/** The inventory items the declarations can list: cookies, localStorage and sessionStorage keys. */
export function storedItems(report: Pick<ScanReport, 'inventory'>): InventoryItem[] {
  return report.inventory.filter((i) => i.type === 'cookie' || i.type === 'localStorage' || i.type === 'sessionStorage');
}

/** The day the scan started, `YYYY-MM-DD`; `undefined` when `startedAt` does not begin with a date. */
export function scanDate(report: Pick<ScanReport, 'startedAt'>): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(report.startedAt)?.[0];
}

/**
 * `cookieScan` for a scan: the date and the sorted, unique names of every cookie and storage key
 * it found, which the declarations validator compares with the declared cookies.
 *
 * @example cookieScanOf(report, scanDate(report) ?? today) // { date: '2026-03-14', found: ['_ga', 'akkoord'] }
 */
export function cookieScanOf(report: Pick<ScanReport, 'inventory'>, date: string): CookieScanValue {
  return { date, found: sorted(storedItems(report).map((i) => i.name)) };
}

/**
 * The entries to append for a scan, in inventory order: one per cookie or storage key that is
 * neither declared in the report nor matched by an entry of `existing` (so running it again on
 * the result adds nothing). Several names under one database wildcard become one pattern
 * (`_ga_ABC`, `_ga_DEF` → `_ga_*`). Existing entries are never changed.
 *
 * @param existing The current `cookies` list; anything without a string `name` is ignored.
 * @example newCookieEntries(report, declarations.cookies ?? []).map((e) => e.entry)
 */
export function newCookieEntries(
  report: Pick<ScanReport, 'inventory'>,
  existing: readonly unknown[] | undefined,
  options: NewCookieEntriesOptions = {},
): NewCookieEntry[] {
  const trust = options.trustReportDeclared ?? true;
  const named = (existing ?? []).filter((e): e is Cookie => !!e && typeof e === 'object' && typeof (e as Cookie).name === 'string');
  const matchers = declaredMatchers(named);
  const byName = new Map<string, Candidate>();
  for (const item of storedItems(report).sort(compareItems)) {
    if ((trust && item.declared !== undefined) || matchers.some((m) => matchesDeclared(m, item.type, item.name))) continue;
    const key = `${item.type}\0${item.name}`;
    const c = byName.get(key) ?? { item, type: item.type as EntryType, third: false, maxAge: [] };
    c.third ||= item.party === 'third';
    if (item.maxAgeSeconds !== undefined) c.maxAge.push(item.maxAgeSeconds);
    byName.set(key, c);
  }
  // A wildcard groups only names of one type that really start with its prefix.
  const groups = new Map<string, Candidate[]>();
  for (const c of byName.values()) {
    const k = c.item.known;
    if (k?.wildcard && c.item.name.startsWith(k.name)) groups.set(`${c.type}\0${k.id}`, [...(groups.get(`${c.type}\0${k.id}`) ?? []), c]);
  }
  const done = new Set<Candidate>();
  const out: NewCookieEntry[] = [];
  for (const c of byName.values()) {
    if (done.has(c)) continue;
    const group = c.item.known ? groups.get(`${c.type}\0${c.item.known.id}`) : undefined;
    const members = group && group.length > 1 ? group : [c];
    for (const m of members) done.add(m);
    out.push(makeEntry(members.length > 1 ? `${c.item.known!.name}*` : c.item.name, members));
  }
  return out;
}

/** One entry: what the database or Akkoord knows, else the most cautious placeholders. */
function makeEntry(name: string, members: Candidate[]): NewCookieEntry {
  const { item, type } = members[0]!;
  const known = item.known;
  const category: Category | undefined = item.category ?? (known ? categoryOf(known.category) : undefined);
  const description = known?.description.trim();
  const provider = known?.controller || known?.platform;
  const duration = durationOf(
    type,
    known?.retentionIso,
    members.flatMap((m) => m.maxAge),
  );
  const entry: Cookie = {
    name: schemaSafeName(name),
    ...(provider ? { provider } : {}),
    ...(members.some((m) => m.third) ? { party: 'third' as const } : {}),
    ...(type !== 'cookie' ? { type } : {}),
    // Unknown means marketing: the category that asks consent for the most, until someone checks.
    category: category ?? 'marketing',
    purpose: item.categorySource === 'akkoord' ? DECISION_PURPOSE : description ? { en: description } : PLACEHOLDER_PURPOSE,
    ...(duration ? { duration } : {}),
  };
  return { entry, review: category ? ['scan'] : ['scan', 'unknown'] };
}

/**
 * The schema forbids spaces, `<`, `>` and `"` in a name, and `cookieMatcher` reads `/…/` as a
 * regular expression; storage keys may contain either. `*` stands in for those characters, so
 * the entry still matches the key it was made for.
 */
function schemaSafeName(name: string): string {
  const safe = name.replace(/[\s<>"]+/g, '*');
  return /^\/.+\/[a-z]*$/.test(safe) ? `*${safe.slice(1)}` : safe;
}

/**
 * The duration to declare. sessionStorage is gone when the tab closes, whatever the database
 * says; otherwise the database's retention, else the longest lifetime seen. localStorage has no
 * expiry at all, so it gets none and the validator asks for one.
 */
function durationOf(type: EntryType, retentionIso: string | undefined, maxAge: (number | null)[]): string | undefined {
  if (type === 'sessionStorage') return 'session';
  if (retentionIso) return retentionIso;
  if (!maxAge.length) return undefined;
  const lasting = maxAge.filter((s): s is number => s !== null && s > 0);
  return lasting.length ? isoDuration(Math.max(...lasting)) : 'session';
}

const DAY = 86_400;
const YEAR = 365.2425 * DAY;
const MONTH = YEAR / 12;

/**
 * A cookie lifetime in seconds as a readable ISO 8601 duration. The browser reports the time left
 * when the scan read it, a little under what the site set, so the value is rounded to whole years
 * or months when it lies within about a week of them, else to days (hours and minutes below a
 * day): 729.9 days is `P2Y`, 400 days `P13M`, 45 days `P45D`.
 *
 * @example isoDuration(63_072_000) // 'P2Y'
 */
export function isoDuration(seconds: number): string {
  if (seconds < 3600) return `PT${Math.max(1, Math.round(seconds / 60))}M`;
  if (seconds < DAY) return `PT${Math.round(seconds / 3600)}H`;
  const near = (unit: number, tolerance: number) => {
    const n = Math.round(seconds / unit);
    return n >= 1 && Math.abs(seconds / unit - n) <= tolerance ? n : 0;
  };
  const years = near(YEAR, 0.02);
  if (years) return `P${years}Y`;
  const months = seconds >= 28 * DAY ? near(MONTH, 0.25) : 0;
  return months ? `P${months}M` : `P${Math.round(seconds / DAY)}D`;
}
