import type { CliIo } from './cli-io.js';

/** The options a command accepts, in the shape node:util's `parseArgs` takes. */
export type CliOptions = Readonly<
  Record<string, { readonly type: 'string' | 'boolean'; readonly multiple?: boolean; readonly short?: string }>
>;

/** Parsed option values: a string (or strings, for a `multiple` option) or `true`; absent when not given. */
export type CliValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/**
 * One `akkoord-log` command: the options it reads (the only list of them; run-cli.ts parses with
 * all commands' options together) and what it does. `run` resolves with the exit code and throws
 * `UsageError` for a bad value.
 */
export interface CliCommand {
  readonly options: CliOptions;
  /** How many words may follow the command's name (`token revoke <id>`: 2). @default 0 */
  readonly maxArgs?: number;
  /** @param args the words after the command's name, at most {@link CliCommand.maxArgs}. */
  run(values: CliValues, io: CliIo, args: readonly string[]): Promise<number>;
}
