// Option values of `akkoord-log`. The `akkoord` CLI has its own stringValue and choice
// (packages/privacy-statement/src/cli-values.ts): the only package both depend on is the browser
// client @akkoord/consent-log, no place for command-line code (see usage-error.ts).
import type { CliValues } from './cli-command.js';
import { DEFAULT_RATE_LIMIT } from './constants.js';
import { parseTime } from './parse-time.js';
import type { RateLimit } from './rate-limiter.js';
import { UsageError } from './usage-error.js';

/** A string option's value (parseArgs in strict mode has already rejected one given without a value). */
export function stringValue(values: CliValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A repeatable string option's values, in the order given; empty when not given. */
export function stringValues(values: CliValues, name: string): string[] {
  const v = values[name];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
}

/** `--db`, which every command but keygen needs. */
export function requireDb(command: string, values: CliValues): string {
  const db = stringValue(values, 'db');
  if (!db) throw new UsageError(`${command}: --db is required (a SQLite file such as consents.db, or a postgres:// URL)`);
  return db;
}

/** A value checked against the valid ones; `fallback` when the option is not given. */
export function oneOf<T extends string>(flag: string, value: string | undefined, valid: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!valid.includes(value as T)) throw new UsageError(`--${flag}: "${value}" is not valid; use ${valid.join(' or ')}`);
  return value as T;
}

/** A whole number in `[min, max]`; `fallback` when the option is not given. */
export function integer(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${flag}: "${value}" is not valid; use a whole number from ${min} to ${max}`);
  return n;
}

/** A date (`2025-01-31`, an ISO time) or milliseconds since 1970, as milliseconds: {@link parseTime}. */
export function time(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = parseTime(value);
  if (t === undefined) throw new UsageError(`--${flag}: "${value}" is not a date; use 2025-01-31, 2025-01-31T12:00:00Z or ms since 1970`);
  return t;
}

/** `--rate-limit burst/perSecond` or `off`; the default limit when not given. */
export function rateLimit(value: string | undefined): RateLimit | false {
  if (value === undefined) return { ...DEFAULT_RATE_LIMIT };
  if (value === 'off') return false;
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[2]) <= 0)
    throw new UsageError(`--rate-limit: "${value}" is not valid; use burst/perSecond such as 60/10, or off`);
  return { burst: Number(m[1]), perSecond: Number(m[2]) };
}
