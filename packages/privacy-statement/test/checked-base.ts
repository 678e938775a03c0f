/** The shared base declarations, complete enough that the validator finds nothing in them. */
import type { Declarations } from '../src/types.js';
import { baseDeclarations } from './base-declarations.js';

/**
 * `baseDeclarations()` with its host's country filled in: a recipient without a country is a V07
 * finding (where its data goes is unknown), and the validator tests start from a file that trips
 * nothing. A fresh copy each call.
 */
export function checkedBase(): Declarations {
  const d = baseDeclarations();
  d.recipients![0]!.country = 'NL';
  return d;
}
