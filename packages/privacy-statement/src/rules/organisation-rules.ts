import { DEFAULT_RESPONSE_TIME } from '../constants.js';
import { findInFreeTexts } from './free-text.js';
import { idDocumentDemand } from './id-document.js';
import type { Hit, Rule } from './rule.js';
import { textMatches } from './rule.js';

const DPO_WORDS = /\bFG\b|functionaris voor gegevensbescherming|\bDPO\b|data protection officer/i;

/** Months in an ISO duration of years/months/weeks/days, roughly, for comparing with one month. */
function approxMonths(d: string): number {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?/.exec(d);
  if (!m) return 0;
  return Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 4.345 + Number(m[4] ?? 0) / 30.44;
}

/** Rules about the controller, its DPO, rights handling and the complaint route. */
export const organisationRules: Rule[] = [
  {
    id: 'V01',
    severity: 'error',
    basis: '13(1)(a)',
    check: ({ d }) => {
      const o = d.organisation ?? {};
      const hits: Hit[] = (['legalName', 'address', 'email'] as const)
        .filter((k) => !o[k])
        .map((k) => ({ path: ['organisation'], params: { field: k } }));
      if (!o.kvk && (o.address?.country ?? 'NL') === 'NL')
        hits.push({ path: ['organisation'], severity: 'warning', key: 'kvk', params: { field: 'kvk' } });
      return hits;
    },
  },
  {
    id: 'V10',
    severity: 'error',
    basis: '13(2)(d), 77',
    check: ({ d }) => (d.complaintAuthority === 'none' ? [{ path: ['complaintAuthority'] }] : []),
  },
  {
    id: 'V11',
    severity: 'error',
    basis: '13(2)(b), 12(3)',
    check: ({ d }) => {
      const hits: Hit[] = [];
      const rh = d.rightsHandling ?? {};
      if (!rh.channel && !d.organisation?.privacyContact?.email && !d.organisation?.email)
        hits.push({ path: ['rightsHandling'], key: 'channel' });
      if (approxMonths(rh.responseTime ?? DEFAULT_RESPONSE_TIME) > 1.0001)
        hits.push({ path: ['rightsHandling', 'responseTime'], key: 'time', params: { time: String(rh.responseTime) } });
      return hits;
    },
  },
  {
    id: 'V17',
    severity: 'error',
    basis: '13(1)(b), 37(7)',
    check: ({ d }) => {
      const dpo = d.dpo;
      if (dpo === undefined) return [{ path: [], key: 'missing' }];
      if (typeof dpo === 'object' && dpo.appointed === true && !dpo.email && !dpo.phone) return [{ path: ['dpo'], key: 'contact' }];
      // Only an explicit `false` is reported: a file that says nothing is not assumed to be behind.
      if (typeof dpo === 'object' && dpo.appointed === true && dpo.notifiedToAP === false)
        return [{ path: ['dpo', 'notifiedToAP'], severity: 'warning', key: 'notify' }];
      const none = dpo === 'none' || (typeof dpo === 'object' && dpo.appointed === false);
      if (none && textMatches(d.organisation?.privacyContact?.name, DPO_WORDS))
        return [{ path: ['organisation', 'privacyContact', 'name'], severity: 'warning', key: 'named' }];
      return [];
    },
  },
  {
    id: 'V22',
    severity: 'warning',
    basis: '12(2); AP DPG Media',
    // Any text can carry the demand ("stuur bij uw verzoek een kopie van uw paspoort mee" in a
    // purpose's description); outside rightsHandling the sentence must be about a request.
    check: ({ d }) =>
      findInFreeTexts(d, (s, _lang, field) => idDocumentDemand(s, field.path[0] === 'rightsHandling')).map(({ path, match }) => ({
        path,
        params: { phrase: match },
      })),
  },
  {
    id: 'V29',
    severity: 'warning',
    basis: '30(5)',
    check: ({ d }) => {
      if (!d.organisation?.registerExempt) return [];
      const employees = d.organisation.employees;
      // The exemption exists only below 250 employees; above that no other reason matters.
      if (typeof employees === 'number' && employees >= 250)
        return [{ path: ['organisation', 'registerExempt'], key: 'headcount', params: { employees } }];
      const sensitive = (d.dataCategories ?? []).some((c) => c && (c.special || c.criminal));
      return [{ path: ['organisation', 'registerExempt'], key: sensitive ? 'special' : 'message' }];
    },
  },
  {
    // Not in the facts file: `roles.controller` is asked (studio, schema) and this is what makes
    // it count. A business that declares purposes of its own decides why and how that data is
    // processed, so for those it is the controller whatever it ticked; work done only on a
    // client's instructions belongs in `roles.processorFor`.
    id: 'ROLE',
    severity: 'warning',
    basis: '4(7), 24',
    check: ({ d }) => {
      const own = (d.purposes ?? []).length;
      return d.roles?.controller === false && own ? [{ path: ['roles', 'controller'], params: { count: own } }] : [];
    },
  },
];
