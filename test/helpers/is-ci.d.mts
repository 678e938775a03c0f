/**
 * True when the `CI` environment variable is set to anything but empty, `0` or `false` (any
 * case), so `CI=1` counts as CI as much as `CI=true`. `env` defaults to `process.env`.
 */
export declare function isCI(env?: Record<string, string | undefined>): boolean;
