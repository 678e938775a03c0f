/**
 * A command-line mistake (a missing argument, a value that is not one of the valid ones). The
 * dispatcher prints it as `akkoord <command>: <message> See akkoord --help.` and exits with 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
