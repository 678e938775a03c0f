import { COOKIE_NAME } from '@akkoord/core';
import type { Declarations } from '@akkoord/privacy-statement';
import { buildInventory } from './build-inventory.js';
import { categoryOf as databaseCategory } from './categories.js';
import type { ClassifyContext, LookupHost, LookupItem } from './classify-item.js';
import { countModes } from './count-modes.js';
import { findBannerIssues } from './find-banner-issues.js';
import { findConsentLeaks } from './find-consent-leaks.js';
import { findDeclarationIssues } from './find-declaration-issues.js';
import { findPageErrors } from './find-page-errors.js';
import { groupItems } from './group-items.js';
import { compareFindings } from './make-finding.js';
import { declaredMatchers } from './match-declaration.js';
import { SEVERITY_ORDER } from './types.js';
import type { Category, DatabaseCategory, ScannedPage, ScanReport, Severity } from './types.js';

/** What `conclude` needs besides the pages. The lookups are injected so tests can pass fakes. */
export interface ConcludeOptions {
  /** When the scan started, in ms since the epoch; cookie lifetimes are measured from it. */
  scanStartedAt: number;
  /** Open Cookie Database lookup by name (and cookie domain or storage host). */
  lookupItem: LookupItem;
  /** Known tracker hosts. */
  lookupHost: LookupHost;
  /**
   * Maps a database category onto a banner category.
   * @default `categoryOf` from categories.ts (Necessary and Security → necessary, Functional and
   *   Personalization → preferences, Analytics → analytics, Marketing → marketing)
   */
  categoryOf?: (db: DatabaseCategory) => Category;
  /** The site's declarations; without them there are no `undeclared`, stale or mismatch findings. */
  declarations?: Declarations;
  /** The declarations file's name, for messages. */
  declarationsFile?: string;
  /**
   * Name of Akkoord's decision cookie, always necessary unless declared otherwise.
   * @default "akkoord"
   */
  decisionCookie?: string;
}

/** The parts of the report that are concluded from the pages. */
export type Conclusions = Pick<ScanReport, 'inventory' | 'findings' | 'counts' | 'summary'>;

/**
 * Turns the visited pages into the report's inventory, findings, counts and summary. Pure: no
 * browser, no clock, no files, and the same pages in any order give the same result.
 *
 * @example
 * const { findings, summary } = conclude(pages, { scanStartedAt, lookupItem, lookupHost, declarations });
 */
export function conclude(pages: readonly ScannedPage[], options: ConcludeOptions): Conclusions {
  const categoryOf = options.categoryOf || databaseCategory;
  const matchers = declaredMatchers(options.declarations?.cookies);
  const ctx: ClassifyContext = {
    lookupItem: options.lookupItem,
    lookupHost: options.lookupHost,
    categoryOf,
    matchers,
    recipients: options.declarations?.recipients || [],
    decisionCookie: options.decisionCookie || COOKIE_NAME,
  };
  const items = buildInventory(groupItems(pages, options.scanStartedAt), ctx);
  const findings = [
    ...findConsentLeaks(items),
    ...(options.declarations ? findDeclarationIssues(items, { matchers, categoryOf, file: options.declarationsFile }) : []),
    ...findBannerIssues(pages, items),
    ...findPageErrors(pages),
  ].sort(compareFindings);
  const summary = Object.fromEntries(SEVERITY_ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<
    Severity,
    number
  >;
  return { inventory: items.map((ci) => ci.item), findings, counts: countModes(pages), summary };
}
