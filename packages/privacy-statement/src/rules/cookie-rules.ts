import type { Hit, Rule } from './rule.js';

/** Rules about cookies and similar technologies (Tw 11.7a, Planet49). */
export const cookieRules: Rule[] = [
  {
    id: 'V23', severity: 'error', basis: 'Tw 11.7a; C-673/17',
    check: ({ d }) => {
      const hits: Hit[] = [];
      (d.cookies ?? []).forEach((k, i) => {
        if (!k) return;
        const params = { name: k.name };
        const consent = k.consent ?? k.category !== 'necessary';
        if (!consent) {
          if (k.category === 'marketing') hits.push({ path: ['cookies', i, 'consent'], key: 'marketing', params });
          else if (k.category === 'analytics') {
            const pf = k.privacyFriendly ?? {};
            const ok = k.exemption === 'analytics-low-impact' && pf.ipAnonymised && pf.noDataSharing && pf.noOtherServices && (pf.processingAgreement || !k.service);
            if (!ok) hits.push({ path: ['cookies', i], key: 'analytics', params });
          } else if (!k.exemption && k.category !== 'necessary') hits.push({ path: ['cookies', i], key: 'exemption', params });
        }
        if (!k.duration) hits.push({ path: ['cookies', i], severity: 'warning', key: 'duration', params });
        if ((k.party ?? (k.service ? 'third' : 'first')) === 'third' && !k.service && !k.provider) hits.push({ path: ['cookies', i], severity: 'warning', key: 'provider', params });
      });
      return hits;
    },
  },
];
