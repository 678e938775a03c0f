import type { AkkoordConfig, CategoryConfig, CookieDeclaration, ServiceConfig } from '@akkoord/core';
import { createContext, type Context } from './context.js';
import { cookieNeedsConsent } from './sections/cookies-section.js';
import { pruneDeclarations } from './prune-declarations.js';
import { recipientCountries } from './recipient-countries.js';
import { canonicalJson, revisionHash } from './revision-hash.js';
import type { Cookie, CookieCategory, Declarations, Lang, Text } from './types.js';

/** Options of {@link bannerConfig}. */
export interface BannerConfigOptions {
  /**
   * Link to the statement: one URL, or one per language such as `{ nl: "/privacy/", en: "/en/privacy/" }`.
   * Overrides the declared link; a language left empty here gets the declared one.
   * @default the declarations' `links.privacyStatement`
   */
  statementUrl?: string | Partial<Record<Lang, string>>;
}

/**
 * The banner's link to the statement: what the caller passes (the CLI's `--statement-url`, the
 * studio's field), else what the declarations say (`links.privacyStatement`). Empty values count
 * as not given, so a form field left blank never hides the declared link.
 */
function statementLink(
  option: BannerConfigOptions['statementUrl'],
  declared: string | undefined,
  langs: readonly Lang[],
): string | Record<string, string> | undefined {
  if (typeof option === 'string' && option) return option;
  const given = option && typeof option === 'object' ? Object.entries(option).filter(([, v]) => typeof v === 'string' && v) : [];
  if (!given.length) return declared || undefined;
  return { ...(declared ? Object.fromEntries(langs.map((l) => [l, declared])) : {}), ...Object.fromEntries(given) };
}

/**
 * Banner category order: necessary first, the most intrusive last. Not the schema's order
 * (analytics before preferences); `satisfies` rejects a name the schema lacks, and
 * test/schema-enums.test.ts checks that every schema category is listed once.
 */
export const BANNER_CATEGORY_ORDER = ['necessary', 'preferences', 'analytics', 'marketing'] as const satisfies readonly CookieCategory[];
/** Service id for the site's own cookies (no `service` declared). */
const OWN = 'site';

/** The banner's category for a cookie: consent-free cookies are shown as necessary (always on). */
const bannerCategory = (k: Cookie): CookieCategory => (cookieNeedsConsent(k) ? k.category : 'necessary');

/**
 * Derives the banner config (`consent.json`) from the declarations, so what the banner asks and
 * what the statement says cannot drift apart. `revision` is a hash of the consent-relevant facts
 * (categories, services, cookie names, durations, recipients and their countries), not of wording:
 * rewording a description does not ask every visitor again; a new cookie or recipient does.
 */
export function bannerConfig(input: Declarations, options: BannerConfigOptions = {}): AkkoordConfig {
  const d = pruneDeclarations(input);
  const langs: Lang[] = d.meta?.languages?.length ? d.meta.languages : ['nl', 'en'];
  const ctx = Object.fromEntries(langs.map((l) => [l, createContext(d, l)])) as Record<Lang, Context>;
  const both = (f: (c: Context) => string): Record<string, string> => Object.fromEntries(langs.map((l) => [l, f(ctx[l])]));
  const tx = (text: Text | undefined) => both((c) => c.txt(text));
  const first = ctx[langs[0] as Lang];
  const cookies = (d.cookies ?? []).filter((k) => k && typeof k === 'object');
  const categories: CategoryConfig[] = [];
  const facts: unknown[] = [];
  for (const cat of BANNER_CATEGORY_ORDER) {
    const inCat = cookies.filter((k) => bannerCategory(k) === cat);
    if (!inCat.length && cat !== 'necessary') continue;
    const serviceIds = [...new Set(inCat.map((k) => k.service ?? OWN))];
    const services: ServiceConfig[] = serviceIds.map((id) => {
      const r = id === OWN ? undefined : first.recipient(id);
      const list: CookieDeclaration[] = inCat
        .filter((k) => (k.service ?? OWN) === id)
        .map((k) => ({ name: k.name, ...(k.duration ? { duration: both((c) => c.dur(k.duration)) } : {}), description: tx(k.purpose) }));
      return {
        id,
        // The banner shows one name per service: the first language's version of a { nl, en } name.
        name: r ? first.txt(r.name) : first.orgName,
        ...(r ? { description: tx(r.service) } : {}),
        ...(r?.privacyPolicyUrl ? { privacyUrl: r.privacyPolicyUrl } : {}),
        cookies: list,
      };
    });
    categories.push({
      id: cat,
      ...(cat === 'necessary' ? { required: true } : {}),
      title: both((c) => c.t(`banner.${cat}.title`)),
      description: both((c) => c.t(`banner.${cat}.description`)),
      services,
    });
    facts.push({
      cat,
      services: serviceIds.map((id) => {
        const r = id === OWN ? undefined : first.recipient(id);
        return {
          id,
          name: r?.name,
          countries: r ? recipientCountries(r) : [],
          transfer: r?.transfer?.mechanism,
          cookies: inCat.filter((k) => (k.service ?? OWN) === id).map((k) => [k.name, k.duration, k.type ?? 'cookie']),
        };
      }),
    });
  }
  const url = statementLink(options.statementUrl, d.links?.privacyStatement, langs);
  return {
    revision: revisionHash(canonicalJson(facts)),
    categories,
    organisation: first.orgName,
    ...(url ? { privacyStatementUrl: url } : {}),
    ...(d.meta?.version ? { privacyStatementVersion: d.meta.version } : {}),
  };
}
