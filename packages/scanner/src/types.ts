/**
 * The scanner's data model: what a visit observes, what the scan concludes, and the JSON report
 * (`format: "akkoord-scan"`, `version: 1`) that other tools and the studio read. Documented in
 * docs/scanner.md and data/report.schema.json; change the version when a field changes meaning.
 */

/** The three ways every page is visited, each in a fresh browser context. */
export type ScanMode = 'before' | 'accept' | 'reject';
export const SCAN_MODES: readonly ScanMode[] = ['before', 'accept', 'reject'];

/** What kind of thing a site stored or sent. */
export type ItemType = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB' | 'request';

/** Who stored a cookie or key: a response's `Set-Cookie`, a script (its URL), or not known. */
export interface SetBy {
  kind: 'header' | 'script' | 'unknown';
  /** The response's URL (header) or the script's URL (script); inline scripts give the page URL. */
  url?: string;
}

/** A cookie as the browser holds it after the visit. */
export interface ObservedCookie {
  name: string;
  domain: string;
  path: string;
  /** Unix seconds; `null` for a session cookie. */
  expires: number | null;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None' | null;
  /** `first` when its domain belongs to the scanned site (same registrable domain), else `third`. */
  party: 'first' | 'third';
  setBy: SetBy;
  /**
   * False when the site tried to set it but the browser refused (a third-party cookie in the
   * scanner's private browser context, or a `Secure` cookie over http). Still evidence: a
   * browser with third-party cookies allowed, as Chrome allows them by default, would keep it.
   */
  stored: boolean;
}

/** A localStorage or sessionStorage key of a frame's origin. */
export interface ObservedStorage {
  type: 'localStorage' | 'sessionStorage';
  origin: string;
  key: string;
  party: 'first' | 'third';
  setBy: SetBy;
}

/** An IndexedDB database of a frame's origin. */
export interface ObservedDatabase {
  origin: string;
  name: string;
  party: 'first' | 'third';
}

/** A request to another site (not the scanned site's own registrable domain). */
export interface ObservedRequest {
  /** The URL without query string or fragment (those may carry identifiers). */
  url: string;
  host: string;
  /** Chromium's resource type: script, image, xhr, fetch, document (iframe), ping, … */
  resourceType: string;
  /** The URL of the script or document that started the request, when Chromium knows it. */
  initiator?: string;
  /** True when sent after the scanner clicked accept or reject (always false before consent). */
  afterChoice: boolean;
}

/** How the scanner made the choice in the accept and reject contexts. */
export interface ChoiceResult {
  /** `akkoord`: through `window.akkoord`; `button`: a button found by its text; `selector`: --accept/--reject-selector. */
  method: 'akkoord' | 'button' | 'selector' | 'none';
  /** False when no way to make this choice was found on the page. */
  found: boolean;
  /** The button's text or the selector used, or why nothing was found. */
  detail?: string;
}

/** One visit of one page in one mode. */
export interface PageVisit {
  mode: ScanMode;
  /** HTTP status of the main document; `null` when it never answered. */
  status: number | null;
  /** The URL after redirects. */
  finalUrl: string;
  /** Why the visit failed (timeout, network error); the scan goes on. */
  error?: string;
  /** Accept and reject contexts only. */
  choice?: ChoiceResult;
  /** True when `window.akkoord` was present (an Akkoord banner). */
  akkoord: boolean;
  /** On an Akkoord site: whether its config sends decisions to a consent log. */
  consentLog?: boolean;
  cookies: ObservedCookie[];
  storage: ObservedStorage[];
  indexedDB: ObservedDatabase[];
  requests: ObservedRequest[];
}

/** A page and its three visits. */
export interface ScannedPage {
  url: string;
  /** How the crawler found it. */
  foundVia: 'start' | 'sitemap' | 'link';
  /** Set when the page could not be visited at all (each visit's own error says more). */
  error?: string;
  visits: PageVisit[];
}

/** The Open Cookie Database's categories. */
export type DatabaseCategory = 'Functional' | 'Marketing' | 'Analytics' | 'Security' | 'Necessary' | 'Personalization';

/** What the Open Cookie Database knows about a name. */
export interface KnownItem {
  /** Database id (UUID). */
  id: string;
  /** The service, e.g. "Google Analytics". */
  platform: string;
  category: DatabaseCategory;
  /** The database's name: exact, or a prefix when `wildcard`. */
  name: string;
  wildcard: boolean;
  /** Domain column when the database gives one. */
  domain?: string;
  description: string;
  /** The database's free text, e.g. "2 years". */
  retention: string;
  /** The same as an ISO 8601 duration when it parses ("2 years" → "P2Y", "session"). */
  retentionIso?: string;
  controller: string;
  privacyUrl?: string;
}

/** A declarations category, or what the database says mapped onto one. */
export type Category = 'necessary' | 'analytics' | 'preferences' | 'marketing';

/** How serious a finding is; `--fail-on` compares against this order. */
export type Severity = 'violation' | 'undeclared' | 'check' | 'hint';
export const SEVERITY_ORDER: readonly Severity[] = ['violation', 'undeclared', 'check', 'hint'];

/** What a finding is about. Each has its own paragraph in docs/scanner.md. */
export type FindingKind =
  /** Stored or sent before any choice and not strictly necessary. */
  | 'before-consent'
  /** Still stored or sent after reject all. */
  | 'after-reject'
  /** Found on the site but not in the declarations. */
  | 'undeclared'
  /** In the declarations but never seen in any context. */
  | 'stale-declaration'
  /** Declared in another category than the database gives. */
  | 'category-mismatch'
  /** No way to reject was found where a way to accept was (or neither was found). */
  | 'no-reject'
  /** A decision is stored but no consent log keeps proof of it. */
  | 'no-consent-log'
  /** A page could not be visited. */
  | 'page-error';

/** The thing a finding is about. */
export interface Subject {
  type: ItemType | 'page' | 'banner';
  /** Cookie or key name, database name, request host, or page URL. */
  name: string;
  /** Cookie domain or storage origin, when it matters. */
  domain?: string;
}

/** One conclusion, with the pages and the evidence behind it. */
export interface ScanFinding {
  kind: FindingKind;
  severity: Severity;
  subject: Subject;
  /** Pages (URLs) it was seen on; empty for a stale declaration. */
  pages: string[];
  /** Setter URLs (cookies, keys), initiators (requests), or other proof. */
  evidence: string[];
  /** Category used to judge it: declared, else from the database, else absent (unknown). */
  category?: Category;
  /** Where the category came from. */
  categorySource?: 'declared' | 'database' | 'akkoord';
  /** The database entry, when the name is known. */
  known?: KnownItem;
  /** The declarations entry (`cookies[i]`), when declared. */
  declared?: { index: number; name: string; category: Category };
  /**
   * True when every sighting behind a `before-consent`, `after-reject` or `undeclared` finding
   * was a cookie the browser refused (`ObservedCookie.stored` false): the site tried to set it,
   * but it was never stored. Absent when at least one sighting was stored, and on other findings.
   * An optional field added within version 1, so older readers simply ignore it.
   */
  refused?: boolean;
  /** One English sentence; reports in other languages build their own from the fields. */
  message: string;
}

/** An item seen anywhere in the scan, with its classification (the report's inventory). */
export interface InventoryItem {
  type: ItemType;
  name: string;
  /** Cookie domain, storage origin or request host. */
  domain: string;
  party: 'first' | 'third';
  /** Modes it was seen in. */
  seenIn: ScanMode[];
  /** Pages it was seen on (any mode). */
  pages: string[];
  setBy: string[];
  category?: Category;
  categorySource?: 'declared' | 'database' | 'akkoord';
  known?: KnownItem;
  declared?: { index: number; name: string; category: Category };
  /** Longest lifetime seen, in seconds (cookies); `null` for session cookies. */
  maxAgeSeconds?: number | null;
}

/** Counts per mode, for the before/after table. */
export interface ModeCounts {
  cookies: number;
  storage: number;
  thirdPartyHosts: number;
  requests: number;
}

/** The whole scan: the JSON report (`--format json`). */
export interface ScanReport {
  format: 'akkoord-scan';
  version: 1;
  /** The start URL as given. */
  site: string;
  /** ISO 8601 time the scan started. */
  startedAt: string;
  durationMs: number;
  /** Tool name and version, e.g. "@akkoord/scanner 0.1.0", and the browser's version. */
  scanner: string;
  browser: string;
  options: { pages: number; concurrency: number; declarations?: string; acceptSelector?: string; rejectSelector?: string };
  /** The banner the scan met: Akkoord, another one (by its button texts), or none. */
  banner: { kind: 'akkoord' | 'other' | 'none'; accept?: string; reject?: string };
  pages: ScannedPage[];
  inventory: InventoryItem[];
  findings: ScanFinding[];
  counts: Record<ScanMode, ModeCounts>;
  /** Number of findings per severity. */
  summary: Record<Severity, number>;
}
