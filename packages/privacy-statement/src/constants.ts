/** Fixed facts of the law and defaults the generator relies on. */
import type { Art9Condition, LegalBasis } from './types.js';

/** EEA member states (EU 27 plus Iceland, Liechtenstein, Norway): no transfer rules apply. */
export const EEA: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

/** Countries with a general Art. 45 adequacy decision (the US only through the DPF, so not listed). */
export const ADEQUATE: ReadonlySet<string> = new Set(['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY']);

/** Art. 6(1) letter per legal basis. */
export const BASIS_LETTER = {
  consent: 'a',
  contract: 'b',
  'legal-obligation': 'c',
  'vital-interests': 'd',
  'public-task': 'e',
  'legitimate-interests': 'f',
} as const satisfies Record<LegalBasis, string>;

/** Art. 9(2) letter per condition. */
export const ART9_LETTER = {
  'explicit-consent': 'a',
  employment: 'b',
  'vital-interests': 'c',
  'non-profit': 'd',
  'made-public': 'e',
  'legal-claims': 'f',
  'substantial-public-interest': 'g',
  'health-care': 'h',
  'public-health': 'i',
  'archiving-research': 'j',
} as const satisfies Record<Art9Condition, string>;

/** Default response time to rights requests: one month (Art. 12(3)). */
export const DEFAULT_RESPONSE_TIME = 'P1M';

/** Default hours for notifying the AP of a breach (Art. 33(1)). */
export const DEFAULT_BREACH_HOURS = 72;

/** Age under which parental consent is needed in the Netherlands (Art. 8, UAVG art. 5). */
export const NL_CONSENT_AGE = 16;

/** The Autoriteit Persoonsgegevens: default complaint authority. */
export const AP = {
  name: 'Autoriteit Persoonsgegevens',
  address: 'Postbus 93374, 2509 AJ Den Haag',
  url: 'https://autoriteitpersoonsgegevens.nl',
} as const;

/** Months after `lastReviewed` when V30 suggests a review. */
export const REVIEW_MONTHS = 12;

/** Prefix of every generated HTML id, so declaration text never produces a bare id (STYLE habit 22). */
export const ID_PREFIX = 'ps-';

/** Fields whose YAML numbers are meant as text (`version: 2.10`, `kvk: 01234567`); kept as written. */
export const STRING_KEYS: ReadonlySet<string> = new Set([
  'version',
  'addedIn',
  'kvk',
  'phone',
  'postalCode',
  'street',
  'name',
  'legalName',
  'city',
]);
