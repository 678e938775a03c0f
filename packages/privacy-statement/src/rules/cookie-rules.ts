import type { Cookie, Declarations, Lang, Recipient } from '../types.js';
import { freeTexts } from './free-text.js';
import type { Hit, Rule } from './rule.js';
import { eachPurpose, textIn } from './rule.js';
import { analyticsEvidence, analyticsProduct, analyticsRecipient, trackingSign } from './trackers.js';

/** A declared name matches a found one exactly, or through `*` wildcards. */
function matches(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((x) => x.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(name);
}

/** Whether consent-free analytics has every setting the AP asks for (Tw 11.7a; AP page on Google Analytics). */
function privacyFriendly(k: Cookie): boolean {
  const pf = k.privacyFriendly ?? {};
  // A processing agreement is needed as soon as someone else runs the analytics: a named
  // service, a provider, or a third-party cookie. Only self-hosted analytics goes without.
  const external = !!(k.service || k.provider) || k.party === 'third';
  return (
    k.exemption === 'analytics-low-impact' &&
    !!pf.ipAnonymised &&
    !!pf.noDataSharing &&
    !!pf.noOtherServices &&
    (!!pf.processingAgreement || !external)
  );
}

/** V23 for purposes: analytics sent to a product by a purpose that does not ask consent, with no cookie of it declared. */
function undeclaredAnalytics(d: Declarations, recipients: Map<string, Recipient>, lang: Lang | undefined): Hit[] {
  const hits: Hit[] = [];
  for (const [p, i] of eachPurpose(d)) {
    if (!p.legalBasis || p.legalBasis === 'consent') continue;
    for (const id of p.recipients ?? []) {
      const r = recipients.get(id);
      const product = analyticsRecipient(r);
      if (!r || !product) continue;
      const declared = (d.cookies ?? []).some(
        (k) => k && (k.service === r.id || analyticsProduct(k.provider)?.toLowerCase() === product.toLowerCase()),
      );
      if (!declared) {
        hits.push({
          path: ['purposes', i, 'legalBasis'],
          key: 'undeclared',
          params: { purpose: String(p.id), name: textIn(r.name, lang), product },
        });
        break;
      }
    }
  }
  return hits;
}

/**
 * V24 when no cookie is declared: the first sign in the file that the site uses them anyway (a
 * scan, a recipient such as Google Analytics, a purpose that mentions cookies). Saying nothing
 * about cookies would then be false, so this is an error, not a reminder.
 */
function cookiesUsedButNoneDeclared(d: Declarations, lang: Lang | undefined): Hit | undefined {
  const found = d.cookieScan?.found ?? [];
  if (found.length) {
    const names = found.slice(0, 5).join(', ') + (found.length > 5 ? ', …' : '');
    return { path: ['cookies'], severity: 'error', key: 'noneScan', params: { date: String(d.cookieScan?.date), names } };
  }
  const texts = freeTexts(d);
  for (const list of ['recipients', 'purposes'] as const) {
    for (const field of texts.filter((f) => f.path[0] === list)) {
      const phrase = field.variants.map(([s]) => trackingSign(s)).find((x) => x !== undefined);
      if (phrase === undefined) continue;
      const item = d[list]?.[field.path[1] as number];
      const params = { name: list === 'recipients' ? textIn((item as Recipient | undefined)?.name, lang) : String(item?.id), phrase };
      return { path: ['cookies'], severity: 'error', key: list === 'recipients' ? 'noneRecipient' : 'nonePurpose', params };
    }
  }
  return undefined;
}

/** Rules about cookies and similar technologies (Tw 11.7a, Planet49). */
export const cookieRules: Rule[] = [
  {
    id: 'V23',
    severity: 'error',
    basis: 'Tw 11.7a; C-673/17',
    check: ({ d, lang }) => {
      const hits: Hit[] = [];
      const recipients = new Map((d.recipients ?? []).filter((r) => r && typeof r.id === 'string').map((r) => [r.id, r]));
      (d.cookies ?? []).forEach((k, i) => {
        if (!k) return;
        const params = { name: k.name };
        const consent = k.consent ?? k.category !== 'necessary';
        if (!consent) {
          // Analytics is analytics whatever the category says: `_ga`, or a provider such as Hotjar.
          const evidence =
            k.category === 'analytics' || k.category === 'marketing'
              ? undefined
              : analyticsEvidence(k, k.service ? recipients.get(k.service) : undefined);
          if (k.category === 'marketing') hits.push({ path: ['cookies', i, 'consent'], key: 'marketing', params });
          else if (evidence !== undefined) {
            if (!privacyFriendly(k))
              hits.push({ path: ['cookies', i, 'category'], key: 'looksAnalytics', params: { ...params, category: k.category, evidence } });
          } else if (k.category === 'analytics') {
            if (!privacyFriendly(k)) hits.push({ path: ['cookies', i], key: 'analytics', params });
          } else if (!k.exemption && k.category !== 'necessary') hits.push({ path: ['cookies', i], key: 'exemption', params });
        }
        if (!k.duration) hits.push({ path: ['cookies', i], severity: 'warning', key: 'duration', params });
        if ((k.party ?? (k.service ? 'third' : 'first')) === 'third' && !k.service && !k.provider)
          hits.push({ path: ['cookies', i], severity: 'warning', key: 'provider', params });
      });
      return [...hits, ...undeclaredAnalytics(d, recipients, lang)];
    },
  },
  {
    id: 'V24',
    severity: 'warning',
    basis: 'Tw 11.7a',
    check: ({ d, lang }) => {
      if (!d.cookies?.length) {
        const none = cookiesUsedButNoneDeclared(d, lang);
        return none ? [none] : [];
      }
      const scan = d.cookieScan;
      if (!scan) return [];
      const declared = (d.cookies ?? []).filter((k) => k && typeof k.name === 'string');
      const hits: Hit[] = [];
      scan.found.forEach((name, i) => {
        if (!declared.some((k) => matches(k.name, name)))
          hits.push({ path: ['cookieScan', 'found', i], params: { name, date: scan.date } });
      });
      declared.forEach((k) => {
        if (!scan.found.some((name) => matches(k.name, name)))
          hits.push({ path: ['cookies', d.cookies!.indexOf(k), 'name'], key: 'stale', params: { name: k.name, date: scan.date } });
      });
      return hits;
    },
  },
];
