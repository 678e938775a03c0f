/**
 * ABS: what the file declares does not happen (`absent`) against what the rest of it declares.
 * The statement prints each `absent` claim as a sentence ("we do not process special categories
 * of personal data"), so a claim the file itself contradicts would be published as a false
 * statement. Each finding sits at the fact that contradicts the claim and names the claim, so
 * the reader sees both places and decides which one is wrong.
 */
import { EEA } from '../constants.js';
import { nonEeaCountries } from '../recipient-countries.js';
import type { Hit, Rule } from './rule.js';
import { eachPurpose, textIn } from './rule.js';

/** Rules that hold the `absent` claims against the rest of the file. */
export const absentRules: Rule[] = [
  {
    id: 'ABS',
    severity: 'warning',
    basis: '5(1)(a), 12(1)',
    check: ({ d, lang }) => {
      const absent = d.absent ?? {};
      const hits: Hit[] = [];
      // Every declared category counts, also one used only in work for clients: that part of the
      // statement names it, and a reader of "we process no special categories" beside it cannot
      // tell the two roles apart. The statement leaves a contradicted claim out (absent-claims.ts),
      // so this warning is what tells the author why the sentence is missing.
      (d.dataCategories ?? []).forEach((c, i) => {
        if (!c || typeof c !== 'object') return;
        const params = { category: String(c.id) };
        if (absent.specialCategories && c.special) hits.push({ path: ['dataCategories', i, 'special'], key: 'special', params });
        if (absent.criminalData && c.criminal) hits.push({ path: ['dataCategories', i, 'criminal'], key: 'criminal', params });
      });
      for (const [p, i] of eachPurpose(d)) {
        if (!p.automatedDecision) continue;
        const params = { purpose: String(p.id) };
        if (absent.automatedDecisions) hits.push({ path: ['purposes', i, 'automatedDecision'], key: 'automated', params });
        // A decision by a computer alone about a person nearly always evaluates that person.
        if (absent.profiling) hits.push({ path: ['purposes', i, 'automatedDecision'], key: 'profiling', params });
      }
      // Tracking for adverts evaluates how a person behaves (Art. 4(4)): one marketing cookie is
      // enough for the statement to leave "no profiling" out, so one finding, at the first.
      const marketing = (d.cookies ?? []).findIndex((k) => k && typeof k === 'object' && k.category === 'marketing');
      if (absent.profiling && marketing >= 0)
        hits.push({
          path: ['cookies', marketing, 'category'],
          key: 'profilingCookie',
          params: { cookie: String(d.cookies![marketing]!.name) },
        });
      if (absent.transfersOutsideEEA) {
        (d.recipients ?? []).forEach((r, i) => {
          if (!r || typeof r !== 'object') return;
          // Where it processes data, and where it is established: handing data to a recipient
          // established outside the EEA is a transfer wherever its servers are (EDPB Guidelines 05/2021).
          const processing = nonEeaCountries(r);
          const seat = typeof r.country === 'string' && !EEA.has(r.country) ? [r.country] : [];
          const outside = [...new Set([...processing, ...seat])];
          if (!outside.length) return;
          hits.push({
            path: ['recipients', i, processing.length && r.countries?.length ? 'countries' : 'country'],
            key: 'transfer',
            params: { name: textIn(r.name, lang), countries: outside.join(', ') },
          });
        });
      }
      return hits;
    },
  },
];
