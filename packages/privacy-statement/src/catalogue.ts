import catalogue from '../catalogue/services.json' with { type: 'json' };
import type { ConsentModeType } from '@akkoord/core';
import type { CookieCategory, CookieParty, Country, Duration, RecipientRole, TransferFallback, TransferMechanism } from './types.js';

/**
 * The catalogue of common services (catalogue/services.json, described by
 * catalogue/catalogue.schema.json): one entry per service a Dutch small-business site is likely
 * to embed, so a site can write `preset: youtube` instead of every cookie name and provider fact.
 * Cookie names and durations marked `ocd` come from the Open Cookie Database (Apache-2.0, see
 * catalogue/NOTICE.md). Presets are expanded at build time (banner-config, statement generation);
 * the banner script never loads this file.
 */

/** A cookie or storage key a catalogued service sets. */
export interface PresetCookie {
  /** Exact name, or a name with `*`. */
  name: string;
  /** @default "cookie" */
  type?: 'cookie' | 'localStorage' | 'sessionStorage';
  /** Set on the site's own domain (`first`) or on the provider's (`third`). */
  party?: CookieParty;
  /** ISO 8601 duration or `session`; absent where no reliable figure is known. */
  duration?: Duration;
  purpose: { nl: string; en: string };
  /** Id of the Open Cookie Database entry the name and duration come from. */
  ocd?: string;
}

/** The company that receives the data. */
export interface PresetProvider {
  /** Legal name of the company a European site deals with. */
  name?: string;
  country?: Country;
  /** Where the data is processed, when more than the country of establishment. */
  countries?: Country[];
  /** Absent where it depends on the contract: the declarations must then say it. */
  role?: Exclude<RecipientRole, 'public-authority'>;
  transfer?: { mechanism: Exclude<TransferMechanism, 'derogation'>; fallback?: TransferFallback };
}

/** One catalogue entry: the facts a `preset` fills in. */
export interface ServicePreset {
  /** The preset name (`preset: youtube`). */
  id: string;
  /** The service's name as visitors know it. */
  name: string;
  /** Date the entry's facts were last checked (`YYYY-MM-DD`). */
  checked: string;
  /** The banner category the service usually belongs in. */
  category: CookieCategory;
  /** What the service does for the site. */
  description: { nl: string; en: string };
  /** Absent for software the site runs on its own server (self-hosted Matomo). */
  provider?: PresetProvider;
  privacyUrl?: string;
  /** Hosts its scripts and requests use; each covers its subdomains. */
  hosts: string[];
  /** Google Consent Mode types it reads. */
  consentMode: ConsentModeType[];
  cookies: PresetCookie[];
  /** What a site should know before using it. */
  note?: string;
}

/** Where the catalogue's derived data comes from (the Open Cookie Database under `ocd`). */
export interface CatalogueSource {
  name: string;
  authors?: string;
  repository: string;
  commit: string;
  date: string;
  license: string;
}

const services = catalogue.services as ServicePreset[];
const byId = new Map(services.map((s) => [s.id, s]));

/** Every catalogued service, in the file's order. */
export const SERVICE_CATALOGUE: readonly ServicePreset[] = services;

/** The data sources the entries refer to, by key. */
export const CATALOGUE_SOURCES: Readonly<Record<string, CatalogueSource>> = catalogue.sources;

/** The catalogue entry named `id`, or undefined. */
export function servicePreset(id: string): ServicePreset | undefined {
  return byId.get(id);
}

/** The preset names, for messages that list what would be valid. */
export function presetIds(): string[] {
  return services.map((s) => s.id);
}
