import { ADEQUATE } from '../constants.js';
import { nonEeaCountries } from '../recipient-countries.js';
import type { Hit, Rule } from './rule.js';
import { eachPurpose } from './rule.js';

const VAGUE_RECIPIENT = /^\s*(derden|derde partijen|partners|(zorgvuldig )?geselecteerde partners|third parties|(carefully )?selected partners|partner companies)\s*$/i;

/** Rules about recipients, processors and transfers outside the EEA. */
export const recipientRules: Rule[] = [
  {
    id: 'V06', severity: 'error', basis: '13(1)(e)',
    check: ({ d }) => {
      const hits: Hit[] = [];
      (d.recipients ?? []).forEach((r, i) => {
        if (r && VAGUE_RECIPIENT.test(r.name)) hits.push({ path: ['recipients', i, 'name'], params: { name: r.name } });
      });
      for (const [p, i] of eachPurpose(d)) {
        if (p.recipients === undefined) hits.push({ path: ['purposes', i], severity: 'warning', key: 'unstated', params: { name: String(p.id) } });
      }
      (d.cookies ?? []).forEach((k, i) => {
        if (k && k.party === 'third' && !k.service) hits.push({ path: ['cookies', i], severity: 'warning', key: 'cookie', params: { name: k.name } });
      });
      return hits;
    },
  },
  {
    id: 'V07', severity: 'error', basis: '13(1)(f), 44-49',
    check: ({ d }) => {
      const hits: Hit[] = [];
      (d.recipients ?? []).forEach((r, i) => {
        if (!r) return;
        const outside = nonEeaCountries(r);
        if (!outside.length) return;
        if (!r.transfer && !outside.every((c) => ADEQUATE.has(c))) hits.push({ path: ['recipients', i], params: { name: r.name, countries: outside.join(', ') } });
        if (r.transfer?.mechanism === 'adequacy' && !outside.every((c) => ADEQUATE.has(c))) {
          hits.push({ path: ['recipients', i, 'transfer', 'mechanism'], key: 'notAdequate', params: { name: r.name, countries: outside.filter((c) => !ADEQUATE.has(c)).join(', ') } });
        }
      });
      return hits;
    },
  },
  {
    id: 'V08', severity: 'warning', basis: 'Decision (EU) 2023/1795; T-553/23',
    check: ({ d }) => {
      const hits: Hit[] = [];
      (d.recipients ?? []).forEach((r, i) => {
        if (r?.transfer?.mechanism !== 'dpf') return;
        if (!r.transfer.dpfCheckedOn) hits.push({ path: ['recipients', i, 'transfer'], params: { name: r.name } });
        if (!r.transfer.fallback) hits.push({ path: ['recipients', i, 'transfer'], key: 'fallback', params: { name: r.name } });
      });
      return hits;
    },
  },
  {
    id: 'V28', severity: 'warning', basis: '28(3)',
    check: ({ d }) =>
      (d.recipients ?? []).flatMap((r, i) => {
        if (!r || r.role !== 'processor') return [];
        const pa = r.processingAgreement;
        const signed = pa === true || (typeof pa === 'object' && pa !== null && pa.signed);
        return signed ? [] : [{ path: ['recipients', i], params: { name: r.name } }];
      }),
  },
  {
    id: 'V31', severity: 'warning', basis: '26(2)',
    check: ({ d }) => {
      const hits: Hit[] = [];
      (d.organisation?.jointControllers ?? []).forEach((j, i) => {
        if (j && !j.arrangement) hits.push({ path: ['organisation', 'jointControllers', i], params: { name: j.name } });
      });
      (d.recipients ?? []).forEach((r, i) => {
        if (r && r.role === 'joint-controller' && !r.arrangement) hits.push({ path: ['recipients', i], params: { name: r.name } });
      });
      return hits;
    },
  },
];
