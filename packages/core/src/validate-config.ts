import type { ConfigIssue } from './config-error.js';
import { configSchema } from './config-schema.js';
import { CONSENT_MODE_MAPPING, COOKIE_NAME, EXPIRY_DAYS, GPC_IDS, WAIT_FOR_UPDATE } from './constants.js';
import { grantables } from './is-granted.js';
import type { AkkoordConfig } from './types.js';

/** What validateConfig returns: the config with defaults applied, or `null` with the reasons. */
export interface ConfigResult {
  /** Defaults applied; `null` when there is any error (fail closed: use nothing of it). */
  config: AkkoordConfig | null;
  /** Every problem found, in document order. Empty when valid. */
  errors: ConfigIssue[];
}

/**
 * Checks a parsed `consent.json` (or an object from code) and applies defaults. Every problem is
 * reported with its JSON path and what would be valid; unknown fields are errors so typos such as
 * `reloadOnWithdrawl` do not pass silently.
 * @example
 * const { config, errors } = validateConfig(JSON.parse(text));
 * if (!config) console.error(formatConfigErrors(errors, 'consent.json'));
 */
export function validateConfig(input: unknown): ConfigResult {
  const errors: ConfigIssue[] = [];
  configSchema(input, '', errors);
  const c = input as AkkoordConfig;
  const cats = c?.categories;
  // Rules across fields, only once every field is well-formed.
  if (!errors.length) {
    if (!cats.length) errors.push({ path: 'categories', message: 'expected at least one category' });
    const required = cats.filter((k) => k.required).map((k) => k.id);
    if (required.length > 1)
      errors.push({ path: 'categories', message: `only one category may be required, not ${required.join(' and ')}` });
    // A bar spans the window's width: it has no corner and no middle to sit in.
    if (c.layout == 'bar' && c.position && c.position != 'bottom')
      errors.push({ path: 'position', message: 'a bar sits at the bottom; use "layout": "box" for ' + c.position });
    // Default entries for absent categories are harmless (and present again in a validated config).
    for (const k in c.consentMode?.mapping)
      if (!(k in CONSENT_MODE_MAPPING) && !grantables(c).includes(k))
        errors.push({ path: `consentMode.mapping.${k}`, message: 'no category or category:service has this id' });
  }
  return {
    errors,
    config: errors.length
      ? null
      : {
          ...c,
          categories: cats.map((k) => ({
            ...k,
            services: k.services || [],
            gpc: !k.required && (k.gpc ?? GPC_IDS.includes(k.id)),
          })),
          language: c.language || 'auto',
          cookie: { name: COOKIE_NAME, expiryDays: EXPIRY_DAYS, path: '/', sameSite: 'Lax', ...c.cookie },
          consentMode: {
            enabled: true,
            waitForUpdate: WAIT_FOR_UPDATE,
            ...c.consentMode,
            mapping: { ...CONSENT_MODE_MAPPING, ...c.consentMode?.mapping },
          },
          gpc: { enabled: true, ...c.gpc },
          reloadOnWithdraw: !!c.reloadOnWithdraw,
        },
  };
}
