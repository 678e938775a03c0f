#!/usr/bin/env node
/**
 * The `akkoord` command. Kept tiny at the top so `--help` starts fast: each command lives in its
 * own module (`<name>-command.ts`, declaring its options and what it does) that is imported only
 * when it runs, and only this file and node-io.ts touch Node.
 */
import { parseArgs } from 'node:util';
import type { CliCommand, CliOptions } from './cli-command.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './cli-usage-error.js';

/** Usage text. */
export const HELP = `akkoord — privacy statement, register and banner config from one declarations file

Usage:
  akkoord init [--lang nl|en]                      print a commented starter declarations file
  akkoord check <file> [--format text|json] [--lang nl|en] [--today YYYY-MM-DD]
                                                   check the file; exit code 1 on errors
  akkoord statement <file> --lang nl|en|all --format md|html|page|all [--out <dir>] [--force]
                                                   write the privacy statement
  akkoord register <file> [--format md|csv|json] [--lang nl|en] [--out <file>] [--force]
                                                   print the Art. 30 register
  akkoord banner-config <file> [--statement-url <url>] [--languages nl,en,de,fr]
                        [--layout box|bar] [--position bottom|bottom-left|bottom-right|middle]
                        [--out <file>] [--force]
                                                   print the banner config (consent.json) from
                                                   declarations, or expand the presets and add
                                                   the de/fr texts of a hand-written consent.json
  akkoord scan <url> [--declarations <file>] [--pages 20] [--format text|json|md|html]
                     [--out <file>] [--fail-on violation|undeclared|check|never] [--write <file>]
                                                   visit the site in Chromium before consent and
                                                   after accept/reject all; needs @akkoord/scanner
                                                   (all options: docs/scanner.md)

Options:
  --force    generate even when the check finds errors (warnings never block)
  --help     show this help

Files may be YAML or JSON. Documentation: docs/privacy-statement.md, docs/declarations.md and
docs/scanner.md.
`;

/** Every command, in the order `Valid: …` lists them; a loader may return undefined after saying why it cannot run. */
const COMMANDS: Record<string, (io: CliIo) => Promise<CliCommand | undefined>> = {
  init: async () => (await import('./init-command.js')).initCommand,
  check: async () => (await import('./check-command.js')).checkCommand,
  statement: async () => (await import('./statement-command.js')).statementCommand,
  register: async () => (await import('./register-command.js')).registerCommand,
  'banner-config': async () => (await import('./banner-config-command.js')).bannerConfigCommand,
  scan: async (io) => (await import('./scan-command.js')).loadScanCommand(io),
};

/**
 * Where the command name is: the first argument that names a command (so `--lang nl init` works
 * too), else the first that is not an option (reported as unknown), else -1.
 */
function commandAt(argv: readonly string[]): number {
  const known = argv.findIndex((a) => Object.hasOwn(COMMANDS, a));
  return known >= 0 ? known : argv.findIndex((a) => !a.startsWith('-'));
}

/**
 * Parses a command's arguments with node:util's `parseArgs` against the options it declares.
 * Not strict, so the errors can say what is valid: an unknown option is reported with the list,
 * a string option without a value (at the end, or followed by another `--option`) and a value on a
 * boolean option are usage errors. Returns undefined after reporting an unknown option.
 */
function parseCommandArgs(name: string, args: string[], options: CliOptions, io: CliIo) {
  const { values, positionals, tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const unknown = tokens.find((t) => t.kind === 'option' && !Object.hasOwn(options, t.name));
  if (unknown?.kind === 'option') {
    const valid = Object.keys(options)
      .map((f) => `--${f}`)
      .join(', ');
    io.stderr(`akkoord ${name}: unknown option ${unknown.rawName}. Valid: ${valid}.\n`);
    return undefined;
  }
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (options[t.name]?.type === 'boolean') {
      if (t.value !== undefined) throw new UsageError(`${t.rawName} takes no value.`);
    } else if (t.value === undefined || (!t.inlineValue && t.value.startsWith('--'))) {
      throw new UsageError(`${t.rawName} needs a value.`);
    }
  }
  return { values: values as Record<string, string | boolean | undefined>, positionals };
}

/**
 * Runs the CLI with injected io and returns the exit code: 0 success, 1 findings with errors,
 * 2 usage error. Never calls process.exit, so tests can run it in-process.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const at = commandAt(argv);
  const name = argv[at];
  const help = argv.some((a) => a === '-h' || a === '--help' || a.startsWith('--help='));
  if (help || name === undefined) {
    io.stdout(HELP);
    return help ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(`akkoord: unknown command "${name}". Valid: ${Object.keys(COMMANDS).join(', ')}. See akkoord --help.\n`);
    return 2;
  }
  const command = await load(io);
  if (!command) return 2;
  try {
    const parsed = parseCommandArgs(
      name,
      argv.filter((_, i) => i !== at),
      command.options,
      io,
    );
    if (!parsed) return 2;
    return await command.run(parsed.positionals, parsed.values, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`akkoord ${name}: ${e.message} See akkoord --help.\n`);
      return 2;
    }
    throw e;
  }
}

/** True when this module is the process entry (`node dist/cli.js` or the npm bin link). */
async function isEntry(): Promise<boolean> {
  if (typeof process === 'undefined' || !process.argv[1]) return false;
  const [{ realpathSync }, { pathToFileURL }] = await Promise.all([import('node:fs'), import('node:url')]);
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (await isEntry()) {
  const { nodeIo } = await import('./node-io.js');
  process.exitCode = await main(process.argv.slice(2), nodeIo);
}
