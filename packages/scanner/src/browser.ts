// @akkoord/scanner/browser: the parts of the scanner that run in a browser, for tools that read a
// JSON scan report (the studio). No Node built-ins and no playwright anywhere below this file
// (test/browser-safe.test.ts follows every import). The scan itself is in the main entry.
export { checkScanReport, parseScanReport, SCAN_REPORT_FORMAT, SCAN_REPORT_VERSION } from './check-scan-report.js';
export type { ExpectedValue, ScanReportCheck, ScanReportProblem } from './check-scan-report.js';
export { cookieScanOf, isoDuration, newCookieEntries, scanDate, storedItems } from './new-cookie-entries.js';
export type { CookieScanValue, NewCookieEntriesOptions, NewCookieEntry, ReviewReason } from './new-cookie-entries.js';
export {
  bannerPhrase,
  categoryLabel,
  createReportTranslate,
  dateText,
  durationText,
  findingFix,
  findingSentence,
  phrase,
  REPORT_LANGS,
  splitEvidence,
  subjectPhrase,
  summaryLine,
} from './report-i18n.js';
export type { InlineFormat, PhraseValue, ReportLang, ReportTranslate } from './report-i18n.js';
export { SCAN_MODES, SEVERITY_ORDER } from './types.js';
export type {
  Category,
  FindingKind,
  InventoryItem,
  ItemType,
  KnownItem,
  ModeCounts,
  ScanFinding,
  ScanMode,
  ScannedPage,
  ScanReport,
  Severity,
  Subject,
} from './types.js';
