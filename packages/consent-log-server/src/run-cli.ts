import { chmodSync, createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { generateSigningKey, loadSigningKey, loadVerifyKey } from './checkpoint.js';
import { DEFAULT_PORT, DEFAULT_RATE_LIMIT } from './constants.js';
import { createCollector } from './create-collector.js';
import { csvHeader, exportLine, iterateRecords, type ExportFormat } from './export-records.js';
import { jsonLogger } from './json-logger.js';
import { openStore } from './open-store.js';
import type { RateLimit } from './rate-limiter.js';
import { verifyChain } from './verify-chain.js';

/** A command-line mistake: printed as one line naming the flag and what is valid, exit code 2. */
export class UsageError extends Error {}

/** Text of `akkoord-log --help`. */
export const HELP = `akkoord-log — proof-of-consent collector

Usage: akkoord-log <command> [options]

Commands
  serve     Run the collector (POST /v1/consents, read side, /healthz)
  verify    Check every hash chain link and checkpoint signature
  export    Write records as NDJSON or CSV
  purge     Delete records older than the retention period, keeping the chain verifiable
  keygen    Create an Ed25519 key pair for signed checkpoints

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

export
  --site <site>  --from <date|ms>  --to <date|ms>  --format <ndjson|csv>  --out <file> (default stdout)

purge
  --older-than <age>     e.g. 5y, 13m, 400d (default 5y)

keygen
  --out <file>           private key file (mode 600); the public key goes to <file>.pub
`;

const OPTIONS = {
  db: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'allow-origin': { type: 'string', multiple: true },
  'token-file': { type: 'string' },
  'base-path': { type: 'string' },
  'signing-key': { type: 'string' },
  'checkpoint-minutes': { type: 'string' },
  ip: { type: 'string' },
  'user-agent': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  'rate-limit': { type: 'string' },
  synchronous: { type: 'string' },
  'public-key': { type: 'string' },
  site: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'older-than': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Milliseconds in an age such as `5y`, `13m`, `400d`, `2w`. */
export function parseAge(text: string): number {
  const m = /^(\d+)([dwmy])$/.exec(text);
  if (!m) throw new UsageError(`--older-than: "${text}" is not an age; use a number and d, w, m or y (e.g. 5y, 13m, 400d)`);
  const days = { d: 1, w: 7, m: 30.44, y: 365.25 }[m[2] as 'd' | 'w' | 'm' | 'y'];
  return Math.round(Number(m[1]) * days * 864e5);
}

function oneOf<T extends string>(flag: string, value: string | undefined, valid: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!valid.includes(value as T)) throw new UsageError(`--${flag}: "${value}" is not valid; use ${valid.join(' or ')}`);
  return value as T;
}

function integer(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${flag}: "${value}" is not valid; use a whole number from ${min} to ${max}`);
  return n;
}

function time(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(t)) throw new UsageError(`--${flag}: "${value}" is not a date; use 2025-01-31, 2025-01-31T12:00:00Z or ms since 1970`);
  return t;
}

function rateLimit(value: string | undefined): RateLimit | false {
  if (value === undefined) return { ...DEFAULT_RATE_LIMIT };
  if (value === 'off') return false;
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[2]) <= 0) throw new UsageError(`--rate-limit: "${value}" is not valid; use burst/perSecond such as 60/10, or off`);
  return { burst: Number(m[1]), perSecond: Number(m[2]) };
}

/** Where the CLI writes; tests pass their own streams. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
}

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

async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  const command = positionals[0];
  if (v.help || !command || command === 'help') {
    io.stdout.write(HELP);
    return command || v.help ? 0 : 2;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  if (command === 'keygen') {
    const out = v.out;
    if (!out) throw new UsageError('keygen: --out <file> is required (the private key is written there)');
    if (existsSync(out)) throw new UsageError(`keygen: ${out} exists; refusing to overwrite a key`);
    const k = generateSigningKey();
    writeFileSync(out, k.privateKeyPem, { mode: 0o600 });
    chmodSync(out, 0o600);
    writeFileSync(`${out}.pub`, k.publicKeyPem);
    io.stdout.write(`private key: ${out}\npublic key:  ${out}.pub (publish or hand this to whoever verifies)\n`);
    return 0;
  }
  if (!['serve', 'verify', 'export', 'purge'].includes(command)) {
    throw new UsageError(`unknown command "${command}"; use serve, verify, export, purge or keygen`);
  }
  if (!v.db) throw new UsageError(`${command}: --db is required (a SQLite file such as consents.db, or a postgres:// URL)`);
  if (command === 'serve') return serve(v, io);
  const store = await openStore(v.db);
  try {
    if (command === 'verify') {
      const keyFile = v['public-key'] ?? v['signing-key'];
      const result = await verifyChain(store, keyFile ? loadVerifyKey(keyFile) : undefined);
      io.stdout.write(JSON.stringify(result) + '\n');
      if (!result.ok) io.stderr.write(`akkoord-log: chain broken at site ${result.site}${result.seq ? ` seq ${result.seq}` : ''}: ${result.reason}\n`);
      return result.ok ? 0 : 1;
    }
    if (command === 'export') {
      const format = oneOf<ExportFormat>('format', v.format, ['ndjson', 'csv'], 'ndjson');
      const query = { site: v.site, from: time('from', v.from), to: time('to', v.to) };
      const out: Writable = v.out ? createWriteStream(v.out) : io.stdout;
      if (format === 'csv') out.write(csvHeader());
      let n = 0;
      for await (const r of iterateRecords(store, query)) {
        if (!out.write(exportLine(r, format))) await new Promise((ok) => out.once('drain', ok));
        n++;
      }
      if (v.out) await new Promise((ok) => out.end(ok));
      io.stderr.write(`akkoord-log: exported ${n} records\n`);
      return 0;
    }
    const age = parseAge(v['older-than'] ?? '5y');
    const result = await store.purge(Date.now() - age);
    io.stdout.write(JSON.stringify({ ok: true, before: new Date(Date.now() - age).toISOString(), ...result }) + '\n');
    return 0;
  } finally {
    await store.close();
  }
}

async function serve(v: Record<string, string | string[] | boolean | undefined>, io: CliIo): Promise<number> {
  const port = integer('port', v.port as string | undefined, DEFAULT_PORT, 0, 65535);
  const host = (v.host as string | undefined) ?? '127.0.0.1';
  const origins = (v['allow-origin'] as string[] | undefined) ?? [];
  for (const o of origins) {
    let ok = false;
    try {
      const u = new URL(o);
      ok = (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === o;
    } catch {
      // reported below
    }
    if (!ok) throw new UsageError(`--allow-origin: "${o}" is not an origin; use scheme://host[:port] without a path, e.g. https://www.example.nl`);
  }
  let token: string | undefined;
  if (v['token-file']) {
    try {
      token = readFileSync(v['token-file'] as string, 'utf8').trim();
    } catch (e) {
      throw new UsageError(`--token-file: cannot read ${v['token-file']} (${(e as Error).message})`);
    }
    if (token.length < 16) throw new UsageError(`--token-file: the token in ${v['token-file']} is shorter than 16 characters`);
  }
  const basePath = (v['base-path'] as string | undefined) ?? '';
  if (basePath && !/^\/[A-Za-z0-9._~\-/]*$/.test(basePath)) throw new UsageError(`--base-path: "${basePath}" must start with / and hold only letters, digits and - . _ ~ /`);
  const signingKey = v['signing-key'] ? loadSigningKey(v['signing-key'] as string) : undefined;
  const minutes = integer('checkpoint-minutes', v['checkpoint-minutes'] as string | undefined, 10, 1, 10_080);
  const synchronous = oneOf('synchronous', v.synchronous as string | undefined, ['FULL', 'NORMAL'] as const, 'FULL');
  const options = {
    allowOrigins: origins,
    token,
    basePath,
    signingKey,
    checkpointMs: minutes * 60_000,
    ip: oneOf('ip', v.ip as string | undefined, ['none', 'truncated'] as const, 'none'),
    userAgent: oneOf('user-agent', v['user-agent'] as string | undefined, ['off', 'coarse'] as const, 'off'),
    trustProxy: Boolean(v['trust-proxy']),
    rateLimit: rateLimit(v['rate-limit'] as string | undefined),
    log: jsonLogger(),
  };
  const store = await openStore(v.db as string, { synchronous });
  const collector = createCollector({ store, ...options });
  await collector.listen(port, host);
  await new Promise<void>((done) => {
    const stop = (signal: string) => {
      options.log('info', 'shutting down', { signal });
      collector.close().then(done, (e: Error) => {
        io.stderr.write(`akkoord-log: shutdown failed: ${e.message}\n`);
        done();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}
