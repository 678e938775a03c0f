import type { ConfigIssue } from './config-error.js';

/**
 * Checks one config value found at `path` (`categories[1].services[0].id`, empty for the whole
 * config) and appends each problem to `issues`. The config schema (config-schema.ts) is built
 * from these, one named check per kind of value, so every field's rule reads as data.
 * @internal
 */
export type Check = (value: unknown, path: string, issues: ConfigIssue[]) => void;

/** A plain object (not `null`, not a list): the only shape whose fields can be looked up. */
export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

/** A string, possibly empty. */
export const isString = (v: unknown): v is string => typeof v == 'string';

/** A number that is not `NaN` (`Infinity` passes; the ranges that matter are checked where used). */
export const isNumber = (v: unknown): v is number => typeof v == 'number' && !Number.isNaN(v);

/** The path of `key` inside the value at `path`. */
const pathOf = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * A value that `test` accepts; anything else is the issue "expected `expected`".
 * @param expected what would be valid, for the message (`a number of milliseconds`)
 */
export const valueCheck =
  (test: (v: unknown) => unknown, expected: string): Check =>
  (v, path, issues) => {
    if (!test(v)) issues.push({ path, message: `expected ${expected}` });
  };

/** A string that `pattern` matches, e.g. an id or a cookie domain. */
export const patternCheck = (pattern: RegExp, expected: string): Check => valueCheck((v) => isString(v) && pattern.test(v), expected);

/**
 * A list whose every item passes `item`. Items with an `id` must have distinct ids: ids are how
 * `data-consent` and the cookie name a category or service, so a second one could never be chosen.
 */
export const listCheck =
  (item: Check): Check =>
  (v, path, issues) => {
    if (!Array.isArray(v)) {
      issues.push({ path, message: 'expected a list' });
      return;
    }
    const ids: unknown[] = [];
    v.forEach((x, i) => {
      const itemPath = `${path}[${i}]`;
      item(x, itemPath, issues);
      if (x?.id && ids.includes(x.id)) issues.push({ path: `${itemPath}.id`, message: `"${x.id}" is used twice; ids must be unique` });
      ids.push(x?.id);
    });
  };

/**
 * An object with exactly these fields. A field given as `null` counts as absent. Unknown fields
 * are issues that list the known ones, so a typo such as `reloadOnWithdrawl` does not pass silently.
 * Issues come in a fixed order: missing required fields first (in `required` order), then each
 * given field in the input's order.
 * @param fields each known field and the check of its value, in the order the message lists them
 * @param required the fields that must be present
 */
export const objectCheck = (fields: Record<string, Check>, required: string[] = []): Check => {
  // A list, not `k in fields`: a config key such as `constructor` must not find Object.prototype's.
  const known = Object.keys(fields);
  return (v, path, issues) => {
    if (!isObject(v)) {
      issues.push({ path, message: 'expected an object' });
      return;
    }
    for (const k of required) if (v[k] == null) issues.push({ path: pathOf(path, k), message: 'required' });
    for (const k in v) {
      if (!known.includes(k)) issues.push({ path: pathOf(path, k), message: `unknown field; expected one of ${known.join(', ')}` });
      else if (v[k] != null) fields[k]!(v[k], pathOf(path, k), issues);
    }
  };
};
