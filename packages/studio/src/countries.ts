/**
 * Countries the studio's picker offers, and what a transfer there needs (GDPR Art. 44-49): none
 * inside the EEA, none to a country with a general adequacy decision (Art. 45), a transfer
 * mechanism everywhere else. The United States has adequacy only for DPF-certified companies, so
 * it needs a mechanism (`dpf`, or SCCs/BCRs) like any other third country.
 */

/** How the law treats data going to a country. */
export type CountryStatus = 'eea' | 'adequate' | 'third';

/** EEA member states (EU 27 plus Iceland, Liechtenstein and Norway). */
export const EEA_COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
];

/** Countries with a general adequacy decision of the European Commission (Art. 45). */
export const ADEQUATE_COUNTRIES: readonly string[] = ['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY'];

/** Third countries often used by SME suppliers, offered in the picker beside the EEA and adequacy lists. */
export const COMMON_THIRD_COUNTRIES: readonly string[] = ['US', 'AU', 'BR', 'CN', 'IN', 'ID', 'MY', 'MX', 'PH', 'SG', 'ZA', 'TR', 'UA', 'AE', 'VN'];

const EEA = new Set(EEA_COUNTRIES);
const ADEQUATE = new Set(ADEQUATE_COUNTRIES);

/** The status of a country code (ISO 3166-1 alpha-2, any case). Unknown codes count as third countries. */
export function countryStatus(code: string): CountryStatus {
  const c = code.toUpperCase();
  if (EEA.has(c)) return 'eea';
  if (ADEQUATE.has(c)) return 'adequate';
  return 'third';
}

/**
 * The countries a recipient's data goes to: where it is processed when stated, else where the
 * recipient is established (default NL) — the same reading as the generator's transfer rule.
 */
export function recipientCountries(r: { country?: string; countries?: string[] }): string[] {
  const list = r.countries?.length ? r.countries : [r.country ?? 'NL'];
  return [...new Set(list.map((c) => c.toUpperCase()))];
}

/** True when at least one of the countries is a third country, so a transfer mechanism must be stated. */
export function needsTransferMechanism(countries: readonly string[]): boolean {
  return countries.some((c) => countryStatus(c) === 'third');
}

/** Every code the picker offers, EEA first, then adequacy countries, then common third countries. */
export function pickerCountries(): string[] {
  return [...EEA_COUNTRIES, ...ADEQUATE_COUNTRIES, ...COMMON_THIRD_COUNTRIES];
}

/** The country's name in a language, from the browser's own data (no list to maintain). */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
