/**
 * A command-line mistake: printed as one line naming the flag and what is valid, then
 * `Run akkoord-log --help for the options.`, exit code 2. The same shape as the `akkoord` CLI's
 * UsageError (packages/privacy-statement/src/cli-usage-error.ts); the two packages share no
 * dependency, and a published package for one line would cost more than it keeps in step.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
