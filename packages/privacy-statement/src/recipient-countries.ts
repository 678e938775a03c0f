import { EEA } from './constants.js';
import type { Recipient } from './types.js';

/**
 * The countries a recipient's data goes to: where it is processed when stated, else where the
 * recipient is established (default NL). Codes are read as written, upper case as the schema
 * requires; an entry that is not a string (a file forced through despite schema errors) is
 * skipped. The statement, the register, the banner config, rule V07 and the studio all read
 * countries through this one function.
 */
export function recipientCountries(r: Pick<Recipient, 'country' | 'countries'>): string[] {
  const xs = r.countries?.length ? r.countries : [r.country ?? 'NL'];
  return [...new Set(xs.filter((x) => typeof x === 'string'))];
}

/** Countries outside the EEA where a recipient processes data. */
export function nonEeaCountries(r: Pick<Recipient, 'country' | 'countries'>): string[] {
  return recipientCountries(r).filter((x) => !EEA.has(x));
}
