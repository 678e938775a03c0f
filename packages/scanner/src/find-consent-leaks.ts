import { compareItems } from './build-inventory.js';
import type { ClassifiedItem } from './build-inventory.js';
import { sorted } from './compare-text.js';
import { describeItem, listText, pagesText, REFUSED_NOTE } from './describe-item.js';
import type { ItemRecord, Sightings } from './group-items.js';
import { makeFinding } from './make-finding.js';
import type { FindingDraft } from './make-finding.js';
import type { ScanFinding } from './types.js';

/** One of the two moments at which nothing optional may be stored or sent. */
export interface Moment {
  kind: 'before-consent' | 'after-reject';
  sightings: (r: ItemRecord) => Sightings;
  /** How the sentence names the moment. */
  when: string;
  /** Verbs for stored items and for requests. */
  stored: string;
  sent: string;
  /** What the site did with a cookie the browser refused at every sighting (`Sightings.refused`). */
  tried: string;
}

/** Before any choice: everything in the `before` visits. */
export const BEFORE_CONSENT: Moment = {
  kind: 'before-consent',
  sightings: (r) => r.before,
  when: 'before the visitor chose',
  stored: 'is',
  sent: 'are sent',
  tried: 'tries to set',
};

/** After "reject all": see `ItemRecord.afterReject`. */
export const AFTER_REJECT: Moment = {
  kind: 'after-reject',
  sightings: (r) => r.afterReject,
  when: 'after the visitor rejected all',
  stored: 'is still',
  sent: 'are still sent',
  tried: 'still tries to set',
};

/**
 * Findings `before-consent` and `after-reject`: what is stored or sent before any choice, and what
 * is still stored, or sent after the click, once the visitor rejected all. The same tests apply at
 * both moments; {@link judgeStored} and {@link judgeRequest} say which.
 */
export function findConsentLeaks(items: readonly ClassifiedItem[]): ScanFinding[] {
  const out: FindingDraft[] = [];
  for (const moment of [BEFORE_CONSENT, AFTER_REJECT])
    for (const ci of items) {
      const draft = ci.record.type === 'request' ? judgeRequest(ci, moment, items) : judgeStored(ci, moment);
      if (draft) out.push(draft);
    }
  return out.map(makeFinding);
}

/** `; set by a and b`, or nothing when no setter is known. */
function byText(verb: string, evidence: Set<string>): string {
  return evidence.size ? `; ${verb} ${listText(sorted(evidence))}` : '';
}

/**
 * A cookie, storage key or database seen at the moment:
 * - necessary or declared exempt: fine;
 * - any other known category: `violation`;
 * - unknown and third-party: `violation`, because another site's item with no known purpose
 *   cannot be strictly necessary for the service the visitor asked for;
 * - unknown and first-party: `check`. It may well be a session or cart cookie, and the scanner
 *   never guesses. After reject it is only asked about when it was not already asked about before
 *   consent, so one unknown cookie does not produce the same question twice.
 */
export function judgeStored(ci: ClassifiedItem, moment: Moment): FindingDraft | undefined {
  const { record, cls } = ci;
  const seen = moment.sightings(record);
  if (!seen.pages.size || cls.exempt) return undefined;
  const where = `${moment.when}, on ${pagesText(seen.pages.size)}`;
  // A cookie the browser refused every time was never stored: say what the site did instead.
  const head = seen.refused
    ? `The site ${moment.tried} ${describeItem(record, cls, true)} ${where} (${REFUSED_NOTE})`
    : `${describeItem(record, cls)} ${moment.stored} ${record.type === 'cookie' ? 'set' : 'stored'} ${where}`;
  const setBy = byText('set by', seen.evidence);
  const base = { kind: moment.kind, subject: subjectOf(record), pages: seen.pages, evidence: seen.evidence, cls, refused: seen.refused };
  if (cls.category) return { ...base, severity: 'violation', message: `${head}${setBy}.` };
  if (record.party === 'third')
    return {
      ...base,
      severity: 'violation',
      message: `${head}; an item of another site with an unknown purpose needs consent${setBy}.`,
    };
  if (moment === AFTER_REJECT && record.before.pages.size) return undefined;
  return {
    ...base,
    severity: 'check',
    message: `${head}; its purpose is unknown, so check whether it is strictly necessary or needs consent${setBy}.`,
  };
}

/**
 * Requests to a host at the moment:
 * - the host table (or a declaration) gives a category: `violation` unless necessary;
 * - else, when a cookie of this host has a known optional category (it set the cookie, or the
 *   cookie's domain covers it): `violation`, since such requests carry or renew that cookie;
 * - else `check`: third-party requests are often harmless (fonts, a CDN), so the reader decides.
 *   After reject only for hosts not already asked about before consent.
 */
export function judgeRequest(ci: ClassifiedItem, moment: Moment, items: readonly ClassifiedItem[]): FindingDraft | undefined {
  const { record, cls } = ci;
  const seen = moment.sightings(record);
  if (!seen.pages.size || cls.exempt) return undefined;
  const startedBy = byText('started by', seen.evidence);
  const tail = `${moment.sent} ${moment.when}, on ${pagesText(seen.pages.size)}`;
  const base = { kind: moment.kind, subject: subjectOf(record), pages: seen.pages, evidence: seen.evidence };
  if (cls.category) return { ...base, cls, severity: 'violation', message: `${describeItem(record, cls)} ${tail}${startedBy}.` };
  const cookie = trackingCookieOf(record.domain, items);
  if (cookie) {
    const { category, categorySource } = cookie.cls;
    return {
      ...base,
      cls: { category, categorySource },
      severity: 'violation',
      message: `Requests to ${record.domain} (whose ${category} cookie ${cookie.record.name} the scan found) ${tail}${startedBy}.`,
    };
  }
  if (moment === AFTER_REJECT && record.before.pages.size) return undefined;
  return {
    ...base,
    severity: 'check',
    message: `Requests to ${record.domain} (category unknown) ${tail}${startedBy}; the host is not a known tracker, so check that they are strictly necessary.`,
  };
}

/**
 * A cookie with a known optional category that belongs to this host: one it set (by a header
 * or a script served from it), or a third-party cookie whose domain the host is in. The first
 * in inventory order, so the choice does not depend on page order.
 */
export function trackingCookieOf(host: string, items: readonly ClassifiedItem[]): ClassifiedItem | undefined {
  const hostOf = (url: string): string | undefined => {
    try {
      return new URL(url).hostname;
    } catch {
      return undefined;
    }
  };
  return items
    .filter(({ record, cls }) => record.type === 'cookie' && cls.category && !cls.exempt)
    .filter(
      ({ record }) =>
        [...record.all.evidence].some((url) => hostOf(url) === host) ||
        (record.party === 'third' && (host === record.domain || host.endsWith(`.${record.domain}`))),
    )
    .sort((a, b) => compareItems(a.record, b.record))[0];
}

/** The subject of an item's finding. */
function subjectOf(r: ItemRecord): { type: ItemRecord['type']; name: string; domain: string } {
  return { type: r.type, name: r.name, domain: r.domain };
}
