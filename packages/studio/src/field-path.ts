/**
 * Maps a validator finding's path (`purposes[2].legitimateInterest`) to the form control or group
 * that shows it. The generator reports some findings on a parent (`organisation` when the legal
 * name is missing), others on a leaf the form edits in parts (`purposes[0].name.nl`); both land
 * on the nearest ancestor the form actually renders.
 */
import { FIELD_ID_PREFIX } from './constants.js';
import type { Path, PathSegment } from './set-in.js';

/**
 * Every path the form renders a control or group for, with list indexes written `[]`.
 * Keep in step with the sections in `sections/`: a path listed here but not rendered would hide
 * its findings from the form (they still appear in the findings list).
 */
export const FIELD_PATTERNS: ReadonlySet<string> = new Set([
  'meta', 'meta.version', 'meta.effectiveDate', 'meta.lastReviewed', 'meta.languages', 'meta.address',
  'meta.previousVersionsUrl', 'meta.changelog',
  'meta.changelog[]', 'meta.changelog[].version', 'meta.changelog[].date', 'meta.changelog[].material', 'meta.changelog[].summary',
  'organisation', 'organisation.legalName', 'organisation.tradeNames', 'organisation.kvk', 'organisation.address',
  'organisation.address.street', 'organisation.address.postalCode', 'organisation.address.city', 'organisation.address.country',
  'organisation.email', 'organisation.phone', 'organisation.website',
  'organisation.privacyContact.name', 'organisation.privacyContact.email', 'organisation.privacyContact.phone',
  'organisation.privacyContact.url', 'organisation.representative', 'organisation.representative.name',
  'organisation.representative.email', 'organisation.representative.phone', 'organisation.representative.url',
  'organisation.representative.address', 'organisation.representative.address.street',
  'organisation.representative.address.postalCode', 'organisation.representative.address.city',
  'organisation.representative.address.country', 'organisation.jointControllers', 'organisation.jointControllers[]',
  'organisation.jointControllers[].name', 'organisation.jointControllers[].contact',
  'organisation.jointControllers[].arrangement', 'organisation.employees', 'organisation.registerExempt',
  'dpo', 'dpo.reason', 'dpo.name', 'dpo.email', 'dpo.phone', 'dpo.mandatory', 'dpo.notifiedToAP',
  'roles', 'roles.controller', 'roles.processorFor', 'roles.processorFor[]', 'roles.processorFor[].id',
  'roles.processorFor[].clients', 'roles.processorFor[].processing', 'roles.processorFor[].dataCategories',
  'roles.processorFor[].subProcessors', 'roles.processorFor[].security',
  'dataSubjects', 'dataSubjects[]', 'dataSubjects[].id', 'dataSubjects[].label', 'dataSubjects[].children',
  'dataCategories', 'dataCategories[]', 'dataCategories[].id', 'dataCategories[].label', 'dataCategories[].examples',
  'dataCategories[].special', 'dataCategories[].criminal', 'dataCategories[].bsn',
  'purposes', 'purposes[]', 'purposes[].id', 'purposes[].name', 'purposes[].description', 'purposes[].dataSubjects',
  'purposes[].dataCategories', 'purposes[].legalBasis', 'purposes[].legitimateInterest', 'purposes[].consentWithdrawal',
  'purposes[].art9Condition', 'purposes[].legalGround', 'purposes[].provision.requirement',
  'purposes[].provision.consequence', 'purposes[].recipients', 'purposes[].retention', 'purposes[].retention.period',
  'purposes[].retention.criterion', 'purposes[].retention.start', 'purposes[].retention.reason',
  'purposes[].retention.action', 'purposes[].automatedDecision', 'purposes[].automatedDecision.logic',
  'purposes[].automatedDecision.significance', 'purposes[].automatedDecision.consequences',
  'purposes[].automatedDecision.basis', 'purposes[].addedIn', 'purposes[].internal', 'purposes[].internal.owner',
  'purposes[].internal.systems', 'purposes[].internal.access', 'purposes[].internal.dpia', 'purposes[].internal.lia',
  'purposes[].directMarketing', 'purposes[].optOut', 'purposes[].sources', 'purposes[].sources[]',
  'purposes[].sources[].type', 'purposes[].sources[].name',
  'recipients', 'recipients[]', 'recipients[].id', 'recipients[].name', 'recipients[].role', 'recipients[].service',
  'recipients[].country', 'recipients[].countries', 'recipients[].transfer', 'recipients[].transfer.mechanism',
  'recipients[].transfer.dpfCheckedOn', 'recipients[].transfer.fallback', 'recipients[].transfer.copy',
  'recipients[].processingAgreement', 'recipients[].privacyPolicyUrl', 'recipients[].arrangement',
  'cookies', 'cookies[]', 'cookies[].name', 'cookies[].service', 'cookies[].provider', 'cookies[].party',
  'cookies[].type', 'cookies[].category', 'cookies[].purpose', 'cookies[].duration', 'cookies[].consent',
  'cookies[].exemption', 'cookies[].privacyFriendly', 'cookies[].privacyFriendly.ipAnonymised',
  'cookies[].privacyFriendly.noDataSharing', 'cookies[].privacyFriendly.processingAgreement',
  'cookies[].privacyFriendly.noOtherServices', 'cookieScan', 'cookieScan.date', 'cookieScan.found',
  'links.cookieSettings',
  'security', 'security[]', 'security[].type', 'security[].description',
  'rightsHandling', 'rightsHandling.channel', 'rightsHandling.responseTime', 'rightsHandling.identityCheck',
  'rightsHandling.separateObjection',
  'children', 'children.targeted', 'children.minAge', 'children.parentalConsent', 'children.childFriendlyLanguage',
  'breach', 'breach.procedure', 'breach.notifyAuthorityWithinHours', 'complaintAuthority',
  'complaintAuthority.name', 'complaintAuthority.url', 'complaintAuthority.address',
]);

/** `['purposes', 2, 'name']` → `purposes[2].name` (the generator's `Finding.path` form). */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/** `purposes[2].name` → `['purposes', 2, 'name']`. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

/** The pattern of a path: indexes become `[]`. */
export const patternOf = (path: Path): string => formatPath(path).replace(/\[\d+\]/g, '[]');

/**
 * The path of the control or group that shows a finding at `path`: the path itself when the form
 * renders it, else its nearest rendered ancestor, else `''` (the whole file: shown in the list only).
 */
export function resolveFieldPath(path: string): string {
  const segs = parsePath(path);
  for (let n = segs.length; n > 0; n--) {
    const head = segs.slice(0, n);
    if (FIELD_PATTERNS.has(patternOf(head))) return formatPath(head);
  }
  return '';
}

/** The DOM id of the control or group for a path: `purposes[2].name` → `f-purposes-2-name`. */
export function fieldDomId(path: Path | string): string {
  const s = typeof path === 'string' ? path : formatPath(path);
  return FIELD_ID_PREFIX + (s.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-') || 'root');
}
