import type { CliCommand } from './cli-command.js';
import type { CliIo } from './cli-io.js';
import { requireDb, stringValue, stringValues } from './cli-values.js';
import { openStore } from './open-store.js';
import { SITE_PATTERN } from '@akkoord/consent-log';
import { newSiteToken } from './site-token.js';
import type { ReadToken, Store } from './types.js';
import { UsageError } from './usage-error.js';

/** Longest `--name`: a label for a list, not a document. */
const MAX_NAME = 100;

/** A time as the list shows it: ISO 8601 to the second, `-` when absent. */
function when(ms: number | undefined): string {
  return ms === undefined ? '-' : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Tokens as an aligned table, one per line, with a header line. */
function table(tokens: ReadToken[]): string {
  const rows = [
    ['id', 'name', 'sites', 'created', 'last used', 'revoked'],
    ...tokens.map((t) => [t.id, t.name ?? '-', t.sites.join(','), when(t.createdAt), when(t.lastUsedAt), when(t.revokedAt)]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map(
      (r) =>
        r
          .map((cell, i) => cell.padEnd(widths[i]))
          .join('  ')
          .trimEnd() + '\n',
    )
    .join('');
}

/** The sites and name of `token create`, checked before the store is opened. */
function createArgs(values: Parameters<CliCommand['run']>[0]): { sites: string[]; name: string | undefined } {
  const sites = [...new Set(stringValues(values, 'site'))].sort();
  if (!sites.length) throw new UsageError('token create: give at least one --site, e.g. --site www.bakker.nl');
  for (const s of sites)
    // A token for a site no record can name would read nothing: refuse it.
    if (!SITE_PATTERN.test(s))
      throw new UsageError(
        `--site: "${s}" is not a site id; use the host name the banner logs, e.g. www.bakker.nl (letters, digits, . - : [ ])`,
      );
  const name = stringValue(values, 'name');
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (name !== undefined && (!name.trim() || name.length > MAX_NAME || /[\x00-\x1f\x7f-\x9f]/.test(name)))
    throw new UsageError(`--name: give 1 to ${MAX_NAME} printable characters, e.g. --name "Bakker marketing"`);
  return { sites, name: name?.trim() };
}

/** `token create`: stores the hash, prints the token once on stdout (alone, for a pipe) and what it is on stderr. */
async function create(store: Store, io: CliIo, sites: string[], name: string | undefined): Promise<number> {
  const { token, tokenHash, id } = newSiteToken();
  const created: ReadToken = { id, sites, createdAt: (io.now ?? Date.now)() };
  if (name !== undefined) created.name = name;
  await store.access.addToken(created, tokenHash);
  io.stdout.write(token + '\n');
  io.stderr.write(
    `akkoord-log: token ${id}${name ? ` (${name})` : ''} reads ${sites.join(', ')}. It is shown only now: only its hash is stored. Revoke it with akkoord-log token revoke ${id}\n`,
  );
  // Not an error (a token may be made before a site goes live), but a misspelt site reads nothing.
  const known = new Set((await store.heads()).map((h) => h.site));
  const unknown = sites.filter((s) => !known.has(s));
  if (unknown.length) io.stderr.write(`akkoord-log: no records for ${unknown.join(', ')} yet; check the spelling if that is unexpected\n`);
  return 0;
}

/** `token revoke <id>`: 0 when revoked now or before, 1 when no token has this id. */
async function revoke(store: Store, io: CliIo, id: string): Promise<number> {
  const r = await store.access.revokeToken(id, (io.now ?? Date.now)());
  if (!r) {
    io.stderr.write(`akkoord-log: token revoke: no token with id "${id}"; akkoord-log token list shows the ids\n`);
    return 1;
  }
  const t = r.token;
  const what = `${t.id}${t.name ? ` (${t.name})` : ''} for ${t.sites.join(', ')}`;
  io.stdout.write(r.already ? `${what} was already revoked at ${when(t.revokedAt)}\n` : `revoked ${what}\n`);
  return 0;
}

/**
 * `akkoord-log token create|list|revoke --db …`: read tokens scoped to sites, for handing one
 * client's records to that client. Runs beside a serving collector (without the collector lock):
 * the collector looks every token up per request, so a new or revoked token counts at once.
 */
export const tokenCommand: CliCommand = {
  options: {
    db: { type: 'string' },
    site: { type: 'string', multiple: true },
    name: { type: 'string' },
  },
  maxArgs: 2,
  async run(values, io, args) {
    const [action, id] = args;
    if (action !== 'create' && action !== 'list' && action !== 'revoke')
      throw new UsageError(`token: ${action ? `unknown action "${action}"; ` : ''}use token create, token list or token revoke <id>`);
    if (action === 'revoke' && !id)
      throw new UsageError('token revoke: give the id of the token, e.g. token revoke 3f9a2c81d0e4 (see token list)');
    if (action !== 'revoke' && id !== undefined) throw new UsageError(`unexpected argument "${id}"`);
    const db = requireDb(`token ${action}`, values);
    const created = action === 'create' ? createArgs(values) : undefined;
    const store = await openStore(db, { now: io.now, lock: false });
    try {
      if (created) return await create(store, io, created.sites, created.name);
      if (action === 'revoke') return await revoke(store, io, id!);
      const tokens = await store.access.tokens();
      if (tokens.length) io.stdout.write(table(tokens));
      else io.stderr.write('akkoord-log: no read tokens; create one with akkoord-log token create --db … --site …\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
