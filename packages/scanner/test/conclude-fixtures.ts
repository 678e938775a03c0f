/**
 * Hand-made scan results for the conclusion tests: small builders for visits and what they
 * observed, and fake database and host lookups, so every test states only what matters to it.
 */
import { conclude } from '../src/conclude.js';
import type { ConcludeOptions, Conclusions } from '../src/conclude.js';
import type {
  Category,
  KnownItem,
  ObservedCookie,
  ObservedDatabase,
  ObservedRequest,
  ObservedStorage,
  PageVisit,
  ScanFinding,
  ScanMode,
  ScannedPage,
} from '../src/types.js';

/** The scan's start: 2026-01-01T00:00:00Z, in ms. */
export const START = Date.UTC(2026, 0, 1);

/** The scanned site. */
export const SITE = 'https://www.example.nl';

/** A cookie of the scanned site unless `domain` says otherwise. */
export function cookie(name: string, extra: Partial<ObservedCookie> = {}): ObservedCookie {
  return {
    name,
    domain: '.example.nl',
    path: '/',
    expires: null,
    httpOnly: false,
    secure: true,
    sameSite: 'Lax',
    party: 'first',
    setBy: { kind: 'unknown' },
    stored: true,
    ...extra,
  };
}

/** A localStorage key of the site's origin unless told otherwise. */
export function storage(key: string, extra: Partial<ObservedStorage> = {}): ObservedStorage {
  return { type: 'localStorage', origin: SITE, key, party: 'first', setBy: { kind: 'unknown' }, ...extra };
}

/** An IndexedDB database of the site's origin. */
export function database(name: string, extra: Partial<ObservedDatabase> = {}): ObservedDatabase {
  return { origin: SITE, name, party: 'first', ...extra };
}

/** A third-party request, sent before any choice unless told otherwise. */
export function request(host: string, extra: Partial<ObservedRequest> = {}): ObservedRequest {
  return { url: `https://${host}/x`, host, resourceType: 'script', afterChoice: false, ...extra };
}

/** One visit: HTTP 200, nothing observed, and in accept/reject a choice that was found. */
export function visit(mode: ScanMode, extra: Partial<PageVisit> = {}): PageVisit {
  const base: PageVisit = {
    mode,
    status: 200,
    finalUrl: SITE,
    akkoord: false,
    cookies: [],
    storage: [],
    indexedDB: [],
    requests: [],
  };
  if (mode !== 'before') base.choice = { method: 'button', found: true, detail: mode === 'accept' ? 'Accept all' : 'Reject all' };
  return { ...base, ...extra };
}

/** A page with all three visits; `visits` fills in what each observed. */
export function page(path: string, visits: Partial<Record<ScanMode, Partial<PageVisit>>> = {}, error?: string): ScannedPage {
  const p: ScannedPage = {
    url: `${SITE}${path}`,
    foundVia: path === '/' ? 'start' : 'link',
    visits: (['before', 'accept', 'reject'] as const).map((m) => visit(m, visits[m])),
  };
  if (error) p.error = error;
  return p;
}

/** A database entry for the fake lookup. */
function known(name: string, platform: string, category: KnownItem['category']): KnownItem {
  return {
    id: `id-${name}`,
    platform,
    category,
    name,
    wildcard: name.endsWith('_'),
    description: `${platform} test entry`,
    retention: '2 years',
    retentionIso: 'P2Y',
    controller: platform,
  };
}

/** What the fake Open Cookie Database knows. `_ga_` is a prefix entry, like the real one. */
export const KNOWN: readonly KnownItem[] = [
  known('_ga', 'Google Analytics', 'Analytics'),
  known('_ga_', 'Google Analytics', 'Analytics'),
  known('_fbp', 'Meta', 'Marketing'),
  known('IDE', 'Google Ads', 'Marketing'),
  known('PHPSESSID', 'PHP', 'Necessary'),
  known('lang', 'Generic', 'Functional'),
];

/** Fake `lookupItem`: exact names, then prefix entries. */
export function lookupItem(name: string): KnownItem | undefined {
  return KNOWN.find((k) => !k.wildcard && k.name === name) || KNOWN.find((k) => k.wildcard && name.startsWith(k.name));
}

/** Fake `lookupHost`. */
export function lookupHost(host: string): { platform: string; category: Category } | undefined {
  const table: Record<string, { platform: string; category: Category }> = {
    'www.google-analytics.com': { platform: 'Google Analytics', category: 'analytics' },
    'connect.facebook.net': { platform: 'Meta', category: 'marketing' },
    'challenges.cloudflare.com': { platform: 'Cloudflare Turnstile', category: 'necessary' },
  };
  return table[host];
}

/** `conclude` with the fakes and the fixed start time. */
export function run(pages: ScannedPage[], options: Partial<ConcludeOptions> = {}): Conclusions {
  return conclude(pages, { scanStartedAt: START, lookupItem, lookupHost, ...options });
}

/** The parts of a finding most tests assert on, in report order. */
export function brief(findings: readonly ScanFinding[]): { kind: string; severity: string; name: string; pages: string[] }[] {
  return findings.map((f) => ({ kind: f.kind, severity: f.severity, name: f.subject.name, pages: f.pages }));
}

/** Full URLs of site paths, for expected `pages`. */
export function urls(...paths: string[]): string[] {
  return paths.map((p) => `${SITE}${p}`);
}
