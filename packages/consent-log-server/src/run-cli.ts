import { parseArgs } from 'node:util';
import type { CliCommand, CliOptions } from './cli-command.js';
import type { CliIo } from './cli-io.js';
import { DEFAULT_PORT, DEFAULT_RATE_LIMIT } from './constants.js';
import { exportCommand } from './export-command.js';
import { keygenCommand } from './keygen-command.js';
import { purgeCommand } from './purge-command.js';
import { reportCommand } from './report-command.js';
import { serveCommand } from './serve-command.js';
import { tokenCommand } from './token-command.js';
import { UsageError } from './usage-error.js';
import { verifyCommand } from './verify-command.js';

/** Text of `akkoord-log --help`. */
export const HELP = `akkoord-log — proof-of-consent collector

Usage: akkoord-log <command> [options]

Commands
  serve     Run the collector (POST /v1/consents, read side, /healthz)
  verify    Check every hash chain link, config snapshot and checkpoint signature
  export    Write records as NDJSON or CSV
  purge     Delete records older than the retention period, keeping the chain verifiable
  keygen    Create an Ed25519 key pair for signed checkpoints
  token     Create, list and revoke read tokens scoped to sites
  report    Write consent statistics of sites as one self-contained HTML file

Common
  --db <file|url>        SQLite file (created if missing) or postgres://user@host/db  (required)

serve
  --port <n>             default ${DEFAULT_PORT}
  --host <address>       default 127.0.0.1 (put a reverse proxy in front)
  --allow-origin <url>   page origin allowed to post cross-origin, e.g. https://www.example.nl (repeatable)
  --token-file <file>    file holding the read-side bearer token (16+ characters); read side off without it
  --base-path <path>     mount the API under this path, e.g. /_k (default: /)
  --signing-key <file>   Ed25519 private key (PEM): sign chain heads as checkpoints
  --checkpoint-minutes <n>  default 10
  --ip <none|truncated>  store nothing (default) or IPv4 /24, IPv6 /48
  --user-agent <off|coarse>  default off
  --trust-proxy          client address from the last X-Forwarded-For entry
  --rate-limit <burst/perSecond|off>  default ${DEFAULT_RATE_LIMIT.burst}/${DEFAULT_RATE_LIMIT.perSecond}
  --synchronous <FULL|NORMAL>  SQLite durability, default FULL (see docs/consent-log.md)

verify
  --public-key <file>    check checkpoint signatures (a private key file works too)
  --all                  list every problem, not only the first

export
  --site <site>  --from <date|ms>  --to <date|ms>  --format <ndjson|csv>  --out <file> (default stdout)
                         --site is repeatable; without it every site

purge
  --older-than <age>     e.g. 5y, 13m, 400d (default 5y)

keygen
  --out <file>           private key file (mode 600); the public key goes to <file>.pub

token create --db … --site <site> [--site …] [--name <text>]
                         print a new read token for these sites, once (only its hash is stored)
token list --db …        id, name, sites, created, last used, revoked (never the token)
token revoke --db … <id> the token stops working at once

report --db … --site <site> [--site …]
  --from <date|ms>  --to <date|ms>  (from inclusive, to exclusive; default: all time)
  --by <day|week>        default day
  --lang <nl|en>         language it opens in (both are included), default nl
  --out <file>           e.g. report.html (default stdout)
`;

/** Every command, in the order the unknown-command message lists them. */
const COMMANDS: Record<string, CliCommand> = {
  serve: serveCommand,
  verify: verifyCommand,
  export: exportCommand,
  purge: purgeCommand,
  keygen: keygenCommand,
  token: tokenCommand,
  report: reportCommand,
};

/**
 * What the command line is parsed with: every command's options together, as before the split
 * (an option of another command is accepted and ignored, so one option set can serve several
 * commands, e.g. a serve command line for verify). Each command declares only what it reads.
 */
const OPTIONS: CliOptions = Object.assign({ help: { type: 'boolean', short: 'h' } }, ...Object.values(COMMANDS).map((c) => c.options));

/**
 * Runs `akkoord-log` with the given arguments; resolves with the exit code. `serve` resolves only
 * after a graceful shutdown (SIGTERM or SIGINT).
 */
export async function runCli(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr.write(`akkoord-log: ${msg}\n${e instanceof UsageError ? 'Run akkoord-log --help for the options.\n' : ''}`);
    return e instanceof UsageError ? 2 : 1;
  }
}

/** Parses, then hands the values to the one command named; usage mistakes throw UsageError. */
async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const name = positionals[0];
  if (values['help'] || !name || name === 'help') {
    io.stdout.write(HELP);
    return name || values['help'] ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  const extra = positionals[1 + (command?.maxArgs ?? 0)];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  if (!command) {
    const names = Object.keys(COMMANDS);
    throw new UsageError(`unknown command "${name}"; use ${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);
  }
  return command.run(values, io, positionals.slice(1));
}
