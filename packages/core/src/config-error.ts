/** One problem in a config: where (`categories[2].services[0].id`) and what would be valid. */
export interface ConfigIssue {
  /** JSON path of the field; empty for the config as a whole. */
  path: string;
  message: string;
}

/**
 * The console text for config problems, one per line:
 * `Akkoord: invalid config (consent.json): categories[1].id: expected …`.
 * @param source where the config came from (file name or `inline`), named in the message
 */
export function formatConfigErrors(errors: ConfigIssue[], source = 'config'): string {
  return `Akkoord: invalid config (${source}): ${errors.map((e) => (e.path ? `${e.path}: ` : '') + e.message).join('\n  ')}`;
}

/**
 * Thrown by createConsent for an invalid config. Callers catch it and grant nothing, which is
 * what "fail closed" means here: no manager, so no gate, so no blocked script or embed runs.
 */
export class ConfigError extends Error {
  constructor(
    /** Every problem found, not only the first. */
    readonly errors: ConfigIssue[],
    source?: string,
  ) {
    super(formatConfigErrors(errors, source));
    this.name = 'ConfigError';
  }
}
