import { createHash, generateKeyPairSync } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '@akkoord/consent-log';
import { createCollector, type Collector, type CollectorOptions } from '../src/create-collector.js';
import { verifyChain } from '../src/verify-chain.js';
import { legacyCanonicalJson } from '../src/legacy-canonical-json.js';
import { startPostgres } from './helpers/postgres.js';
import { makeRecord, postJson, SHOWN } from './helpers/records.js';
import { storeFactories, type TestStore } from './helpers/stores.js';

const cluster = await startPostgres();
afterAll(async () => cluster?.stop());

const TOKEN = 'test-token-0123456789';
const silent = () => {};

describe.each(storeFactories(cluster))('collector on %s', (_name, makeStore) => {
  let ts: TestStore;
  let collector: Collector | undefined;
  let base = '';

  const start = async (opts: Partial<CollectorOptions> = {}) => {
    collector = createCollector({
      store: ts.store,
      token: TOKEN,
      allowOrigins: ['https://www.example.nl'],
      log: silent,
      rateLimit: false,
      now: ts.clock.now,
      ...opts,
    });
    const a = await collector.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${a.port}${opts.basePath ?? ''}`;
  };
  const auth = { authorization: `Bearer ${TOKEN}` };

  beforeEach(async () => {
    ts = await makeStore();
  });
  afterEach(async () => {
    await collector?.close();
    collector = undefined;
    await ts.cleanup();
  });

  it('stores a record, adds receive time, seq and hash, keeps the snapshot once, and serves the history', async () => {
    await start();
    const r = makeRecord();
    const res = await postJson(`${base}/v1/consents`, r);
    expect(res.status).toBe(200);
    // The receive time is the store's clock at the commit.
    expect(res.json.records).toEqual([{ id: r.id, site: 'www.example.nl', seq: 1, receivedAt: ts.clock.now() }]);
    expect(res.json.missing).toEqual([]);
    const hash = createHash('sha256').update(canonicalJson(SHOWN)).digest('hex');
    // A second record references the snapshot by hash only.
    const r2 = makeRecord({ config: undefined, configHash: hash, action: 'withdraw' });
    expect((await postJson(`${base}/v1/consents`, r2)).json.records[0].seq).toBe(2);
    const hist = await fetch(`${base}/v1/consents/${r.consentId}`, { headers: auth });
    expect(hist.status).toBe(200);
    const body = await hist.json();
    expect(body.records.map((x: { id: string }) => x.id)).toEqual([r.id, r2.id]);
    expect(body.records[0]).toMatchObject({ configHash: hash, seq: 1, prevHash: '0'.repeat(64), action: 'custom' });
    expect(body.records[0]).not.toHaveProperty('config');
    expect(body.records[0]).not.toHaveProperty('ip');
    expect(body.records[0]).not.toHaveProperty('ua');
    const snap = await (await fetch(`${base}/v1/snapshots/${hash}`, { headers: auth })).json();
    expect(snap.config).toEqual(SHOWN);
    expect(await verifyChain(ts.store)).toMatchObject({ ok: true, records: 2 });
  });

  it('reports config hashes it has no snapshot for, and refuses a snapshot that does not match its hash', async () => {
    await start();
    const unknown = 'f'.repeat(64);
    const res = await postJson(`${base}/v1/consents`, makeRecord({ config: undefined, configHash: unknown }));
    expect(res.json.missing).toEqual([unknown]);
    const bad = await postJson(`${base}/v1/consents`, [makeRecord(), makeRecord({ configHash: 'a'.repeat(64) })]);
    expect(bad.status).toBe(400);
    expect(bad.json.path).toBe('$[1].configHash');
  });

  it('hashes snapshots with RFC 8785, and keeps one a pre-RFC 8785 client hashed the legacy way under that hash', async () => {
    await start();
    // Integer-like keys: the legacy form puts "2" before "10", RFC 8785 the other way round.
    const config = { texts: { '10': 'tien', '2': 'twee' } };
    const sha = (t: string) => createHash('sha256').update(t).digest('hex');
    const jcs = sha(canonicalJson(config));
    const legacy = sha(legacyCanonicalJson(config));
    expect(legacy).not.toBe(jcs);
    expect((await postJson(`${base}/v1/consents`, makeRecord({ config, configHash: jcs }))).json.missing).toEqual([]);
    expect((await postJson(`${base}/v1/consents`, makeRecord({ config, configHash: legacy }))).json.missing).toEqual([]);
    // Its later records name the legacy hash only: the snapshot is there.
    expect((await postJson(`${base}/v1/consents`, makeRecord({ config: undefined, configHash: legacy }))).json.missing).toEqual([]);
    for (const h of [jcs, legacy])
      expect((await (await fetch(`${base}/v1/snapshots/${h}`, { headers: auth })).json()).config).toEqual(config);
    // A hash of neither form is still refused.
    expect((await postJson(`${base}/v1/consents`, makeRecord({ config, configHash: 'c'.repeat(64) }))).status).toBe(400);
  });

  it('takes a batch, and answers a retry with the same acknowledgement without storing twice', async () => {
    await start();
    const batch = [makeRecord(), makeRecord(), makeRecord({ site: 'shop.example.nl' })];
    const first = await postJson(`${base}/v1/consents`, batch);
    expect(first.status).toBe(200);
    expect(first.json.records.map((x: { seq: number }) => x.seq)).toEqual([1, 2, 1]);
    const again = await postJson(`${base}/v1/consents`, batch);
    expect(again.json).toEqual(first.json);
    const page = await ts.store.page({ limit: 100 });
    expect(page).toHaveLength(3);
    expect(await verifyChain(ts.store)).toMatchObject({ ok: true, sites: 2, records: 3 });
  });

  it('names the field path and what is valid in a 400', async () => {
    await start();
    const res = await postJson(`${base}/v1/consents`, [makeRecord(), makeRecord({ action: 'yes-please' as never })]);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: 'invalid_record', path: '$[1].action' });
    expect(res.json.message).toContain('accept-all, reject-all, custom, withdraw, gpc, renewal');
    const notJson = await postJson(`${base}/v1/consents`, '{"v":1,');
    expect(notJson.status).toBe(400);
    expect(notJson.json.error).toBe('invalid_json');
    const tooMany = await postJson(
      `${base}/v1/consents`,
      Array.from({ length: 101 }, () => makeRecord()),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.message).toContain('1 to 100');
  });

  it('parses JSON whatever the Content-Type (sendBeacon sends text/plain)', async () => {
    await start();
    for (const type of ['text/plain;charset=UTF-8', 'application/json', 'application/octet-stream']) {
      expect((await postJson(`${base}/v1/consents`, makeRecord(), { 'content-type': type })).status).toBe(200);
    }
  });

  it('refuses bodies over 64 KiB with 413 without reading them to the end', async () => {
    await start();
    const res = await postJson(`${base}/v1/consents`, makeRecord({ config: { text: 'x'.repeat(70_000) } }));
    expect(res.status).toBe(413);
    // A huge streamed body with no Content-Length is cut off too.
    const { port } = new URL(base);
    const status = await new Promise<string>((ok) => {
      const s = connect(Number(port), '127.0.0.1', () => {
        s.write('POST /v1/consents HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
        const chunk = 'x'.repeat(16_384);
        for (let i = 0; i < 8; i++) s.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      });
      s.on('data', (d) => ok(d.toString().split('\r\n')[0]));
      s.on('error', () => {});
    });
    expect(status).toBe('HTTP/1.1 413 Payload Too Large');
  });

  it('answers CORS only for allow-listed origins, never with credentials', async () => {
    await start();
    const ok = await postJson(`${base}/v1/consents`, makeRecord(), { origin: 'https://www.example.nl' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://www.example.nl');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const bad = await postJson(`${base}/v1/consents`, makeRecord(), { origin: 'https://evil.example' });
    expect(bad.status).toBe(403);
    expect(bad.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${base}/v1/consents`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.example.nl', 'access-control-request-method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    const preBad = await fetch(`${base}/v1/consents`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(preBad.status).toBe(403);
  });

  it('guards the read side with the bearer token', async () => {
    await start();
    const r = makeRecord();
    await postJson(`${base}/v1/consents`, r);
    expect((await fetch(`${base}/v1/consents/${r.consentId}`)).status).toBe(401);
    expect((await fetch(`${base}/v1/consents/${r.consentId}`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${base}/v1/consents/${r.consentId}`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    expect((await fetch(`${base}/v1/export`)).status).toBe(401);
    expect((await fetch(`${base}/v1/consents/${r.consentId}`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${base}/v1/consents/nobody-here-123`, { headers: auth })).status).toBe(404);
    await collector!.close(); // also closes the store
    ts.store = await ts.reopen();
    await start({ token: undefined });
    expect((await fetch(`${base}/v1/consents/${r.consentId}`, { headers: auth })).status).toBe(404);
  });

  it('exports NDJSON and CSV, filtered by site and time', async () => {
    await start();
    await postJson(`${base}/v1/consents`, [makeRecord(), makeRecord({ site: 'shop.example.nl' }), makeRecord({ revision: '=1+1' })]);
    const nd = await fetch(`${base}/v1/export?site=www.example.nl`, { headers: auth });
    expect(nd.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await nd.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.seq)).toEqual([1, 2]);
    const csv = await (await fetch(`${base}/v1/export?format=csv`, { headers: auth })).text();
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toMatch(/^site,seq,id,consentId,receivedAt,action,choices/);
    expect(rows).toHaveLength(4);
    expect(csv).toContain("'=1+1"); // spreadsheet formula injection neutralised
    const future = await (await fetch(`${base}/v1/export?from=${new Date(ts.clock.now() + 1).toISOString()}`, { headers: auth })).text();
    expect(future).toBe('');
    const upTo = await (await fetch(`${base}/v1/export?to=${ts.clock.now() + 1}`, { headers: auth })).text();
    expect(upTo.trim().split('\n')).toHaveLength(3);
    const bad = await fetch(`${base}/v1/export?from=yesterday`, { headers: auth });
    expect(bad.status).toBe(400);
    expect((await bad.json()).path).toBe('from');
  });

  it('stores no IP by default and only a truncated one when enabled; user agent coarse when enabled', async () => {
    await start({ ip: 'truncated', userAgent: 'coarse' });
    const r = makeRecord();
    await postJson(`${base}/v1/consents`, r, {
      'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
    });
    const [stored] = await ts.store.byConsentId(r.consentId);
    expect(stored.ip).toBe('127.0.0.0');
    expect(stored.ua).toBe('Firefox 128 / Windows');
  });

  it('behind a trusted proxy takes the address the proxy saw (last X-Forwarded-For entry)', async () => {
    await start({ ip: 'truncated', trustProxy: true });
    const r = makeRecord();
    await postJson(`${base}/v1/consents`, r, { 'x-forwarded-for': '198.51.100.7, 203.0.113.9' });
    const [stored] = await ts.store.byConsentId(r.consentId);
    expect(stored.ip).toBe('203.0.113.0');
  });

  it('rate-limits per client network with 429 and Retry-After', async () => {
    await start({ rateLimit: { burst: 3, perSecond: 0.5 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await postJson(`${base}/v1/consents`, makeRecord())).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const res = await postJson(`${base}/v1/consents`, makeRecord());
    expect(res.headers.get('retry-after')).toBe('2');
    // The bucket refills by the collector's clock: one token after 2 s at 0.5 per second.
    ts.clock.advance(1_000);
    expect((await postJson(`${base}/v1/consents`, makeRecord())).status).toBe(429);
    ts.clock.advance(1_000);
    expect((await postJson(`${base}/v1/consents`, makeRecord())).status).toBe(200);
  });

  it('signs checkpoints with the time of its clock', async () => {
    await start({ signingKey: generateKeyPairSync('ed25519').privateKey });
    await postJson(`${base}/v1/consents`, makeRecord());
    ts.clock.advance(60_000);
    expect(await collector!.checkpoint()).toMatchObject([{ site: 'www.example.nl', seq: 1, createdAt: ts.clock.now() }]);
  });

  it('serves /healthz and mounts under a base path', async () => {
    await start({ basePath: '/_k' });
    const h = await fetch(`${base}/healthz`);
    expect(h.status).toBe(200);
    expect((await h.json()).ok).toBe(true);
    expect((await postJson(`${base}/v1/consents`, makeRecord())).status).toBe(200);
    const outside = base.replace('/_k', '');
    expect((await postJson(`${outside}/v1/consents`, makeRecord())).status).toBe(404);
  });

  it('drains in-flight requests on graceful shutdown', async () => {
    await start();
    const { port } = new URL(base);
    const r = JSON.stringify(makeRecord());
    // Send the headers and half the body; once the collector has the request (in flight), start
    // shutting down, then finish the body: the shutdown must wait for it and answer it.
    const reply = new Promise<string>((ok) => {
      const s = connect(Number(port), '127.0.0.1', () => {
        s.write(`POST /v1/consents HTTP/1.1\r\nHost: x\r\nContent-Length: ${Buffer.byteLength(r)}\r\n\r\n${r.slice(0, 50)}`);
      });
      collector!.server.once('request', () => {
        closing = collector!.close();
        listeningAfterClose = collector!.server.listening;
        s.write(r.slice(50));
      });
      let data = '';
      s.on('data', (d) => (data += d));
      s.on('close', () => ok(data));
    });
    let closing: Promise<void> | undefined;
    let listeningAfterClose: boolean | undefined;
    const text = await reply;
    expect(listeningAfterClose).toBe(false); // the shutdown had started before the body was complete
    expect(text.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
    await closing;
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    collector = undefined;
  });

  it('keeps one gap-free chain per site under concurrent load, also across two collectors on one PostgreSQL database; SQLite refuses a second', async () => {
    await start();
    const urls = [`${base}/v1/consents`];
    let second: Collector | undefined;
    if (ts.store.kind === 'sqlite') {
      // One SQLite file takes one collector: the second store is refused when it opens.
      await expect(ts.reopen()).rejects.toThrow(/another collector already writes this SQLite file/);
    } else {
      second = createCollector({ store: await ts.reopen(), log: silent, rateLimit: false });
      urls.push(`http://127.0.0.1:${(await second.listen(0, '127.0.0.1')).port}/v1/consents`);
    }
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => postJson(urls[i % urls.length]!, makeRecord())));
    expect(results.every((x) => x.status === 200)).toBe(true);
    const seqs = results.map((x) => x.json.records[0].seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    await second?.close();
    expect(await verifyChain(ts.store)).toMatchObject({ ok: true, records: 60 });
  });
});
