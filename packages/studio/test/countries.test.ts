import { describe, expect, it } from 'vitest';
import { ADEQUATE, EEA } from '../src/generator.js';
import { countryStatus, needsTransferMechanism, pickerCountries, recipientCountries } from '../src/countries.js';

describe('countries', () => {
  it("classifies by the generator's EEA and adequacy lists; unknown codes are third countries", () => {
    for (const c of EEA) expect(countryStatus(c)).toBe('eea');
    for (const c of ADEQUATE) expect(countryStatus(c)).toBe('adequate');
    expect(countryStatus('NO')).toBe('eea');
    expect(countryStatus('GB')).toBe('adequate');
    expect(countryStatus('US')).toBe('third');
    expect(countryStatus('XX')).toBe('third');
  });

  it('reads codes as written, like the generator: the schema allows upper case only', () => {
    // A lower-case code is a schema error on its field; it is not quietly read as the EEA country.
    expect(countryStatus('nl')).toBe('third');
    expect(recipientCountries({ country: 'us' })).toEqual(['us']);
  });

  it('asks for a transfer mechanism only when a country is neither in the EEA nor adequate', () => {
    expect(needsTransferMechanism(['NL', 'DE'])).toBe(false);
    expect(needsTransferMechanism(['NL', 'CH', 'JP'])).toBe(false);
    expect(needsTransferMechanism(['NL', 'US'])).toBe(true);
    expect(needsTransferMechanism([])).toBe(false);
  });

  it('reads the processing countries like the generator: the list when given, else the seat, else unknown (never NL)', () => {
    expect(recipientCountries({})).toEqual([]);
    expect(recipientCountries({ country: 'US' })).toEqual(['US']);
    expect(recipientCountries({ country: 'US', countries: ['IE'] })).toEqual(['IE']);
    expect(needsTransferMechanism(recipientCountries({ country: 'IE', countries: ['IE', 'US'] }))).toBe(true);
    expect(recipientCountries({ countries: ['US', 'US', 'IE'] })).toEqual(['US', 'IE']);
  });

  it('skips a country that is not a string (a hand-edited file) instead of failing the form', () => {
    expect(recipientCountries({ countries: ['DE', 31 as unknown as string, 'US'] })).toEqual(['DE', 'US']);
  });

  it('offers every EEA and adequacy country and the US in the picker, each once', () => {
    const list = pickerCountries();
    expect(new Set(list).size).toBe(list.length);
    for (const c of [...EEA, ...ADEQUATE, 'US']) expect(list).toContain(c);
  });
});
