import { describe, expect, it } from 'vitest';
import { ADEQUATE, EEA } from '../../privacy-statement/src/constants.js';
import { ADEQUATE_COUNTRIES, countryStatus, EEA_COUNTRIES, needsTransferMechanism, pickerCountries, recipientCountries } from '../src/countries.js';

describe('countries', () => {
  it('knows the same EEA and adequacy lists as the generator, so the form and the validator agree', () => {
    expect([...EEA_COUNTRIES].sort()).toEqual([...EEA].sort());
    expect([...ADEQUATE_COUNTRIES].sort()).toEqual([...ADEQUATE].sort());
  });

  it('classifies countries in any case; unknown codes are third countries', () => {
    expect(countryStatus('nl')).toBe('eea');
    expect(countryStatus('NO')).toBe('eea');
    expect(countryStatus('GB')).toBe('adequate');
    expect(countryStatus('US')).toBe('third');
    expect(countryStatus('XX')).toBe('third');
  });

  it('asks for a transfer mechanism only when a country is neither in the EEA nor adequate', () => {
    expect(needsTransferMechanism(['NL', 'DE'])).toBe(false);
    expect(needsTransferMechanism(['NL', 'CH', 'JP'])).toBe(false);
    expect(needsTransferMechanism(['NL', 'US'])).toBe(true);
    expect(needsTransferMechanism([])).toBe(false);
  });

  it('reads the processing countries like the generator: the list when given, else the seat, else NL', () => {
    expect(recipientCountries({})).toEqual(['NL']);
    expect(recipientCountries({ country: 'us' })).toEqual(['US']);
    expect(recipientCountries({ country: 'US', countries: ['IE'] })).toEqual(['IE']);
    expect(needsTransferMechanism(recipientCountries({ country: 'IE', countries: ['IE', 'US'] }))).toBe(true);
  });

  it('offers every EEA and adequacy country and the US in the picker, each once', () => {
    const list = pickerCountries();
    expect(new Set(list).size).toBe(list.length);
    for (const c of [...EEA, ...ADEQUATE, 'US']) expect(list).toContain(c);
  });
});
