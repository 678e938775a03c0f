import { ADEQUATE } from '../constants.js';
import { nonEeaCountries } from '../recipient-countries.js';
import type { TransferMechanism } from '../types.js';
import { freeTextPath } from './free-text.js';
import type { Hit, Rule } from './rule.js';
import { eachPurpose, textIn, textVariants } from './rule.js';
import { isCategoryName } from './vague-recipient.js';

/**
 * The non-EEA countries a transfer mechanism does not reach: an adequacy decision only its
 * countries, the DPF only certified US organisations (and the adequate countries); SCCs, BCRs and
 * the Art. 49 derogations are not tied to a country.
 */
function uncovered(mechanism: TransferMechanism | undefined, outside: string[]): string[] {
  if (mechanism === 'adequacy' || mechanism === undefined) return outside.filter((c) => !ADEQUATE.has(c));
  if (mechanism === 'dpf') return outside.filter((c) => c !== 'US' && !ADEQUATE.has(c));
  return [];
}

/** Rules about recipients, processors and transfers outside the EEA. */
export const recipientRules: Rule[] = [
  {
    id: 'V06',
    severity: 'warning',
    basis: '13(1)(e); WP260',
    check: ({ d }) => {
      const hits: Hit[] = [];
      (d.recipients ?? []).forEach((r, i) => {
        if (!r) return;
        // Each language's name on its own: "Hostbedrijf B.V." in Dutch and "our hosting partners"
        // in English still leaves English readers without a name.
        const field = { path: ['recipients', i, 'name'], variants: textVariants(r.name) };
        const vague = field.variants.filter(([s]) => isCategoryName(s));
        if (vague.length)
          hits.push({
            path: freeTextPath(
              field,
              vague.map(([, l]) => l),
            ),
            params: { name: vague[0]![0] },
          });
      });
      for (const [p, i] of eachPurpose(d)) {
        if (p.recipients === undefined) hits.push({ path: ['purposes', i], key: 'unstated', params: { name: String(p.id) } });
      }
      (d.cookies ?? []).forEach((k, i) => {
        if (k && k.party === 'third' && !k.service) hits.push({ path: ['cookies', i], key: 'cookie', params: { name: k.name } });
      });
      return hits;
    },
  },
  {
    id: 'V07',
    severity: 'error',
    basis: '13(1)(f), 44-49',
    check: ({ d, lang }) => {
      const hits: Hit[] = [];
      (d.recipients ?? []).forEach((r, i) => {
        if (!r) return;
        // Without a country nobody knows whether data leaves the EEA; it is never assumed not to.
        if (!r.country && !r.countries?.length) {
          hits.push({
            path: ['recipients', i, 'country'],
            severity: 'warning',
            key: 'unknownCountry',
            params: { name: textIn(r.name, lang) },
          });
          return;
        }
        // The processing countries count, also when the recipient is established in the EEA.
        const outside = nonEeaCountries(r);
        const missing = uncovered(r.transfer?.mechanism, outside);
        if (!missing.length) return;
        const name = textIn(r.name, lang);
        if (!r.transfer) hits.push({ path: ['recipients', i], params: { name, countries: missing.join(', ') } });
        else
          hits.push({
            path: ['recipients', i, 'transfer', 'mechanism'],
            key: r.transfer.mechanism === 'dpf' ? 'notUs' : 'notAdequate',
            params: { name, countries: missing.join(', ') },
          });
      });
      return hits;
    },
  },
  {
    id: 'V08',
    severity: 'warning',
    basis: 'Decision (EU) 2023/1795; T-553/23',
    check: ({ d, lang }) => {
      const hits: Hit[] = [];
      (d.recipients ?? []).forEach((r, i) => {
        if (r?.transfer?.mechanism !== 'dpf') return;
        const params = { name: textIn(r.name, lang) };
        if (!r.transfer.dpfCheckedOn) hits.push({ path: ['recipients', i, 'transfer'], params });
        if (!r.transfer.fallback) hits.push({ path: ['recipients', i, 'transfer'], key: 'fallback', params });
      });
      return hits;
    },
  },
  {
    id: 'V28',
    severity: 'warning',
    basis: '28(3)',
    check: ({ d, lang }) =>
      (d.recipients ?? []).flatMap((r, i) => {
        if (!r || r.role !== 'processor') return [];
        const pa = r.processingAgreement;
        const signed = pa === true || (typeof pa === 'object' && pa !== null && pa.signed);
        return signed ? [] : [{ path: ['recipients', i], params: { name: textIn(r.name, lang) } }];
      }),
  },
  {
    id: 'V31',
    severity: 'warning',
    basis: '26(2)',
    check: ({ d, lang }) => {
      const hits: Hit[] = [];
      (d.organisation?.jointControllers ?? []).forEach((j, i) => {
        if (j && !j.arrangement) hits.push({ path: ['organisation', 'jointControllers', i], params: { name: j.name } });
      });
      (d.recipients ?? []).forEach((r, i) => {
        if (r && r.role === 'joint-controller' && !r.arrangement)
          hits.push({ path: ['recipients', i], params: { name: textIn(r.name, lang) } });
      });
      return hits;
    },
  },
];
