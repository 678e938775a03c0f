// @akkoord/scanner: the public API. `akkoord scan` (the @akkoord/privacy-statement CLI) loads
// runScanCommand from here; other tools call scanSite and read the ScanReport (docs/scanner.md).
export { scanSite, parseStartUrl, CHROMIUM_FLAGS } from './scan-site.js';
export type { ScanOptions, ScanProgress } from './scan-site.js';
export { runScanCommand, renderReport, failsOn, SCAN_FLAGS } from './scan-cli.js';
export type { ScanIo } from './scan-cli.js';
export { ScanError } from './scan-error.js';
export { findChromium, ChromiumNotFound, CHROMIUM_CANDIDATES } from './find-chromium.js';
export { conclude } from './conclude.js';
export type { ConcludeOptions, Conclusions } from './conclude.js';
export { lookupItem, createCookieDatabase, databaseInfo } from './cookie-database.js';
export type { CookieDatabase, DatabaseInfo } from './cookie-database.js';
export { lookupHost, createHostLookup } from './tracker-hosts.js';
export type { HostLookup, TrackerHost } from './tracker-hosts.js';
export { categoryOf } from './categories.js';
export { retentionToIso } from './retention.js';
export { renderText } from './report-text.js';
export { renderMarkdown } from './report-markdown.js';
export { renderHtml } from './report-html.js';
export { updateDeclarations } from './write-declarations.js';
export { newCookieEntries, cookieScanOf } from './new-cookie-entries.js';
export type { NewCookieEntry } from './new-cookie-entries.js';
export { checkScanReport, parseScanReport } from './check-scan-report.js';
export { siteOf } from './site-of.js';
export { SCAN_MODES, SEVERITY_ORDER } from './types.js';
export type {
  Category,
  ChoiceResult,
  DatabaseCategory,
  FindingKind,
  InventoryItem,
  ItemType,
  KnownItem,
  ModeCounts,
  ObservedCookie,
  ObservedDatabase,
  ObservedRequest,
  ObservedStorage,
  PageVisit,
  ScanFinding,
  ScanMode,
  ScannedPage,
  ScanReport,
  SetBy,
  Severity,
  Subject,
} from './types.js';
