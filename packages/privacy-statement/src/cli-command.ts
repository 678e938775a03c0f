import type { CliIo } from './cli-io.js';

/**
 * The options a command accepts, in the shape `parseArgs` from `node:util` takes (declared here
 * rather than imported so this module stays free of Node built-ins, see test/browser-safe.test.ts).
 * The key order is the order `Valid: …` lists them in.
 */
export type CliOptions = Readonly<Record<string, { readonly type: 'string' | 'boolean' }>>;

/** Parsed option values: a string for a string option, `true` for a boolean one, absent when not given. */
export type CliValues = Readonly<Record<string, string | boolean | undefined>>;

/**
 * One `akkoord` command: the options it declares (the only list of them; the dispatcher in cli.ts
 * parses and rejects anything else before `run`) and what it does. `run` gets the positional
 * arguments after the command name and returns the exit code; it throws `UsageError` for a bad value.
 */
export interface CliCommand {
  readonly options: CliOptions;
  run(args: readonly string[], values: CliValues, io: CliIo): Promise<number>;
}
