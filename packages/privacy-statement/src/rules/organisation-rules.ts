import { DEFAULT_RESPONSE_TIME } from '../constants.js';
import type { Hit, Rule } from './rule.js';
import { textMatches } from './rule.js';

const ID_COPY = /kopie\s+(van\s+)?(uw\s+|je\s+|een\s+)?(identiteitsbewijs|paspoort|rijbewijs|id-kaart|legitimatie)|copy\s+of\s+(your\s+|an?\s+)?(id|identity\s+(card|document)|passport|driving\s+licen[cs]e)/i;
const NEGATED = /\b(niet|geen|nooit|not|never|no)\b/i;
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
    id: 'V01', severity: 'error', basis: '13(1)(a)',
    check: ({ d }) => {
      const o = d.organisation ?? {};
      const hits: Hit[] = (['legalName', 'address', 'email'] as const).filter((k) => !o[k]).map((k) => ({ path: ['organisation'], params: { field: k } }));
      if (!o.kvk && (o.address?.country ?? 'NL') === 'NL') hits.push({ path: ['organisation'], severity: 'warning', key: 'kvk', params: { field: 'kvk' } });
      return hits;
    },
  },
  {
    id: 'V10', severity: 'error', basis: '13(2)(d), 77',
    check: ({ d }) => (d.complaintAuthority === 'none' ? [{ path: ['complaintAuthority'] }] : []),
  },
  {
    id: 'V11', severity: 'error', basis: '13(2)(b), 12(3)',
    check: ({ d }) => {
      const hits: Hit[] = [];
      const rh = d.rightsHandling ?? {};
      if (!rh.channel && !d.organisation?.privacyContact?.email && !d.organisation?.email) hits.push({ path: ['rightsHandling'], key: 'channel' });
      if (approxMonths(rh.responseTime ?? DEFAULT_RESPONSE_TIME) > 1.0001) hits.push({ path: ['rightsHandling', 'responseTime'], key: 'time', params: { time: String(rh.responseTime) } });
      return hits;
    },
  },
  {
    id: 'V17', severity: 'error', basis: '13(1)(b), 37(7)',
    check: ({ d }) => {
      const dpo = d.dpo;
      if (dpo === undefined) return [{ path: [], key: 'missing' }];
      if (typeof dpo === 'object' && dpo.appointed === true && !dpo.email && !dpo.phone) return [{ path: ['dpo'], key: 'contact' }];
      // Only an explicit `false` is reported: a file that says nothing is not assumed to be behind.
      if (typeof dpo === 'object' && dpo.appointed === true && dpo.notifiedToAP === false) return [{ path: ['dpo', 'notifiedToAP'], severity: 'warning', key: 'notify' }];
      const none = dpo === 'none' || (typeof dpo === 'object' && dpo.appointed === false);
      if (none && textMatches(d.organisation?.privacyContact?.name, DPO_WORDS)) return [{ path: ['organisation', 'privacyContact', 'name'], severity: 'warning', key: 'named' }];
      return [];
    },
  },
  {
    id: 'V22', severity: 'warning', basis: '12(2); AP DPG Media',
    check: ({ d }) => {
      const idc = d.rightsHandling?.identityCheck;
      const demands = [typeof idc === 'string' ? idc : idc?.nl, typeof idc === 'string' ? undefined : idc?.en].some((s) => s && ID_COPY.test(s) && !NEGATED.test(s));
      return demands ? [{ path: ['rightsHandling', 'identityCheck'] }] : [];
    },
  },
  {
    id: 'V29', severity: 'warning', basis: '30(5)',
    check: ({ d }) => {
      if (!d.organisation?.registerExempt) return [];
      const employees = d.organisation.employees;
      // The exemption exists only below 250 employees; above that no other reason matters.
      if (typeof employees === 'number' && employees >= 250) return [{ path: ['organisation', 'registerExempt'], key: 'headcount', params: { employees } }];
      const sensitive = (d.dataCategories ?? []).some((c) => c && (c.special || c.criminal));
      return [{ path: ['organisation', 'registerExempt'], key: sensitive ? 'special' : 'message' }];
    },
  },
  {
    // Not in the facts file: `roles.controller` is asked (studio, schema) and this is what makes
    // it count. A business that declares purposes of its own decides why and how that data is
    // processed, so for those it is the controller whatever it ticked; work done only on a
    // client's instructions belongs in `roles.processorFor`.
    id: 'ROLE', severity: 'warning', basis: '4(7), 24',
    check: ({ d }) => {
      const own = (d.purposes ?? []).length;
      return d.roles?.controller === false && own ? [{ path: ['roles', 'controller'], params: { count: own } }] : [];
    },
  },
];
