import type { ClassifiedItem } from './build-inventory.js';
import { nameItem, pagesText } from './describe-item.js';
import { makeFinding } from './make-finding.js';
import type { PageVisit, ScanFinding, ScanMode, ScannedPage } from './types.js';

/** The visit of a page in one mode, when it ran without an error (a failed visit proves nothing). */
function cleanVisit(page: ScannedPage, mode: ScanMode): PageVisit | undefined {
  const v = page.visits.find((x) => x.mode === mode);
  return v && !v.error ? v : undefined;
}

/**
 * Findings about the banner itself: `no-reject` (a way to accept but none to reject, or no banner
 * at all while optional items are used) and `no-consent-log`.
 */
export function findBannerIssues(pages: readonly ScannedPage[], items: readonly ClassifiedItem[]): ScanFinding[] {
  return [...findNoReject(pages), ...findNoBanner(pages, items), ...findNoConsentLog(pages)];
}

/**
 * `no-reject`, `violation`: pages where the accept visit found a way to accept all and the reject
 * visit found no way to reject. Refusing must be as easy as accepting (GDPR Art. 4(11) and 7(3),
 * EDPB guidelines 05/2020), so a banner with only an accept button does not give a free choice.
 */
export function findNoReject(pages: readonly ScannedPage[]): ScanFinding[] {
  const hit: string[] = [];
  const evidence: string[] = [];
  for (const page of pages) {
    const accept = cleanVisit(page, 'accept');
    const reject = cleanVisit(page, 'reject');
    if (!accept?.choice?.found || !reject || reject.choice?.found) continue;
    hit.push(page.url);
    if (accept.choice.detail) evidence.push(`accept: ${accept.choice.detail}`);
    if (reject.choice?.detail) evidence.push(`reject: ${reject.choice.detail}`);
  }
  if (!hit.length) return [];
  return [
    makeFinding({
      kind: 'no-reject',
      severity: 'violation',
      subject: { type: 'banner', name: 'reject all' },
      pages: hit,
      evidence,
      message: `A way to accept all was found but no way to reject all, on ${pagesText(new Set(hit).size)}; rejecting must be as easy as accepting.`,
    }),
  ];
}

/**
 * `no-reject`, `hint`: no way to accept or reject was found on any page, while the scan saw items
 * with a known category that needs consent. Only a hint: the scanner may simply not recognise the
 * banner's buttons (`--accept-selector` and `--reject-selector` tell it). Items of unknown
 * category do not trigger it, as the scanner never guesses that they need consent.
 */
export function findNoBanner(pages: readonly ScannedPage[], items: readonly ClassifiedItem[]): ScanFinding[] {
  const choices = pages.flatMap((p) => [cleanVisit(p, 'accept'), cleanVisit(p, 'reject')]).filter((v) => v !== undefined);
  if (!choices.length || choices.some((v) => v.choice?.found)) return [];
  const optional = items.filter(({ cls }) => cls.category && !cls.exempt);
  if (!optional.length) return [];
  const first = optional[0]!.record;
  return [
    makeFinding({
      kind: 'no-reject',
      severity: 'hint',
      subject: { type: 'banner', name: 'cookie banner' },
      pages: optional.flatMap(({ record }) => [...record.all.pages]),
      evidence: optional.map(({ record }) => nameItem(record)),
      message: `No cookie banner was found on any page, yet the site uses items that need consent, such as ${nameItem(first)}; if there is a banner, give its buttons with --accept-selector and --reject-selector.`,
    }),
  ];
}

/**
 * `no-consent-log`, `hint`: an Akkoord banner stored a choice (the accept or reject click worked)
 * while its config sends decisions to no consent log. GDPR Art. 7(1) asks the site to be able to
 * show that a visitor consented; the decision cookie on the visitor's device is no such proof.
 */
export function findNoConsentLog(pages: readonly ScannedPage[]): ScanFinding[] {
  const hit = pages
    .filter((page) => page.visits.some((v) => v.mode !== 'before' && v.choice?.found && v.akkoord && v.consentLog === false))
    .map((page) => page.url);
  if (!hit.length) return [];
  return [
    makeFinding({
      kind: 'no-consent-log',
      severity: 'hint',
      subject: { type: 'banner', name: 'consent log' },
      pages: hit,
      evidence: [],
      message: `The Akkoord banner stores the visitor's choice but sends it to no consent log, on ${pagesText(new Set(hit).size)}; without a log the site cannot show proof of consent (GDPR Art. 7(1)).`,
    }),
  ];
}
