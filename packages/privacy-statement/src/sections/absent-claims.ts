import type { Context } from '../context.js';
import { EEA } from '../constants.js';
import { nonEeaCountries } from '../recipient-countries.js';
import type { Declarations } from '../types.js';

/** One of the `absent` keys: something the file declares does not happen. */
export type AbsentClaim = keyof NonNullable<Declarations['absent']>;

/**
 * Whether the statement may say that something does not happen: the file declares it under
 * `absent` and nothing else in the file says the opposite. A contradicted claim is not printed
 * at all (the validator warns about the contradiction); the facts that contradict it are printed
 * where they belong instead (the special category under its purpose, the automated decision in
 * its purpose, the recipient abroad under the transfers), so the statement never says both.
 *
 * - specialCategories: any data category marked `special`, also one only used in work for
 *   clients. A reader of "we process no special categories" cannot tell the two roles apart.
 * - criminalData: any data category marked `criminal`.
 * - automatedDecisions: any purpose with an `automatedDecision`.
 * - profiling: any purpose with an `automatedDecision`, and also any marketing cookie: tracking
 *   for adverts evaluates behaviour (Art. 4(4)), so "we do not profile" beside it would be false.
 * - transfersOutsideEEA: any recipient that processes data outside the EEA or is established
 *   there (the same test as the transfer paragraphs, src/recipient-countries.ts).
 */
export function absentClaim(c: Context, claim: AbsentClaim): boolean {
  const d = c.d;
  if (d.absent?.[claim] !== true) return false;
  const categories = (d.dataCategories ?? []).filter((x) => x && typeof x === 'object');
  const automated = c.purposes.some((p) => p.automatedDecision !== undefined);
  switch (claim) {
    case 'specialCategories':
      return !categories.some((x) => x.special !== undefined);
    case 'criminalData':
      return !categories.some((x) => x.criminal === true);
    case 'automatedDecisions':
      return !automated;
    case 'profiling':
      return !automated && !(d.cookies ?? []).some((k) => k && k.category === 'marketing');
    case 'transfersOutsideEEA':
      return !(d.recipients ?? []).some(
        (r) => r && typeof r === 'object' && (nonEeaCountries(r).length > 0 || (typeof r.country === 'string' && !EEA.has(r.country))),
      );
  }
}

/** The sentences for the claims that hold, one each, from `absent.<claim>` in the locale. */
export function absentSentences(c: Context, claims: readonly AbsentClaim[]): string[] {
  return claims.filter((x) => absentClaim(c, x)).map((x) => c.t(`absent.${x}`));
}
