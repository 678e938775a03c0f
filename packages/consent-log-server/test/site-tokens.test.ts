/**
 * Site tokens (issue 15, "Access per site"): one collector for an agency's sites, each client
 * holding a token that reads its own sites only. Another site's data must answer exactly as data
 * that does not exist, byte for byte, on both stores.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '@akkoord/consent-log';
import { createCollector, type Collector, type CollectorOptions } from '../src/create-collector.js';
import type { Logger } from '../src/json-logger.js';
import { runCli } from '../src/run-cli.js';
import { hashSiteToken, siteTokenHashMatches } from '../src/site-token.js';
import { startPostgres } from './helpers/postgres.js';
import { makeRecord, postJson } from './helpers/records.js';
import { storeFactories, type TestStore } from './helpers/stores.js';

const cluster = await startPostgres();
afterAll(async () => cluster?.stop());

const ADMIN = 'admin-token-0123456789';
const BAKKER = 'www.bakker.nl';
const JANSEN = 'www.jansen.nl';
/** Each site's banner texts, and one set both show (stored once, under the site that sent it first). */
const BAKKER_CONFIG = { revision: '1', texts: { nl: 'Bakker' } };
const JANSEN_CONFIG = { revision: '1', texts: { nl: 'Jansen' } };
const SHARED_CONFIG = { revision: '1', texts: { nl: 'Standaardbanner van het bureau' } };
const sha = (config: unknown) => createHash('sha256').update(canonicalJson(config)).digest('hex');
/** Consent ids: one per site, and one a visitor's cookie carried on both sites. */
const CB = 'bakker-visitor-0001';
const CJ = 'jansen-visitor-0001';
const BOTH = 'both-sites-visitor-01';

/** A whole answer: status, every header but `date` (the clock's second), and the body's bytes. */
interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

async function read(base: string, path: string, token?: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(base + path, { headers: { ...(token === undefined ? {} : { authorization: `Bearer ${token}` }), ...headers } });
  const body = Buffer.from(await res.arrayBuffer()).toString('latin1');
  const all = Object.fromEntries([...res.headers].filter(([k]) => k !== 'date'));
  return { status: res.status, headers: all, body };
}

describe.each(storeFactories(cluster))('site tokens on %s', (_name, makeStore) => {
  let ts: TestStore;
  let collector: Collector | undefined;
  let base = '';
  let lines: Record<string, unknown>[] = [];
  const log: Logger = (level, msg, fields) => lines.push({ level, msg, ...fields });

  /** Runs `akkoord-log` in-process on the test database; stdout, stderr, exit code. */
  const cli = async (...args: string[]) => {
    let out = '';
    let err = '';
    const sink = (add: (s: string) => void) =>
      new Writable({
        write(chunk, _e, done) {
          add(String(chunk));
          done();
        },
      });
    const code = await runCli([...args, '--db', ts.db], {
      stdout: sink((s) => (out += s)),
      stderr: sink((s) => (err += s)),
      now: ts.clock.now,
    });
    return { code, out, err };
  };
  /** `token create` for these sites; the token text and its id (from `token list`). */
  const createToken = async (...sites: string[]) => {
    const r = await cli('token', 'create', ...sites.flatMap((s) => ['--site', s]), '--name', `for ${sites.join(' and ')}`);
    expect(r.code).toBe(0);
    const token = r.out.trim();
    const id = /token ([0-9a-f]{12})/.exec(r.err)![1]!;
    return { token, id };
  };

  const start = async (opts: Partial<CollectorOptions> = {}) => {
    collector = createCollector({ store: ts.store, token: ADMIN, log, rateLimit: false, now: ts.clock.now, ...opts });
    base = `http://127.0.0.1:${(await collector.listen(0, '127.0.0.1')).port}`;
  };

  /** Two sites with records, snapshots and a shared banner text; Jansen names the shared text later than Bakker. */
  const seed = async () => {
    const post = async (r: Parameters<typeof makeRecord>[0]) =>
      expect((await postJson(`${base}/v1/consents`, makeRecord({ page: `https://${r!.site}/`, ...r }))).status).toBe(200);
    await post({ site: BAKKER, consentId: CB, config: BAKKER_CONFIG, revision: '=1+1' });
    await post({ site: BAKKER, consentId: CB, config: SHARED_CONFIG, action: 'withdraw' });
    await post({ site: BAKKER, consentId: BOTH, config: undefined, configHash: sha(BAKKER_CONFIG) });
    ts.clock.advance(5_000);
    await post({ site: JANSEN, consentId: CJ, config: JANSEN_CONFIG });
    await post({ site: JANSEN, consentId: BOTH, config: undefined, configHash: sha(JANSEN_CONFIG) });
    ts.clock.advance(5_000);
    await post({ site: JANSEN, consentId: CJ, config: undefined, configHash: sha(SHARED_CONFIG), action: 'accept-all' });
    lines = [];
  };

  beforeEach(async () => {
    ts = await makeStore();
    lines = [];
  });
  afterEach(async () => {
    await collector?.close();
    collector = undefined;
    await ts.cleanup();
  });

  it("answers every read endpoint with another site's token exactly as for data that does not exist", async () => {
    await start();
    await seed();
    const bakker = await createToken(BAKKER);
    const empty = await createToken('www.leeg.nl'); // a site with no records at all
    const unknownId = 'nobody-has-this-id';
    const unknownHash = randomBytes(32).toString('hex');
    const pairs: [string, string, string][] = [
      ['consents', `/v1/consents/${CJ}`, `/v1/consents/${unknownId}`],
      ['snapshots', `/v1/snapshots/${sha(JANSEN_CONFIG)}`, `/v1/snapshots/${unknownHash}`],
      ['export', `/v1/export?site=${JANSEN}`, '/v1/export?site=www.nowhere.nl'],
      ['export csv', `/v1/export?site=${JANSEN}&format=csv`, '/v1/export?site=www.nowhere.nl&format=csv'],
      [
        'export range',
        `/v1/export?site=${JANSEN}&from=2000-01-01&to=2100-01-01`,
        '/v1/export?site=www.nowhere.nl&from=2000-01-01&to=2100-01-01',
      ],
    ];
    for (const [what, theirs, nothing] of pairs) {
      // The data is there: the admin token reads it.
      const admin = await read(base, theirs, ADMIN);
      expect(admin.status, what).toBe(200);
      expect(admin.body, what).toContain(JANSEN);
      for (const t of [bakker.token, empty.token]) {
        const got = await read(base, theirs, t);
        expect(got, what).toEqual(await read(base, nothing, t));
        expect(got.body, what).not.toContain(JANSEN);
      }
    }
    // The "nothing there" answers are the usual ones.
    expect((await read(base, `/v1/consents/${CJ}`, bakker.token)).status).toBe(404);
    expect((await read(base, `/v1/export?site=${JANSEN}&format=csv`, bakker.token)).body).toMatch(/^site,seq,id,[^\n]*\r\n$/);
    // A token for a site without records sees nothing, not even the Bakker data.
    expect(await read(base, `/v1/consents/${CB}`, empty.token)).toEqual(await read(base, `/v1/consents/${unknownId}`, empty.token));
    expect((await read(base, '/v1/export', empty.token)).body).toBe('');
  });

  it('shows a site token its own records, snapshots and export, and nothing of the other site', async () => {
    await start();
    await seed();
    const bakker = await createToken(BAKKER);
    const jansen = await createToken(JANSEN);
    const both = await createToken(JANSEN, BAKKER);
    const json = async (path: string, token: string) => JSON.parse((await read(base, path, token)).body);

    expect((await json(`/v1/consents/${CB}`, bakker.token)).records).toHaveLength(2);
    // One visitor id on both sites: each token sees its own site's record only, the admin both.
    expect((await json(`/v1/consents/${BOTH}`, bakker.token)).records.map((r: { site: string }) => r.site)).toEqual([BAKKER]);
    expect((await json(`/v1/consents/${BOTH}`, jansen.token)).records.map((r: { site: string }) => r.site)).toEqual([JANSEN]);
    expect((await json(`/v1/consents/${BOTH}`, ADMIN)).records).toHaveLength(2);

    // Export without `site`: the token's sites only, in the export's order (site, then seq).
    const csv = (await read(base, '/v1/export?format=csv', bakker.token)).body.trim().split('\r\n');
    expect(csv).toHaveLength(1 + 3);
    expect(csv.slice(1).every((l) => l.startsWith(`${BAKKER},`))).toBe(true);
    expect(csv.join('\n')).toContain("'=1+1"); // the formula guard still applies
    const nd = (await read(base, '/v1/export', both.token)).body.trim().split('\n');
    expect(nd.map((l) => `${JSON.parse(l).site}#${JSON.parse(l).seq}`)).toEqual([
      `${BAKKER}#1`,
      `${BAKKER}#2`,
      `${BAKKER}#3`,
      `${JANSEN}#1`,
      `${JANSEN}#2`,
      `${JANSEN}#3`,
    ]);
    // The two-site token's export is the admin's (there are only these two sites).
    expect((await read(base, '/v1/export', both.token)).body).toBe((await read(base, '/v1/export', ADMIN)).body);
    expect((await read(base, `/v1/export?site=${JANSEN}`, jansen.token)).body.trim().split('\n')).toHaveLength(3);

    // Own snapshots as stored.
    expect(await json(`/v1/snapshots/${sha(BAKKER_CONFIG)}`, bakker.token)).toMatchObject({ site: BAKKER, config: BAKKER_CONFIG });
    // The shared text was stored under Bakker; Jansen names it too and sees it as its own, with the
    // time of its own first record naming it: nothing says another site showed it first.
    const stored = await json(`/v1/snapshots/${sha(SHARED_CONFIG)}`, ADMIN);
    const forJansen = await json(`/v1/snapshots/${sha(SHARED_CONFIG)}`, jansen.token);
    expect(stored).toMatchObject({ site: BAKKER, config: SHARED_CONFIG });
    expect(forJansen).toEqual({ ...stored, site: JANSEN, createdAt: stored.createdAt + 10_000 });
    expect(JSON.stringify(forJansen)).not.toContain(BAKKER);
  });

  it('answers a revoked token, a garbage token and no token alike, and writes no token to the audit log', async () => {
    await start();
    await seed();
    const bakker = await createToken(BAKKER);
    const revoked = await createToken(BAKKER);
    const path = `/v1/consents/${CB}`;
    expect((await read(base, path, revoked.token)).status).toBe(200);
    expect((await cli('token', 'revoke', revoked.id)).code).toBe(0);
    const garbage = await read(base, path, 'akk_' + randomBytes(32).toString('base64url'));
    expect(garbage.status).toBe(401);
    expect(await read(base, path, revoked.token)).toEqual(garbage); // revoked at once, by another process
    expect(await read(base, path, 'x')).toEqual(garbage);
    expect(await read(base, path)).toEqual(garbage);
    expect(await read(base, path, bakker.token.slice(0, -1))).toEqual(garbage);
    expect(await read(base, path, `${ADMIN}x`)).toEqual(garbage);
    expect(garbage.body).toBe('{"error":"unauthorized","message":"send Authorization: Bearer <token>"}');
    expect((await read(base, path, bakker.token)).status).toBe(200);
    const logged = JSON.stringify(lines);
    for (const t of [bakker.token, revoked.token, ADMIN]) expect(logged).not.toContain(t.slice(4));
  });

  it('writes one audit line per read: who, which sites, what, when, with what answer', async () => {
    await start();
    await seed();
    const bakker = await createToken(BAKKER);
    const created = ts.clock.now();
    ts.clock.advance(2_000);
    await read(base, `/v1/consents/${CB}`, bakker.token);
    await read(base, `/v1/snapshots/${sha(JANSEN_CONFIG)}`, bakker.token);
    await read(base, `/v1/export?site=${BAKKER}&from=2026-01-01&format=csv`, bakker.token);
    await read(base, `/v1/consents/${CJ}`, ADMIN);
    await read(base, `/v1/export`, 'wrong-token');
    // The line is written when the answer ends; give the last close event a moment.
    await new Promise((ok) => setTimeout(ok, 50));
    const reads = lines.filter((l) => l['msg'] === 'read');
    expect(reads).toEqual([
      expect.objectContaining({ level: 'info', endpoint: 'consents', token: bakker.id, sites: BAKKER, consentId: CB, status: 200 }),
      expect.objectContaining({ endpoint: 'snapshots', token: bakker.id, sites: BAKKER, hash: sha(JANSEN_CONFIG), status: 404 }),
      expect.objectContaining({
        endpoint: 'export',
        token: bakker.id,
        site: BAKKER,
        from: '2026-01-01',
        format: 'csv',
        status: 200,
        complete: true,
      }),
      expect.objectContaining({ endpoint: 'consents', token: 'admin', sites: '*', consentId: CJ, status: 200 }),
      expect.objectContaining({ endpoint: 'export', token: 'none', status: 401 }),
    ]);
    // "When": the logger stamps each line; the token's last use is kept, for `token list`.
    const iso = (t: number) => new Date(t).toISOString().slice(0, 19) + 'Z';
    const list = await cli('token', 'list');
    expect(list.out.split('\n')[1]).toMatch(
      new RegExp(`^${bakker.id} +for ${BAKKER} +${BAKKER} +${iso(created)} +${iso(ts.clock.now())} +-$`),
    );
  });

  it('rate-limits failed token attempts per client network with 429 and Retry-After, a right token too', async () => {
    await start({ authFailureLimit: { burst: 3, perSecond: 1 / 60 }, trustProxy: true });
    await seed();
    const bakker = await createToken(BAKKER);
    const path = `/v1/consents/${CB}`;
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await read(base, path, `guess-${i}`, from('203.0.113.7'))).status);
    expect(statuses).toEqual([401, 401, 401]);
    // Over the limit: even the right token gets 429, so guessing learns nothing more.
    const limited = await read(base, path, bakker.token, from('203.0.113.99')); // same /24 network
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('60');
    expect(JSON.parse(limited.body).error).toBe('rate_limited');
    // Another network is not affected; good reads do not use the limit up.
    for (let i = 0; i < 5; i++) expect((await read(base, path, bakker.token, from('198.51.100.1'))).status).toBe(200);
    // One more attempt a minute, by the collector's clock.
    ts.clock.advance(59_000);
    expect((await read(base, path, bakker.token, from('203.0.113.7'))).status).toBe(429);
    ts.clock.advance(1_000);
    expect((await read(base, path, bakker.token, from('203.0.113.7'))).status).toBe(200);
    await new Promise((ok) => setTimeout(ok, 50));
    expect(lines.filter((l) => l['msg'] === 'read' && l['status'] === 429)).toHaveLength(2);
  });

  it('without an admin token the read side is on while a site token is active, and off again when all are revoked', async () => {
    await start({ token: undefined });
    await seed();
    const off = await read(base, `/v1/consents/${CB}`, 'anything');
    expect(off.status).toBe(404);
    expect(JSON.parse(off.body).error).toBe('read_disabled');
    const bakker = await createToken(BAKKER);
    expect((await read(base, `/v1/consents/${CB}`, bakker.token)).status).toBe(200);
    expect((await read(base, `/v1/consents/${CB}`, 'anything')).status).toBe(401);
    expect((await read(base, `/v1/consents/${CB}`, ADMIN)).status).toBe(401);
    expect((await cli('token', 'revoke', bakker.id)).code).toBe(0);
    expect(await read(base, `/v1/consents/${CB}`, bakker.token)).toEqual(off);
  });

  it('stores only the hash of a token, and compares the stored hash with the presented one', async () => {
    await start();
    const { token, id } = await createToken(BAKKER);
    expect(token).toMatch(/^akk_[A-Za-z0-9_-]{43}$/); // 32 random bytes: 256 bits
    const found = await ts.store.access.tokenByHash(hashSiteToken(token));
    expect(found).toMatchObject({ token: { id, sites: [BAKKER], name: `for ${BAKKER}` }, tokenHash: hashSiteToken(token) });
    expect(JSON.stringify(await ts.store.access.tokens())).not.toContain(token.slice(4));
    expect(siteTokenHashMatches(found!.tokenHash, hashSiteToken(token))).toBe(true);
    expect(siteTokenHashMatches(found!.tokenHash, hashSiteToken(token + 'x'))).toBe(false);
    expect(siteTokenHashMatches('zz', 'zz')).toBe(false); // not a SHA-256: never a match
  });
});
