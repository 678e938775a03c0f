import { readFileSync } from 'node:fs';
import { loadSigningKey } from './checkpoint.js';
import type { CliCommand, CliValues } from './cli-command.js';
import { integer, oneOf, rateLimit, requireDb, stringValue } from './cli-values.js';
import { DEFAULT_PORT } from './constants.js';
import { createCollector } from './create-collector.js';
import { jsonLogger } from './json-logger.js';
import { openStore } from './open-store.js';
import { UsageError } from './usage-error.js';

/** `--allow-origin` values, each checked to be a bare origin (a path or trailing slash would never match `Origin`). */
function allowedOrigins(values: CliValues): string[] {
  const origins = (values['allow-origin'] as string[] | undefined) ?? [];
  for (const o of origins) {
    let ok = false;
    try {
      const u = new URL(o);
      ok = (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === o;
    } catch {
      // reported below
    }
    if (!ok)
      throw new UsageError(`--allow-origin: "${o}" is not an origin; use scheme://host[:port] without a path, e.g. https://www.example.nl`);
  }
  return origins;
}

/** The read-side bearer token from `--token-file`, or undefined (read side off). */
function readToken(file: string | undefined): string | undefined {
  if (!file) return undefined;
  let token: string;
  try {
    token = readFileSync(file, 'utf8').trim();
  } catch (e) {
    throw new UsageError(`--token-file: cannot read ${file} (${(e as Error).message})`);
  }
  if (token.length < 16) throw new UsageError(`--token-file: the token in ${file} is shorter than 16 characters`);
  return token;
}

/**
 * `akkoord-log serve --db … [options]`: runs the collector until SIGTERM or SIGINT, then shuts
 * down gracefully (pending records are acknowledged or refused, the store is closed) and resolves.
 */
export const serveCommand: CliCommand = {
  options: {
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
  },
  async run(values, io) {
    const db = requireDb('serve', values);
    const port = integer('port', stringValue(values, 'port'), DEFAULT_PORT, 0, 65535);
    const host = stringValue(values, 'host') ?? '127.0.0.1';
    const allowOrigins = allowedOrigins(values);
    const token = readToken(stringValue(values, 'token-file'));
    const basePath = stringValue(values, 'base-path') ?? '';
    if (basePath && !/^\/[A-Za-z0-9._~\-/]*$/.test(basePath))
      throw new UsageError(`--base-path: "${basePath}" must start with / and hold only letters, digits and - . _ ~ /`);
    const signingKeyFile = stringValue(values, 'signing-key');
    const signingKey = signingKeyFile ? loadSigningKey(signingKeyFile) : undefined;
    const minutes = integer('checkpoint-minutes', stringValue(values, 'checkpoint-minutes'), 10, 1, 10_080);
    const synchronous = oneOf('synchronous', stringValue(values, 'synchronous'), ['FULL', 'NORMAL'] as const, 'FULL');
    const options = {
      allowOrigins,
      token,
      basePath,
      signingKey,
      checkpointMs: minutes * 60_000,
      ip: oneOf('ip', stringValue(values, 'ip'), ['none', 'truncated'] as const, 'none'),
      userAgent: oneOf('user-agent', stringValue(values, 'user-agent'), ['off', 'coarse'] as const, 'off'),
      trustProxy: values['trust-proxy'] === true,
      rateLimit: rateLimit(stringValue(values, 'rate-limit')),
      log: jsonLogger(),
      now: io.now,
    };
    const store = await openStore(db, { synchronous, now: io.now });
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
  },
};
