/**
 * The form's own words for every place of the declarations: the label of a field, the legend of
 * a group, the name of a list item as its fieldset shows it. Findings name their place with these
 * (`Doelen › Nieuwsbrief › Grondslag`) instead of a schema path (`purposes[1].legalBasis`), and
 * the marketer's wording of a finding (finding-text.ts) uses them for the schema keys a message
 * names. test/field-labels.test.tsx renders the whole form and checks every entry against the
 * label the form really shows, so the two cannot drift apart.
 */
import type { Text } from '@akkoord/privacy-statement';
import type { Declarations } from './generator.js';
import { parsePath, patternOf } from './field-path.js';
import { recipientName } from './preset-recipient.js';
import type { T, UiLang } from './i18n.js';
import { sectionOf, type SectionKey } from './section-keys.js';
import { getIn } from './set-in.js';
import { textOf } from './text-of.js';

/** Interface-text key of each field or group, by pattern (list indexes written `[]`). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  meta: 'section.meta',
  'meta.version': 'field.version',
  'meta.effectiveDate': 'field.effectiveDate',
  'meta.lastReviewed': 'field.lastReviewed',
  'meta.languages': 'field.languages',
  'meta.bannerLanguages': 'field.bannerLanguages',
  'meta.bannerPlacement': 'field.bannerPlacement',
  'meta.address': 'field.address',
  'meta.changelog': 'field.changelog',
  'meta.changelog[].version': 'field.version',
  'meta.changelog[].date': 'field.changeDate',
  'meta.changelog[].material': 'field.material',
  'meta.changelog[].summary': 'field.summary',
  'meta.previousVersionsUrl': 'field.previousVersionsUrl',
  'meta.changePolicy': 'field.changePolicy',
  organisation: 'section.organisation',
  'organisation.legalName': 'field.legalName',
  'organisation.tradeNames': 'field.tradeNames',
  'organisation.legalForm': 'field.legalForm',
  'organisation.description': 'field.orgDescription',
  'organisation.kvk': 'field.kvk',
  'organisation.vatNumber': 'field.vatNumber',
  'organisation.address': 'place.address',
  'organisation.address.street': 'field.street',
  'organisation.address.postalCode': 'field.postalCode',
  'organisation.address.city': 'field.city',
  'organisation.address.country': 'field.country',
  'organisation.email': 'field.email',
  'organisation.phone': 'field.phone',
  'organisation.website': 'field.website',
  'organisation.privacyContact': 'field.privacyContact',
  'organisation.privacyContact.name': 'field.contactName',
  'organisation.privacyContact.email': 'field.contactEmail',
  'organisation.privacyContact.phone': 'field.phone',
  'organisation.privacyContact.url': 'field.contactUrl',
  'organisation.representative': 'field.representative',
  'organisation.representative.name': 'field.contactName',
  'organisation.representative.email': 'field.email',
  'organisation.representative.phone': 'field.phone',
  'organisation.representative.url': 'field.website',
  'organisation.representative.address': 'place.address',
  'organisation.representative.address.street': 'field.street',
  'organisation.representative.address.postalCode': 'field.postalCode',
  'organisation.representative.address.city': 'field.city',
  'organisation.representative.address.country': 'field.country',
  'organisation.jointControllers': 'field.jointControllers',
  'organisation.jointControllers[].name': 'field.orgName',
  'organisation.jointControllers[].contact': 'field.jointContact',
  'organisation.jointControllers[].arrangement': 'field.arrangement',
  'organisation.employees': 'field.employees',
  'organisation.registerExempt': 'field.registerExempt',
  dpo: 'field.dpoChoice',
  'dpo.appointed': 'field.dpoChoice',
  'dpo.mandatory': 'field.dpoMandatory',
  'dpo.reason': 'field.dpoReason',
  'dpo.name': 'field.dpoName',
  'dpo.email': 'field.email',
  'dpo.phone': 'field.phone',
  'dpo.notifiedToAP': 'field.dpoNotified',
  roles: 'section.roles',
  'roles.controller': 'field.controller',
  'roles.processorFor': 'field.processorFor',
  'roles.processorFor[].id': 'field.id',
  'roles.processorFor[].clients': 'field.clients',
  'roles.processorFor[].processing': 'field.processing',
  'roles.processorFor[].dataCategories': 'field.purposeCategories',
  'roles.processorFor[].subProcessors': 'field.subProcessors',
  'roles.processorFor[].security': 'field.activitySecurity',
  'roles.processorFor[].agreement': 'field.processorAgreement',
  'roles.processorFor[].retention': 'field.processorRetention',
  'roles.processorFor[].clientControls': 'field.clientControls',
  'roles.processorFor[].clientControls.portal': 'field.clientPortal',
  'roles.processorFor[].clientControls.export': 'field.clientExport',
  'roles.processorFor[].clientControls.endOfContract': 'field.endOfContract',
  dataSubjects: 'field.subjects',
  'dataSubjects[].id': 'field.id',
  'dataSubjects[].label': 'field.label',
  'dataSubjects[].children': 'field.children',
  dataCategories: 'field.categories',
  'dataCategories[].id': 'field.id',
  'dataCategories[].label': 'field.label',
  'dataCategories[].examples': 'field.examples',
  'dataCategories[].special': 'field.special',
  'dataCategories[].criminal': 'field.criminal',
  'dataCategories[].bsn': 'field.bsn',
  'absent.specialCategories': 'field.absentSpecial',
  'absent.criminalData': 'field.absentCriminal',
  purposes: 'section.purposes',
  'purposes[].id': 'field.id',
  'purposes[].name': 'field.purposeName',
  'purposes[].description': 'field.description',
  'purposes[].dataSubjects': 'field.purposeSubjects',
  'purposes[].dataCategories': 'field.purposeCategories',
  'purposes[].legalBasis': 'field.legalBasis',
  'purposes[].legitimateInterest': 'field.legitimateInterest',
  'purposes[].art9Condition': 'field.art9Condition',
  'purposes[].legalGround': 'field.legalGround',
  'purposes[].consentWithdrawal': 'field.consentWithdrawal',
  'purposes[].provision': 'field.provision',
  'purposes[].provision.requirement': 'field.provision',
  'purposes[].provision.consequence': 'field.consequence',
  'purposes[].sources': 'field.sources',
  'purposes[].sources[].type': 'field.sourceType',
  'purposes[].sources[].name': 'field.sourceName',
  'purposes[].recipients': 'field.purposeRecipients',
  'purposes[].retention': 'field.retention',
  'purposes[].retention.period': 'field.period',
  'purposes[].retention.criterion': 'field.criterion',
  'purposes[].retention.start': 'field.retentionStart',
  'purposes[].retention.reason': 'field.retentionReason',
  'purposes[].retention.action': 'field.retentionAction',
  'purposes[].automatedDecision': 'field.automatedDetails',
  'purposes[].automatedDecision.logic': 'field.automatedLogic',
  'purposes[].automatedDecision.significance': 'field.automatedSignificance',
  'purposes[].automatedDecision.consequences': 'field.automatedConsequences',
  'purposes[].automatedDecision.basis': 'field.automatedBasis',
  'purposes[].directMarketing': 'field.directMarketing',
  'purposes[].optOut': 'field.optOut',
  'purposes[].addedIn': 'field.addedIn',
  'purposes[].internal': 'field.internal',
  'purposes[].internal.owner': 'field.owner',
  'purposes[].internal.systems': 'field.systems',
  'purposes[].internal.access': 'field.access',
  'purposes[].internal.dpia': 'field.dpia',
  'purposes[].internal.lia': 'field.lia',
  'absent.automatedDecisions': 'field.absentAutomated',
  'absent.profiling': 'field.absentProfiling',
  camera: 'field.camera',
  'camera.purpose': 'field.cameraPurpose',
  'camera.locations': 'field.cameraLocations',
  'camera.notFilmed': 'field.cameraNotFilmed',
  'camera.sound': 'field.cameraSound',
  'camera.viewers': 'field.cameraViewers',
  'camera.viewingWhen': 'field.cameraViewingWhen',
  'camera.signs': 'field.cameraSigns',
  recipients: 'section.recipients',
  'recipients[].id': 'field.id',
  'recipients[].preset': 'field.preset',
  'recipients[].name': 'field.recipientName',
  'recipients[].role': 'field.role',
  'recipients[].service': 'field.service',
  'recipients[].country': 'field.established',
  'recipients[].countries': 'field.processedIn',
  'recipients[].transfer': 'field.transfer',
  'recipients[].transfer.mechanism': 'field.mechanism',
  'recipients[].transfer.dpfCheckedOn': 'field.dpfCheckedOn',
  'recipients[].transfer.fallback': 'field.fallback',
  'recipients[].transfer.copy': 'field.copy',
  'recipients[].processingAgreement': 'field.agreement',
  'recipients[].processingAgreement.signed': 'field.agreement',
  'recipients[].processingAgreement.date': 'field.agreementDate',
  'recipients[].privacyPolicyUrl': 'field.privacyPolicyUrl',
  'recipients[].arrangement': 'field.arrangement',
  'absent.transfersOutsideEEA': 'field.absentTransfers',
  cookies: 'section.cookies',
  'cookies[].name': 'field.cookieName',
  'cookies[].service': 'field.cookieService',
  'cookies[].provider': 'field.cookieProvider',
  'cookies[].party': 'field.cookieParty',
  'cookies[].type': 'field.cookieType',
  'cookies[].category': 'field.cookieCategory',
  'cookies[].purpose': 'field.cookiePurpose',
  'cookies[].duration': 'field.duration',
  'cookies[].consent': 'field.cookieConsent',
  'cookies[].exemption': 'field.exemption',
  'cookies[].privacyFriendly': 'field.privacyFriendly',
  'cookies[].privacyFriendly.ipAnonymised': 'pf.ipAnonymised',
  'cookies[].privacyFriendly.noDataSharing': 'pf.noDataSharing',
  'cookies[].privacyFriendly.processingAgreement': 'pf.processingAgreement',
  'cookies[].privacyFriendly.noOtherServices': 'pf.noOtherServices',
  cookieScan: 'field.cookieScan',
  'cookieScan.date': 'field.scanDate',
  'cookieScan.found': 'field.scanFound',
  'links.cookieSettings': 'field.cookieSettingsLink',
  'links.privacyStatement': 'field.statementUrl',
  security: 'section.security',
  'security[].type': 'field.measureType',
  'security[].description': 'field.description',
  rightsHandling: 'section.rights',
  'rightsHandling.channel': 'field.channel',
  'rightsHandling.responseTime': 'field.responseTime',
  'rightsHandling.identityCheck': 'field.identityCheck',
  'rightsHandling.separateObjection': 'field.separateObjection',
  complaintAuthority: 'field.complaint',
  'complaintAuthority.name': 'field.authorityName',
  'complaintAuthority.url': 'field.authorityUrl',
  'complaintAuthority.address': 'field.authorityAddress',
  'complaintAuthority.contactUsFirst': 'field.contactUsFirst',
  children: 'place.children',
  'children.targeted': 'field.childrenTargeted',
  'children.minAge': 'field.minAge',
  'children.parentalConsent': 'field.parentalConsent',
  'children.childFriendlyLanguage': 'field.childFriendly',
  breach: 'place.breach',
  'breach.procedure': 'field.breachProcedure',
  'breach.notifyAuthorityWithinHours': 'field.breachHours',
  'breach.notifyClientsWithinHours': 'field.notifyClientsHours',
};

/**
 * How the form names one item of a list, as its fieldset's legend: by its name where it has one,
 * else by its number ("Doel 2"). The sections use this for their legends too.
 */
export function itemLabel(list: string, item: unknown, n: number, t: T, lang: UiLang): string {
  const x = (item && typeof item === 'object' ? item : {}) as Record<string, Text | undefined>;
  const name = typeof x['name'] === 'string' ? x['name'] : '';
  switch (list) {
    case 'purposes':
      return textOf(x['name'], lang) || t('field.purpose', { n });
    case 'recipients':
      return recipientName(x, lang) || t('field.recipient', { n });
    case 'cookies':
      return name || t('field.cookie', { n });
    case 'dataSubjects':
      return textOf(x['label'], lang) || t('field.subject', { n });
    case 'dataCategories':
      return textOf(x['label'], lang) || t('field.category', { n });
    case 'organisation.jointControllers':
      return name || t('field.jointController', { n });
    case 'roles.processorFor':
      return textOf(x['clients'], lang) || t('field.activity', { n });
    case 'purposes[].sources':
      return t('field.source', { n });
    case 'meta.changelog':
      return t('field.change', { n });
    case 'security':
      return t('field.measure', { n });
    default:
      // An entry of a list of plain values (a ticked id, a trade name) is part of the list's field.
      return '';
  }
}

/** The label of the field at a pattern, or of its nearest ancestor that has one; `undefined` above every labelled place. */
export function labelOf(pattern: string, t: T): string | undefined {
  for (let p = pattern; ;) {
    const key = FIELD_LABELS[p];
    if (key) return t(key);
    const up = p.replace(/(\.[^.[\]]+|\[\])$/, '');
    if (up === p) return undefined;
    p = up;
  }
}

/** Where a finding is, in the form's words. */
export interface Place {
  /** The section that shows it; `undefined` for the whole file. */
  section: SectionKey | undefined;
  /** `Doelen › Nieuwsbrief › Grondslag`: the section, the items on the way, the field. */
  where: string;
  /** The field's own label (the last part of `where`), `undefined` for a section or the whole file. */
  field: string | undefined;
}

/** Section, list items and field of a path (`purposes[1].legalBasis`) in the form's words, read from the current declarations. */
export function placeOf(path: string, d: Declarations, t: T, lang: UiLang): Place {
  const section = sectionOf(path);
  if (!section) return { section, where: t('findings.whole'), field: undefined };
  const segs = parsePath(path);
  const parts = [t(`section.${section}`)];
  // Each list index on the way is one item, named as its fieldset names it.
  segs.forEach((s, i) => {
    const item = typeof s === 'number' ? itemLabel(patternOf(segs.slice(0, i)), getIn(d, segs.slice(0, i + 1)), s + 1, t, lang) : '';
    if (item) parts.push(item);
  });
  // A text in one language (`purposes[0].name.nl`) is the text's field; an entry of a list of
  // plain values (`purposes[0].dataSubjects[1]`) is the list's field.
  let pattern = patternOf(segs).replace(/\.(nl|en)$/, '');
  if (pattern.endsWith('[]') && FIELD_LABELS[pattern.slice(0, -2)]) pattern = pattern.slice(0, -2);
  const own = FIELD_LABELS[pattern];
  const field = own && !own.startsWith('section.') && !pattern.endsWith('[]') ? t(own) : undefined;
  if (field) parts.push(field);
  return { section, where: parts.join(' › '), field };
}
