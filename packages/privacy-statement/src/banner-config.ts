import type { AkkoordConfig, BannerLayout, BannerPosition, CategoryConfig, CookieDeclaration, ServiceConfig } from '@akkoord/core';
import { bannerTexts, extraDuration, extraText, isExtraBannerLang } from './banner-languages.js';
import { servicePreset } from './catalogue.js';
import { createContext, type Context } from './context.js';
import { cookieNeedsConsent } from './sections/cookies-section.js';
import { pruneDeclarations } from './prune-declarations.js';
import { recipientCountries } from './recipient-countries.js';
import { canonicalJson, revisionHash } from './revision-hash.js';
import type { BannerLang, BannerPlacement, Cookie, CookieCategory, Declarations, Lang, Text } from './types.js';

/** Options of {@link bannerConfig}. */
export interface BannerConfigOptions {
  /**
   * Link to the statement: one URL, or one per language such as `{ nl: "/privacy/", en: "/en/privacy/" }`.
   * Overrides the declared link; a language left empty here gets the declared one.
   * @default the declarations' `links.privacyStatement`
   */
  statementUrl?: string | Partial<Record<Lang, string>>;
  /**
   * Languages the banner offers; German and French add their banner texts to `texts` and their
   * words to category titles and cookie durations. Overrides the declared `meta.bannerLanguages`.
   * @default the declarations' `meta.bannerLanguages`, else the statement languages
   */
  languages?: readonly BannerLang[];
  /**
   * The first layer's look and place (the CLI's `--layout` and `--position`); each overrides what
   * the declared `meta.bannerPlacement` gives.
   * @default from `meta.bannerPlacement`, else the banner's own (a box at the bottom)
   */
  layout?: BannerLayout;
  position?: BannerPosition;
}

/** `meta.bannerPlacement` as the banner's `layout` and `position`: `bar` is a layout, the rest are places of a box. */
function placement(declared: BannerPlacement | undefined, options: BannerConfigOptions): Pick<AkkoordConfig, 'layout' | 'position'> {
  const fromDeclared: Pick<AkkoordConfig, 'layout' | 'position'> =
    declared === 'bar' ? { layout: 'bar' } : declared ? { layout: 'box', position: declared } : {};
  // A corner or the middle asked by the caller is a box's place, whatever was declared.
  const layout = options.layout ?? (options.position && options.position !== 'bottom' ? 'box' : fromDeclared.layout);
  const position = options.position ?? fromDeclared.position;
  // A bar sits at the bottom: a declared corner under the caller's `bar` is dropped.
  return { ...(layout ? { layout } : {}), ...(position && (layout !== 'bar' || position === 'bottom') ? { position } : {}) };
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
  const bannerLangs: BannerLang[] = [...(options.languages ?? d.meta?.bannerLanguages ?? langs)];
  // Every language a text is written in: the statement's, then the banner's (nl/en through the
  // statement's own wording, de/fr through locales/<lang>/banner-config.json).
  const textLangs = [...new Set<BannerLang>([...langs, ...bannerLangs])];
  const ctx = Object.fromEntries(textLangs.filter((l): l is Lang => !isExtraBannerLang(l)).map((l) => [l, createContext(d, l)])) as Partial<
    Record<Lang, Context>
  >;
  /** One text per language: `f` for nl/en, `extra` for de/fr (left out when not given: the banner then shows English). */
  const each = (f: (c: Context) => string, extra?: (l: 'de' | 'fr') => string): Record<string, string> =>
    Object.fromEntries(
      textLangs.flatMap((l): [string, string][] => {
        if (isExtraBannerLang(l)) return extra ? [[l, extra(l)]] : [];
        return [[l, f(ctx[l] as Context)]];
      }),
    );
  const tx = (text: Text | undefined) => each((c) => c.txt(text));
  const first = ctx[langs[0] as Lang] as Context;
  // The banner names a catalogued service as visitors know it (Google Analytics), not by the
  // company the statement names (Google Ireland Limited).
  const presetName = new Map(
    (Array.isArray(input?.recipients) ? input.recipients : []).flatMap((r) => {
      const p = r && typeof r.preset === 'string' ? servicePreset(r.preset) : undefined;
      return p && typeof r.id === 'string' ? [[r.id, p.name] as const] : [];
    }),
  );
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
        .map((k) => ({
          name: k.name,
          ...(k.duration
            ? {
                duration: each(
                  (c) => c.dur(k.duration),
                  (l) => extraDuration(l, k.duration as string),
                ),
              }
            : {}),
          description: tx(k.purpose),
        }));
      return {
        id,
        // The banner shows one name per service: the first language's version of a { nl, en } name.
        name: r ? (presetName.get(id) ?? first.txt(r.name)) : first.orgName,
        ...(r ? { description: tx(r.service) } : {}),
        ...(r?.privacyPolicyUrl ? { privacyUrl: r.privacyPolicyUrl } : {}),
        cookies: list,
      };
    });
    categories.push({
      id: cat,
      ...(cat === 'necessary' ? { required: true } : {}),
      title: each(
        (c) => c.t(`banner.${cat}.title`),
        (l) => extraText(l, `banner.${cat}.title`),
      ),
      description: each(
        (c) => c.t(`banner.${cat}.description`),
        (l) => extraText(l, `banner.${cat}.description`),
      ),
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
    ...bannerLanguageTexts(bannerLangs),
    ...placement(d.meta?.bannerPlacement, options),
  };
}

/**
 * `texts` for the banner languages akkoord.js does not ship (de, fr): the banner's complete texts
 * in those languages, so `language: "auto"` can pick them like nl and en. Nothing for nl and en.
 */
export function bannerLanguageTexts(languages: readonly string[]): { texts?: AkkoordConfig['texts'] } {
  const extra = languages.filter(isExtraBannerLang);
  return extra.length ? { texts: Object.fromEntries(extra.map((l) => [l, bannerTexts(l)])) } : {};
}
