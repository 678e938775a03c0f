/**
 * "Apply to my declarations": what an imported scan changes in the declarations. Like
 * `akkoord scan --write`, it sets `cookieScan` and appends an entry for every cookie or storage
 * key the declarations lack, each marked for review (new-cookie-entries.ts in the scanner). It
 * never removes or changes an existing entry, and applying the same scan twice changes nothing.
 */
import { cookieScanOf, newCookieEntries, scanDate, type NewCookieEntry, type ScanReport } from '@akkoord/scanner/browser';
import type { Declarations } from './generator.js';

/** What {@link applyScan} did. */
export interface ApplyScanResult {
  /** The new declarations; the same object when nothing changed. */
  declarations: Declarations;
  /** The entries appended to `cookies`, with their review marks. */
  added: NewCookieEntry[];
  /** True when `cookies` is there but no list, so nothing could be appended (the validator reports it). */
  cookiesNotList: boolean;
}

/**
 * The entries applying `report` would append now. Judged against the studio's own cookie list,
 * not the `declared` marks in the report: the marketer may have changed the list since the scan.
 */
export function entriesToAdd(d: Declarations, report: ScanReport): NewCookieEntry[] {
  const cookies: unknown = d.cookies;
  if (cookies !== undefined && !Array.isArray(cookies)) return [];
  return newCookieEntries(report, cookies as unknown[] | undefined, { trustReportDeclared: false });
}

/**
 * Applies a scan to the declarations. `today` is only used when the report has no start date,
 * which a checked report always has.
 */
export function applyScan(d: Declarations, report: ScanReport, today: string): ApplyScanResult {
  const cookiesNotList = d.cookies !== undefined && !Array.isArray(d.cookies);
  const added = entriesToAdd(d, report);
  const cookieScan = cookieScanOf(report, scanDate(report) ?? today);
  const sameScan = JSON.stringify(d.cookieScan) === JSON.stringify(cookieScan);
  if (!added.length && sameScan) return { declarations: d, added, cookiesNotList };
  const cookies = added.length ? { cookies: [...(d.cookies ?? []), ...added.map((e) => e.entry)] } : {};
  return { declarations: { ...d, ...cookies, cookieScan }, added, cookiesNotList };
}
