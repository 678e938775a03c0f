import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSigningKey, writeCheckpoints } from '../src/checkpoint.js';
import { exportCommand } from '../src/export-command.js';
import { keygenCommand } from '../src/keygen-command.js';
import { openStore } from '../src/open-store.js';
import { parseAge, purgeCommand } from '../src/purge-command.js';
import { HELP, runCli } from '../src/run-cli.js';
import { serveCommand } from '../src/serve-command.js';
import { hashSiteToken } from '../src/site-token.js';
import { tokenCommand } from '../src/token-command.js';
import { verifyCommand } from '../src/verify-command.js';
import { fakeClock, type FakeClock } from './helpers/fake-clock.js';
import { makeRecord } from './helpers/records.js';

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += chunk;
      done();
    },
  });
  return { stream, text: () => text };
}
async function cli(...args: string[]) {
  const out = sink();
  const err = sink();
  const code = await runCli(args, { stdout: out.stream, stderr: err.stream, now: clock.now });
  return { code, out: out.text(), err: err.text() };
}

let dir = '';
let db = '';
/** The clock of the CLI and of the store the records were written with. */
let clock: FakeClock;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'akkoord-cli-'));
  db = join(dir, 'c.db');
  clock = fakeClock();
  const store = await openStore(db, { now: clock.now });
  const { config: _c, ...r } = makeRecord();
  await store.append(
    [
      { ...r, configHash: 'c'.repeat(64) },
      { ...makeRecord({ site: 'shop.example.nl', config: undefined }), configHash: 'c'.repeat(64) },
    ],
    [],
  );
  await store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('akkoord-log', () => {
  it('prints help with every command', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    for (const c of [
      'serve',
      'verify',
      'export',
      'purge',
      'keygen',
      'token',
      '--allow-origin',
      '--token-file',
      '--base-path',
      '--signing-key',
    ])
      expect(r.out).toContain(c);
  });

  it('every option a command declares is in the help, with one type and repeatability across commands', () => {
    const commands = {
      serve: serveCommand,
      verify: verifyCommand,
      export: exportCommand,
      purge: purgeCommand,
      keygen: keygenCommand,
      token: tokenCommand,
    };
    // One parseArgs call reads every command's options: an option repeatable for one command and
    // not for another would reach one of them in the wrong shape (an array instead of a string).
    const shapes = new Map<string, string>();
    for (const [name, command] of Object.entries(commands)) {
      expect(HELP, name).toContain(`  ${name} `);
      for (const [option, spec] of Object.entries(command.options)) {
        expect(HELP, `${name} --${option}`).toContain(`--${option}`);
        const shape = `${spec.type}${spec.multiple ? ' multiple' : ''}`;
        expect(shapes.get(option) ?? shape, `--${option}`).toBe(shape);
        shapes.set(option, shape);
      }
    }
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"; use serve, verify, export, purge, keygen, token or report'],
    [['serve', 'extra', '--db', 'x.db'], 'unexpected argument "extra"'],
    [['keygen'], 'keygen: --out <file> is required'],
    [['verify'], '--db is required'],
    [['serve', '--db', 'x.db', '--port', 'eighty'], '--port: "eighty" is not valid; use a whole number from 0 to 65535'],
    [['serve', '--db', 'x.db', '--allow-origin', 'https://example.nl/path'], '--allow-origin: "https://example.nl/path" is not an origin'],
    [['serve', '--db', 'x.db', '--ip', 'full'], '--ip: "full" is not valid; use none or truncated'],
    [['serve', '--db', 'x.db', '--token-file', '/nonexistent/token'], '--token-file: cannot read'],
    [['purge', '--db', 'x.db', '--older-than', 'five years'], '--older-than: "five years" is not an age'],
    [['export', '--db', 'x.db', '--from', 'soon'], '--from: "soon" is not a date'],
    [['serve', '--nope'], "Unknown option '--nope'"],
    [['token', '--db', 'x.db'], 'token: use token create, token list or token revoke <id>'],
    [['token', 'make', '--db', 'x.db'], 'token: unknown action "make"; use token create'],
    [['token', 'create'], 'token create: --db is required'],
    [['token', 'create', '--db', 'x.db'], 'token create: give at least one --site'],
    [['token', 'create', '--db', 'x.db', '--site', 'www.bakker.nl/shop'], '--site: "www.bakker.nl/shop" is not a site id'],
    [['token', 'create', '--db', 'x.db', '--site', 'a.nl', '--name', ' '], '--name: give 1 to 100 printable characters'],
    [['token', 'revoke', '--db', 'x.db'], 'token revoke: give the id of the token'],
    [['token', 'list', 'extra', '--db', 'x.db'], 'unexpected argument "extra"'],
    [['token', 'revoke', 'a', 'b', '--db', 'x.db'], 'unexpected argument "b"'],
  ])('%j fails with exit 2 naming the flag and what is valid', async (args, message) => {
    const r = await cli(...args.map((a) => (a === 'x.db' ? db : a)));
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('verifies, and fails with exit 1 at the tampered row', async () => {
    const ok = await cli('verify', '--db', db);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ ok: true, records: 2 });
    const raw = new Database(db);
    raw.prepare("UPDATE consent_records SET revision = '4' WHERE site = 'shop.example.nl'").run();
    raw.close();
    const bad = await cli('verify', '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('chain broken at site shop.example.nl seq 1');
  });

  it('verifies, exports and purges beside a collector holding the file, and verify --all lists every problem', async () => {
    const serving = await openStore(db); // holds the collector lock, as `serve` does
    expect((await cli('verify', '--db', db)).code).toBe(0);
    expect((await cli('export', '--db', db)).out.trim().split('\n')).toHaveLength(2);
    expect((await cli('purge', '--db', db)).code).toBe(0);
    await serving.close();
    const raw = new Database(db);
    raw.prepare("UPDATE consent_records SET revision = '4'").run();
    raw.close();
    const first = await cli('verify', '--db', db);
    expect(first.err.trim().split('\n')).toEqual([
      'akkoord-log: chain broken at site shop.example.nl seq 1: record content does not match its hash (altered)',
    ]);
    const all = await cli('verify', '--db', db, '--all');
    expect(all.code).toBe(1);
    expect(all.err.trim().split('\n')).toEqual([
      'akkoord-log: chain broken at site shop.example.nl seq 1: record content does not match its hash (altered)',
      'akkoord-log: chain broken at site www.example.nl seq 1: record content does not match its hash (altered)',
    ]);
    expect(JSON.parse(all.out)).toMatchObject({
      ok: false,
      site: 'shop.example.nl',
      sites: 2,
      records: 2,
      problems: [{ site: 'shop.example.nl' }, { site: 'www.example.nl' }],
    });
  });

  it('makes a key pair and verifies checkpoints signed with it', async () => {
    const key = join(dir, 'signing.pem');
    expect((await cli('keygen', '--out', key)).code).toBe(0);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(`${key}.pub`, 'utf8')).toContain('BEGIN PUBLIC KEY');
    expect((await cli('keygen', '--out', key)).code).toBe(2); // never overwrites a key
    const store = await openStore(db);
    await writeCheckpoints(store, loadSigningKey(key));
    await store.close();
    const r = await cli('verify', '--db', db, '--public-key', `${key}.pub`);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, checkpoints: 2 });
  });

  it('exports CSV to a file and NDJSON to stdout', async () => {
    const out = join(dir, 'x.csv');
    expect((await cli('export', '--db', db, '--format', 'csv', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\r\n')).toHaveLength(3);
    const nd = await cli('export', '--db', db, '--site', 'shop.example.nl');
    expect(
      nd.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).site),
    ).toEqual(['shop.example.nl']);
  });

  it('exports several sites with a repeated --site, in site order', async () => {
    const r = await cli('export', '--db', db, '--site', 'www.example.nl', '--site', 'shop.example.nl', '--site', 'none.example.nl');
    expect(r.code).toBe(0);
    expect(
      r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).site),
    ).toEqual(['shop.example.nl', 'www.example.nl']);
  });

  it('creates a site token printed once and stored as a hash, lists it without the token, and revokes it', async () => {
    const serving = await openStore(db); // runs beside a collector holding the file
    clock.advance(1_000);
    const made = await cli(
      'token',
      'create',
      '--db',
      db,
      '--site',
      'www.example.nl',
      '--site',
      'shop.example.nl',
      '--name',
      'Bakker marketing',
    );
    expect(made.code).toBe(0);
    const token = made.out.trim();
    expect(made.out).toBe(token + '\n'); // the token alone on stdout: `> file` or a pipe takes just it
    expect(token).toMatch(/^akk_[A-Za-z0-9_-]{43}$/);
    const id = /token ([0-9a-f]{12}) \(Bakker marketing\) reads shop.example.nl, www.example.nl\. It is shown only now/.exec(made.err)?.[1];
    expect(id).toBeDefined();
    expect(made.err).not.toContain('no records for');
    const other = await cli('token', 'create', '--db', db, '--site', 'www.typo.nl');
    expect(other.err).toContain('no records for www.typo.nl yet');
    expect(other.out.trim()).not.toBe(token);
    await serving.close();

    // In the database: the SHA-256 of the token, never the token.
    const raw = new Database(db, { readonly: true });
    const rows = raw.prepare('SELECT * FROM read_tokens ORDER BY created_at, id').all() as { id: string; token_hash: string }[];
    raw.close();
    expect(rows.find((r) => r.id === id)?.token_hash).toBe(hashSiteToken(token));
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
    for (const file of [db, `${db}-wal`].filter((f) => existsSync(f)))
      expect(readFileSync(file).includes(token.slice(4)), file).toBe(false);

    const list = await cli('token', 'list', '--db', db);
    const lines = list.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id +name +sites +created +last used +revoked$/);
    expect(lines.find((l) => l.startsWith(id!))).toMatch(
      /^[0-9a-f]{12} +Bakker marketing +shop\.example\.nl,www\.example\.nl +2026-01-01T00:00:01Z +- +-$/,
    );
    expect(list.out).not.toContain(token.slice(4));

    clock.advance(60_000);
    const revoked = await cli('token', 'revoke', id!, '--db', db);
    expect(revoked).toMatchObject({ code: 0, out: `revoked ${id} (Bakker marketing) for shop.example.nl, www.example.nl\n` });
    clock.advance(60_000);
    const again = await cli('token', 'revoke', id!, '--db', db);
    expect(again).toMatchObject({ code: 0, out: expect.stringContaining('was already revoked at 2026-01-01T00:01:01Z') });
    expect((await cli('token', 'list', '--db', db)).out).toMatch(/Bakker marketing .* 2026-01-01T00:01:01Z\n/);
    const unknown = await cli('token', 'revoke', 'ffffffffffff', '--db', db);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no token with id "ffffffffffff"');
  });

  it('says when there are no tokens', async () => {
    const r = await cli('token', 'list', '--db', db);
    expect(r).toMatchObject({ code: 0, out: '', err: expect.stringContaining('no read tokens; create one with akkoord-log token create') });
  });

  it('purges by age and stays verifiable', async () => {
    const keep = await cli('purge', '--db', db);
    expect(JSON.parse(keep.out)).toMatchObject({ ok: true, records: 0 });
    // Received at the clock's time: not yet older than 0 days, one millisecond later they are.
    expect(JSON.parse((await cli('purge', '--db', db, '--older-than', '0d')).out)).toMatchObject({ records: 0 });
    clock.advance();
    const all = await cli('purge', '--db', db, '--older-than', '0d');
    expect(JSON.parse(all.out)).toMatchObject({ records: 2, before: new Date(clock.now()).toISOString() });
    expect((await cli('verify', '--db', db)).code).toBe(0);
  });

  it('reads ages in days, weeks, months and years', () => {
    expect(parseAge('400d')).toBe(400 * 864e5);
    expect(parseAge('2w')).toBe(14 * 864e5);
    expect(parseAge('5y')).toBeGreaterThan(parseAge('13m'));
  });
});
