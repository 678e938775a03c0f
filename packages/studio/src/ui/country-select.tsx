/** Country options for the picker, grouped by what the law asks for a transfer there. */
import { countryName, countryStatus, pickerCountries, type CountryStatus } from '../countries.js';
import type { T } from '../i18n.js';
import type { SelectOption } from './select-field.js';

const GROUP_ORDER: readonly CountryStatus[] = ['eea', 'adequate', 'third'];

/** Options sorted by name within each group (EEA, adequacy, other), groups in that order. */
export function countryOptions(t: T, lang: string): SelectOption[] {
  return pickerCountries()
    .map((code) => ({ code, status: countryStatus(code), label: `${countryName(code, lang)} (${code})` }))
    .sort((a, b) => GROUP_ORDER.indexOf(a.status) - GROUP_ORDER.indexOf(b.status) || a.label.localeCompare(b.label, lang))
    .map((c) => ({ value: c.code, label: c.label, group: t(`countryGroup.${c.status}`) }));
}
