/**
 * A realistic scan report for the report renderers' tests and golden files: a bakery site with
 * three pages, another vendor's banner without a reject button, Google Analytics and the Meta
 * pixel before consent, and hostile data — a cookie named `"><script>alert(1)</script>`, a storage
 * key `a|b`, and a page URL with `javascript:`-looking text and a pipe.
 */
import type { KnownItem, ModeCounts, ObservedCookie, ObservedRequest, PageVisit, ScanMode, ScanReport, ScannedPage } from '../src/types.js';

const SITE = 'https://bakkerij.example/';
const HOME = SITE;
const CONTACT = 'https://bakkerij.example/contact';
/** Looks like a script URL and holds a pipe: must stay text in every format. */
export const ODD_URL = 'https://bakkerij.example/zoeken/javascript:alert(document.cookie)|taart';
/** A cookie name that is an HTML injection attempt. */
export const XSS_NAME = '"><script>alert(1)</script>';
/** A storage key that would end a Markdown table cell. */
export const PIPE_NAME = 'a|b';

const GTAG = 'https://www.googletagmanager.com/gtag/js';
const FBEVENTS = 'https://connect.facebook.net/en_US/fbevents.js';

const GA: KnownItem = {
  id: '00000000-0000-4000-8000-000000000001',
  platform: 'Google Analytics',
  category: 'Analytics',
  name: '_ga',
  wildcard: false,
  domain: 'google-analytics.com',
  description: 'Distinguishes visitors by a random client id, to count them across visits.',
  retention: '2 years',
  retentionIso: 'P2Y',
  controller: 'Google',
  privacyUrl: 'https://policies.google.com/privacy',
};
const GID: KnownItem = {
  ...GA,
  id: '00000000-0000-4000-8000-000000000002',
  name: '_gid',
  description: 'Distinguishes visitors within one day.',
  retention: '1 day',
  retentionIso: 'P1D',
};
const FBP: KnownItem = {
  id: '00000000-0000-4000-8000-000000000003',
  platform: 'Meta Pixel',
  category: 'Marketing',
  name: '_fbp',
  wildcard: false,
  description: 'Identifies the browser to deliver and measure advertising.',
  retention: '3 months',
  retentionIso: 'P3M',
  controller: 'Meta Platforms',
};

function cookie(name: string, over: Partial<ObservedCookie> = {}): ObservedCookie {
  return {
    name,
    domain: '.bakkerij.example',
    path: '/',
    expires: 1_811_000_000,
    httpOnly: false,
    secure: true,
    sameSite: 'Lax',
    party: 'first',
    setBy: { kind: 'script', url: GTAG },
    stored: true,
    ...over,
  };
}
const ga = cookie('_ga');
const gid = cookie('_gid', { expires: 1_748_950_000 });
const fbp = cookie('_fbp', { setBy: { kind: 'script', url: FBEVENTS } });
const consent = cookie('CookieConsent', { setBy: { kind: 'script', url: 'https://bakkerij.example/js/banner.js' } });
const xss = cookie(XSS_NAME, {
  domain: 'tracker.example',
  party: 'third',
  expires: null,
  sameSite: 'None',
  setBy: { kind: 'header', url: 'https://tracker.example/px' },
  stored: false,
});

function request(url: string, resourceType: string, initiator: string, afterChoice: boolean): ObservedRequest {
  return { url, host: new URL(url).host, resourceType, initiator, afterChoice };
}

function visit(
  mode: ScanMode,
  page: string,
  cookies: ObservedCookie[],
  requests: ObservedRequest[],
  over: Partial<PageVisit> = {},
): PageVisit {
  const choice =
    mode === 'before'
      ? {}
      : {
          choice:
            mode === 'accept'
              ? { method: 'button' as const, found: true, detail: 'Alles toestaan' }
              : { method: 'none' as const, found: false, detail: 'no reject button or link found' },
        };
  return {
    mode,
    status: 200,
    finalUrl: page,
    ...choice,
    akkoord: false,
    cookies,
    storage:
      mode === 'before'
        ? []
        : [
            {
              type: 'localStorage',
              origin: 'https://bakkerij.example',
              key: PIPE_NAME,
              party: 'first',
              setBy: { kind: 'script', url: 'https://bakkerij.example/js/shop.js' },
            },
          ],
    indexedDB: [],
    requests,
    ...over,
  };
}

const gtagReq = (page: string, after = false) => request(GTAG, 'script', page, after);
const collect = (after = false) => request('https://www.google-analytics.com/g/collect', 'ping', GTAG, after);
const fbReq = (page: string, after = false) => request(FBEVENTS, 'script', page, after);

const PAGES: ScannedPage[] = [
  {
    url: HOME,
    foundVia: 'start',
    visits: [
      visit('before', HOME, [ga, gid], [gtagReq(HOME), collect(), fbReq(HOME)]),
      visit('accept', HOME, [ga, gid, fbp, consent], [gtagReq(HOME), collect(), fbReq(HOME), collect(true)]),
      visit('reject', HOME, [ga, gid, fbp], [gtagReq(HOME), collect(), fbReq(HOME)]),
    ],
  },
  {
    url: CONTACT,
    foundVia: 'sitemap',
    visits: [
      visit('before', CONTACT, [ga, gid], [gtagReq(CONTACT), collect(), fbReq(CONTACT)]),
      visit('accept', CONTACT, [ga, gid, fbp, consent], [gtagReq(CONTACT), collect(), fbReq(CONTACT)]),
      visit('reject', CONTACT, [ga, gid, fbp], [gtagReq(CONTACT), collect(), fbReq(CONTACT)]),
    ],
  },
  {
    url: ODD_URL,
    foundVia: 'link',
    visits: [
      visit(
        'before',
        ODD_URL,
        [ga, gid, xss],
        [gtagReq(ODD_URL), collect(), request('https://tracker.example/px', 'image', ODD_URL, false)],
      ),
      visit('accept', ODD_URL, [], [], { status: null, error: 'Timeout 30000ms exceeded' }),
      visit('reject', ODD_URL, [ga, gid], [gtagReq(ODD_URL), collect()]),
    ],
  },
];

/** Counts per mode derived from the visits, as the scanner computes them. */
function countsFor(mode: ScanMode): ModeCounts {
  const visits = PAGES.flatMap((p) => p.visits.filter((v) => v.mode === mode));
  const requests = visits.flatMap((v) => v.requests);
  return {
    cookies: new Set(visits.flatMap((v) => v.cookies.map((c) => `${c.name}@${c.domain}`))).size,
    storage: new Set(visits.flatMap((v) => v.storage.map((s) => `${s.type}:${s.origin}:${s.key}`))).size,
    thirdPartyHosts: new Set(requests.map((r) => r.host)).size,
    requests: requests.length,
  };
}

const ALL = [HOME, CONTACT, ODD_URL];

/** The sample report; a fresh copy on every call, so a test may change it freely. */
export function sampleReport(): ScanReport {
  const report: ScanReport = {
    format: 'akkoord-scan',
    version: 1,
    site: SITE,
    startedAt: '2025-06-02T09:14:07.512Z',
    durationMs: 48_230,
    scanner: '@akkoord/scanner 0.1.0',
    browser: 'Chromium 137.0.7151.55',
    options: { pages: 3, concurrency: 2, declarations: 'privacy.yaml' },
    banner: { kind: 'other', accept: 'Alles toestaan' },
    pages: PAGES,
    inventory: [
      {
        type: 'cookie',
        name: XSS_NAME,
        domain: 'tracker.example',
        party: 'third',
        seenIn: ['before'],
        pages: [ODD_URL],
        setBy: ['https://tracker.example/px'],
        maxAgeSeconds: null,
      },
      {
        type: 'cookie',
        name: 'CookieConsent',
        domain: '.bakkerij.example',
        party: 'first',
        seenIn: ['accept'],
        pages: [HOME, CONTACT],
        setBy: ['https://bakkerij.example/js/banner.js'],
        category: 'necessary',
        categorySource: 'declared',
        declared: { index: 0, name: 'CookieConsent', category: 'necessary' },
        maxAgeSeconds: 31_536_000,
      },
      {
        type: 'cookie',
        name: '_fbp',
        domain: '.bakkerij.example',
        party: 'first',
        seenIn: ['accept', 'reject'],
        pages: [HOME, CONTACT],
        setBy: [FBEVENTS],
        category: 'marketing',
        categorySource: 'database',
        known: FBP,
        maxAgeSeconds: 7_776_000,
      },
      {
        type: 'cookie',
        name: '_ga',
        domain: '.bakkerij.example',
        party: 'first',
        seenIn: ['before', 'accept', 'reject'],
        pages: ALL,
        setBy: [GTAG],
        category: 'analytics',
        categorySource: 'declared',
        known: GA,
        declared: { index: 1, name: '_ga', category: 'analytics' },
        maxAgeSeconds: 63_072_000,
      },
      {
        type: 'cookie',
        name: '_gid',
        domain: '.bakkerij.example',
        party: 'first',
        seenIn: ['before', 'accept', 'reject'],
        pages: ALL,
        setBy: [GTAG],
        category: 'necessary',
        categorySource: 'declared',
        known: GID,
        declared: { index: 2, name: '_gid', category: 'necessary' },
        maxAgeSeconds: 86_400,
      },
      {
        type: 'localStorage',
        name: PIPE_NAME,
        domain: 'https://bakkerij.example',
        party: 'first',
        seenIn: ['accept', 'reject'],
        pages: ALL,
        setBy: ['https://bakkerij.example/js/shop.js'],
      },
      {
        type: 'request',
        name: 'connect.facebook.net',
        domain: 'connect.facebook.net',
        party: 'third',
        seenIn: ['before', 'accept', 'reject'],
        pages: [HOME, CONTACT],
        setBy: [],
        category: 'marketing',
        categorySource: 'database',
      },
      {
        type: 'request',
        name: 'tracker.example',
        domain: 'tracker.example',
        party: 'third',
        seenIn: ['before'],
        pages: [ODD_URL],
        setBy: [],
      },
      {
        type: 'request',
        name: 'www.google-analytics.com',
        domain: 'www.google-analytics.com',
        party: 'third',
        seenIn: ['before', 'accept', 'reject'],
        pages: ALL,
        setBy: [],
        category: 'analytics',
        categorySource: 'database',
      },
      {
        type: 'request',
        name: 'www.googletagmanager.com',
        domain: 'www.googletagmanager.com',
        party: 'third',
        seenIn: ['before', 'accept', 'reject'],
        pages: ALL,
        setBy: [],
        category: 'analytics',
        categorySource: 'database',
      },
    ],
    findings: [
      {
        kind: 'after-reject',
        severity: 'violation',
        subject: { type: 'cookie', name: '_fbp' },
        pages: [HOME, CONTACT],
        evidence: [FBEVENTS],
        category: 'marketing',
        categorySource: 'database',
        known: FBP,
        message: 'Cookie _fbp (Meta Pixel, marketing) is still stored after reject all on 2 pages.',
      },
      {
        kind: 'before-consent',
        severity: 'violation',
        subject: { type: 'cookie', name: '_ga' },
        pages: ALL,
        evidence: [GTAG],
        category: 'analytics',
        categorySource: 'declared',
        known: GA,
        declared: { index: 1, name: '_ga', category: 'analytics' },
        message: 'Cookie _ga (Google Analytics, analytics) is stored before any choice on 3 pages.',
      },
      {
        kind: 'before-consent',
        severity: 'violation',
        subject: { type: 'request', name: 'connect.facebook.net' },
        pages: [HOME, CONTACT],
        evidence: [HOME, CONTACT],
        category: 'marketing',
        categorySource: 'database',
        message: 'Requests to connect.facebook.net (marketing) are sent before any choice on 2 pages.',
      },
      {
        kind: 'no-reject',
        severity: 'violation',
        subject: { type: 'banner', name: SITE },
        pages: ALL,
        evidence: ['accept: Alles toestaan', 'no reject button or link found'],
        message: 'The banner offers a way to accept all but none to reject all on 3 pages.',
      },
      // The browser refused this cookie (`stored: false` above), so the finding says so.
      {
        kind: 'undeclared',
        severity: 'undeclared',
        subject: { type: 'cookie', name: XSS_NAME, domain: 'tracker.example' },
        pages: [ODD_URL],
        evidence: ['https://tracker.example/px'],
        refused: true,
        message: `The site tries to set cookie ${XSS_NAME} from tracker.example (category unknown) on 1 page, but it is not declared.`,
      },
      {
        kind: 'undeclared',
        severity: 'undeclared',
        subject: { type: 'localStorage', name: PIPE_NAME },
        pages: ALL,
        evidence: [
          'https://bakkerij.example/js/a.js',
          'https://bakkerij.example/js/b.js',
          'https://bakkerij.example/js/c.js',
          'https://bakkerij.example/js/d.js',
          'https://bakkerij.example/js/shop.js',
          '… and 2 more',
        ],
        message: 'localStorage key a|b (category unknown) is not declared.',
      },
      {
        kind: 'category-mismatch',
        severity: 'check',
        subject: { type: 'cookie', name: '_gid' },
        pages: ALL,
        evidence: [GTAG],
        category: 'necessary',
        categorySource: 'declared',
        known: GID,
        declared: { index: 2, name: '_gid', category: 'necessary' },
        message: 'Cookie _gid is declared as necessary but the Open Cookie Database lists it as Analytics.',
      },
      {
        kind: 'page-error',
        severity: 'check',
        subject: { type: 'page', name: ODD_URL },
        pages: [ODD_URL],
        evidence: ['accept: Timeout 30000ms exceeded'],
        message: `Page ${ODD_URL} could not be visited in every mode.`,
      },
      {
        kind: 'stale-declaration',
        severity: 'check',
        subject: { type: 'cookie', name: '_hjSessionUser_*' },
        pages: [],
        evidence: [],
        category: 'analytics',
        categorySource: 'declared',
        declared: { index: 3, name: '_hjSessionUser_*', category: 'analytics' },
        message: 'Cookie _hjSessionUser_* is declared but was not seen.',
      },
      {
        kind: 'no-consent-log',
        severity: 'hint',
        subject: { type: 'banner', name: SITE },
        pages: ALL,
        evidence: ['decision cookie CookieConsent'],
        message: 'The choice is stored in CookieConsent but no consent log keeps proof of it.',
      },
    ],
    counts: { before: countsFor('before'), accept: countsFor('accept'), reject: countsFor('reject') },
    summary: { violation: 4, undeclared: 2, check: 3, hint: 1 },
  };
  return structuredClone(report);
}
