import type { CliValues } from './cli-command.js';
import { UsageError } from './cli-usage-error.js';

/** A string option's value; the dispatcher has already rejected a string option given without one. */
export function stringValue(values: CliValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A string option's value, checked against the valid ones; `fallback` when it is not given. */
export function choice<T extends string>(values: CliValues, name: string, valid: readonly T[], fallback: T): T {
  const v = stringValue(values, name);
  if (v === undefined) return fallback;
  if ((valid as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`--${name} must be one of: ${valid.join(', ')} (got "${v}").`);
}
