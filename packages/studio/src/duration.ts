/**
 * Splits the simple ISO 8601 durations the declarations use (`P7Y`, `P13M`, `PT12H`, `session`)
 * into an amount and a unit for the form, and joins them back. Anything else (`P1Y6M`) is not
 * simple and the form shows it as raw text, so no value is ever rewritten by merely viewing it.
 */

/** A form unit: `Y`/`M`/`W`/`D` (date part), `PTH`/`PTM` (time part) or `session`. */
export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'PTH' | 'PTM' | 'session';

/** Units in the order the picker shows them. */
export const DURATION_UNITS: readonly DurationUnit[] = ['session', 'PTM', 'PTH', 'D', 'W', 'M', 'Y'];

/** A duration split for the form; `undefined` when the text is not a simple duration. */
export function splitDuration(value: string | undefined): { amount: string; unit: DurationUnit } | undefined {
  if (!value) return { amount: '', unit: 'M' };
  if (value === 'session') return { amount: '', unit: 'session' };
  const m = /^P(?:(\d+)([YMWD])|T(\d+)([HM]))$/.exec(value);
  if (!m) return undefined;
  return m[1] !== undefined ? { amount: m[1], unit: m[2] as DurationUnit } : { amount: m[3] as string, unit: `PT${m[4]}` as DurationUnit };
}

/** Joins an amount and unit back into ISO 8601; `undefined` when the amount is empty. */
export function joinDuration(amount: string, unit: DurationUnit): string | undefined {
  if (unit === 'session') return 'session';
  const n = amount.trim();
  if (!/^\d+$/.test(n)) return undefined;
  return unit.startsWith('PT') ? `PT${n}${unit.slice(2)}` : `P${n}${unit}`;
}
