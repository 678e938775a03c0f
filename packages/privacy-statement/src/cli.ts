#!/usr/bin/env node
/**
 * The `akkoord` command. Kept tiny at the top so `--help` starts fast: each command imports the
 * library only when it runs (lazy import), and only this file and node-io.ts touch Node.
 */
import { parseArgs } from './cli-args.js';
import type { CliIo } from './cli-io.js';

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
  akkoord banner-config <file> [--statement-url <url>] [--out <file>] [--force]
                                                   print the banner config (consent.json)
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

/** Flags each command accepts, for a clear error on a typo. */
const COMMAND_FLAGS: Record<string, string[]> = {
  init: ['lang'],
  check: ['format', 'lang', 'today'],
  statement: ['lang', 'format', 'out', 'force', 'today'],
  register: ['lang', 'format', 'out', 'force', 'today'],
  'banner-config': ['statement-url', 'out', 'force', 'today'],
  // Kept in step with @akkoord/scanner's SCAN_FLAGS (a test compares them); listed here so a typo
  // is caught before the scanner, which pulls in a browser driver, is loaded.
  scan: ['declarations', 'pages', 'concurrency', 'format', 'out', 'fail-on', 'lang', 'write', 'accept-selector', 'reject-selector', 'chromium', 'chromium-args', 'timeout'],
};

/**
 * Runs the CLI with injected io and returns the exit code: 0 success, 1 findings with errors,
 * 2 usage error. Never calls process.exit, so tests can run it in-process.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags } = parseArgs(argv);
  const [command, ...rest] = positionals;
  if (flags['help'] || !command) {
    io.stdout(HELP);
    return command || flags['help'] ? 0 : 2;
  }
  const allowed = COMMAND_FLAGS[command];
  if (!allowed) {
    io.stderr(`akkoord: unknown command "${command}". Valid: ${Object.keys(COMMAND_FLAGS).join(', ')}. See akkoord --help.\n`);
    return 2;
  }
  const unknown = Object.keys(flags).filter((f) => !allowed.includes(f) && f !== 'help');
  if (unknown.length) {
    io.stderr(`akkoord ${command}: unknown option --${unknown[0]}. Valid: ${allowed.map((f) => `--${f}`).join(', ')}.\n`);
    return 2;
  }
  const { runCommand } = await import('./cli-commands.js');
  return runCommand(command, rest, flags, io);
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
