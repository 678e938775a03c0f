import type { Hit, Rule } from './rule.js';

/** A declared name matches a found one exactly, or through `*` wildcards. */
function matches(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  const re = new RegExp(`^${pattern.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

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
            // A processing agreement is needed as soon as someone else runs the analytics: a named
            // service, a provider, or a third-party cookie. Only self-hosted analytics goes without.
            const external = !!(k.service || k.provider) || k.party === 'third';
            const ok = k.exemption === 'analytics-low-impact' && pf.ipAnonymised && pf.noDataSharing && pf.noOtherServices && (pf.processingAgreement || !external);
            if (!ok) hits.push({ path: ['cookies', i], key: 'analytics', params });
          } else if (!k.exemption && k.category !== 'necessary') hits.push({ path: ['cookies', i], key: 'exemption', params });
        }
        if (!k.duration) hits.push({ path: ['cookies', i], severity: 'warning', key: 'duration', params });
        if ((k.party ?? (k.service ? 'third' : 'first')) === 'third' && !k.service && !k.provider) hits.push({ path: ['cookies', i], severity: 'warning', key: 'provider', params });
      });
      return hits;
    },
  },
  {
    id: 'V24', severity: 'warning', basis: 'Tw 11.7a',
    check: ({ d }) => {
      const scan = d.cookieScan;
      if (!scan) return [];
      const declared = (d.cookies ?? []).filter((k) => k && typeof k.name === 'string');
      const hits: Hit[] = [];
      scan.found.forEach((name, i) => {
        if (!declared.some((k) => matches(k.name, name))) hits.push({ path: ['cookieScan', 'found', i], params: { name, date: scan.date } });
      });
      declared.forEach((k) => {
        if (!scan.found.some((name) => matches(k.name, name))) hits.push({ path: ['cookies', d.cookies!.indexOf(k), 'name'], key: 'stale', params: { name: k.name, date: scan.date } });
      });
      return hits;
    },
  },
];
