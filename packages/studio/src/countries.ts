/**
 * Countries the studio's picker offers, and what a transfer there needs (GDPR Art. 44-49): none
 * inside the EEA, none to a country with a general adequacy decision (Art. 45), a transfer
 * mechanism everywhere else. The United States has adequacy only for DPF-certified companies, so
 * it needs a mechanism (`dpf`, or SCCs/BCRs) like any other third country.
 *
 * The EEA and adequacy lists and the reading of a recipient's countries are the generator's
 * (the statement and rule V07 use them), so the form asks for a transfer exactly when they do.
 * Codes are read as written: the schema allows upper case only, so `de` is not Germany here
 * either, and the schema check asks for `DE` on that field.
 */
import { ADEQUATE, EEA, recipientCountries } from './generator.js';

export { recipientCountries };

/** How the law treats data going to a country. */
export type CountryStatus = 'eea' | 'adequate' | 'third';

/** Third countries often used by SME suppliers, offered in the picker beside the EEA and adequacy lists. */
export const COMMON_THIRD_COUNTRIES: readonly string[] = [
  'US',
  'AU',
  'BR',
  'CN',
  'IN',
  'ID',
  'MY',
  'MX',
  'PH',
  'SG',
  'ZA',
  'TR',
  'UA',
  'AE',
  'VN',
];

/** The status of a country code (ISO 3166-1 alpha-2, upper case). Unknown codes count as third countries. */
export function countryStatus(code: string): CountryStatus {
  if (EEA.has(code)) return 'eea';
  if (ADEQUATE.has(code)) return 'adequate';
  return 'third';
}

/** True when at least one of the countries is a third country, so a transfer mechanism must be stated. */
export function needsTransferMechanism(countries: readonly string[]): boolean {
  return countries.some((c) => countryStatus(c) === 'third');
}

/** Every code the picker offers, EEA first, then adequacy countries, then common third countries. */
export function pickerCountries(): string[] {
  return [...EEA, ...ADEQUATE, ...COMMON_THIRD_COUNTRIES];
}

/** The country's name in a language, from the browser's own data (no list to maintain). */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
