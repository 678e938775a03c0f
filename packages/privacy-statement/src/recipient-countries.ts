import { EEA } from './constants.js';
import type { Recipient } from './types.js';

/**
 * The countries a recipient's data goes to: where it is processed when stated, else where the
 * recipient is established. A recipient with neither has an empty list: where it works is
 * unknown, and unknown is never read as the Netherlands or the EEA (the statement then says it is
 * not yet recorded, and rule V07 asks for it). Codes are read as written, upper case as the schema
 * requires; an entry that is not a string (a file forced through despite schema errors) is
 * skipped. The statement, the register, the banner config, rule V07 and the studio all read
 * countries through this one function.
 */
export function recipientCountries(r: Pick<Recipient, 'country' | 'countries'>): string[] {
  const xs = r.countries?.length ? r.countries : r.country !== undefined ? [r.country] : [];
  return [...new Set(xs.filter((x) => typeof x === 'string'))];
}

/** Countries outside the EEA where a recipient processes data (none when that is unknown). */
export function nonEeaCountries(r: Pick<Recipient, 'country' | 'countries'>): string[] {
  return recipientCountries(r).filter((x) => !EEA.has(x));
}

/**
 * Whether a recipient is known to keep data inside the EEA: its processing countries are known
 * and all in the EEA, and so is its seat when stated. Only then may the statement say so.
 */
export function knownInsideEea(r: Pick<Recipient, 'country' | 'countries'>): boolean {
  const xs = recipientCountries(r);
  return xs.length > 0 && xs.every((x) => EEA.has(x)) && (r.country === undefined || EEA.has(r.country));
}
