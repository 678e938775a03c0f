import { contactLink, para, type Block, type Inline, type Section } from '../blocks.js';
import type { Context } from '../context.js';
import type { Cookie } from '../types.js';
import { recipientCountries } from '../recipient-countries.js';

/** Whether a cookie asks for consent: declared, or by default everything but necessary. */
export function cookieNeedsConsent(k: Cookie): boolean {
  return k.consent ?? k.category !== 'necessary';
}

/** Who places a cookie and whether that is a first or third party. */
export function cookieProvider(c: Context, k: Cookie): { name: string; party: 'first' | 'third'; countries: string[] } {
  const service = k.service ? c.recipient(k.service) : undefined;
  const party = k.party ?? (service ? 'third' : 'first');
  const name = k.provider ?? ((service ? c.txt(service.name) : '') || c.orgName);
  return { name, party, countries: service ? recipientCountries(service) : [] };
}

/**
 * "Cookies": the cookie table (Tw 11.7a; Planet49: duration and third-party access). No section
 * at all when no cookie is declared: an empty list is not a declaration that the site sets none,
 * and rule V24 reports the file when other facts show it does.
 */
export function cookiesSection(c: Context): Section | undefined {
  const { t } = c;
  const cookies = (c.d.cookies ?? []).filter((k) => k && typeof k === 'object');
  if (!cookies.length) return undefined;
  const blocks: Block[] = [para(t('cookies.intro'))];
  const rows: Inline[][][] = cookies.map((k) => {
    const prov = cookieProvider(c, k);
    const consent = cookieNeedsConsent(k) ? t('cookies.consentYes') : t(`cookies.exempt.${k.exemption ?? 'functional'}`);
    return [
      [String(k.name)],
      [t(`cookies.type.${k.type ?? 'cookie'}`)],
      // Planet49: say whether third parties can read the cookie, and where they are.
      [`${prov.name} (${[t(`cookies.party.${prov.party}`), c.list(prov.countries.map(c.country))].filter(Boolean).join('; ')})`],
      [c.txt(k.purpose)],
      [t(`cookies.category.${k.category}`)],
      [k.duration ? c.dur(k.duration) : t('cookies.durationUnknown')],
      [consent],
    ];
  });
  blocks.push({
    type: 'table',
    head: ['name', 'type', 'provider', 'purpose', 'category', 'duration', 'consent'].map((h) => t(`cookies.head.${h}`)),
    rows,
  });
  // Where to change the choice only when the file says where; no link is invented.
  if (cookies.some(cookieNeedsConsent)) {
    const link = c.d.links?.cookieSettings;
    blocks.push(para(t('cookies.choice'), ...(link ? [' ', t('cookies.changeAt'), ' ', contactLink(link), '.'] : [])));
  }
  return { id: 'cookies', title: t('cookies.title'), blocks };
}
