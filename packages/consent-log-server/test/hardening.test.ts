/**
 * What a black-box test of the collector, tried as an attacker would, found (issue 15): text that
 * cannot be stored as sent, snapshots nested past the stack, a `__proto__` choice key, slow
 * bodies, same-origin posts behind a proxy that rewrites Host, and a health check blind to
 * failing writes. Each on both stores.
 */
import { request, createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canonicalJson, createConsentLog, MAX_CONFIG_BYTES, type ConsentRecord } from '@akkoord/consent-log';
import { createCollector, type Collector, type CollectorOptions } from '../src/create-collector.js';
import type { Store } from '../src/types.js';
import { verifyChain } from '../src/verify-chain.js';
import { startPostgres } from './helpers/postgres.js';
import { makeRecord, postJson } from './helpers/records.js';
import { storeFactories, type TestStore } from './helpers/stores.js';

const cluster = await startPostgres();
afterAll(async () => cluster?.stop());

const silent = () => {};

/** Writes `text` on a fresh connection and resolves with everything answered until it closes. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((ok) => {
    const s = connect(port, '127.0.0.1', () => s.write(text));
    let data = '';
    s.on('data', (d) => (data += d));
    s.on('error', () => ok(data));
    s.on('close', () => ok(data));
  });
}

/** The status line of a raw answer. */
const statusLine = (reply: string) => reply.split('\r\n')[0];

describe.each(storeFactories(cluster))('collector hardening on %s', (_name, makeStore) => {
  let ts: TestStore;
  let collector: Collector | undefined;
  let port = 0;
  let url = '';

  const start = async (opts: Partial<CollectorOptions> = {}) => {
    collector = createCollector({ store: ts.store, log: silent, rateLimit: false, now: ts.clock.now, ...opts });
    port = (await collector.listen(0, '127.0.0.1')).port;
    url = `http://127.0.0.1:${port}/v1/consents`;
  };
  const storedIds = async () => (await ts.store.page({ limit: 1000 })).map((r) => r.id);

  beforeEach(async () => {
    ts = await makeStore();
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await collector?.close();
    collector = undefined;
    await ts.cleanup();
  });

  it('refuses text that cannot be stored as sent with a 400 naming the field; what it acknowledges is stored and hashed as sent', async () => {
    await start();
    const refused: [unknown, string][] = [
      [makeRecord({ revision: 'a\ud800b' }), '$.revision'],
      [makeRecord({ statementVersion: '\udc00' }), '$.statementVersion'],
      [makeRecord({ page: 'https://www.example.nl/a\u0000b' }), '$.page'],
      [makeRecord({ page: 'https://www.example.nl/\u001b[31m' }), '$.page'],
      [makeRecord({ config: { texts: { nl: 'ja\ud83d' } } }), '$.config.texts.nl'],
      [[makeRecord(), makeRecord({ config: { categories: [{ id: 'a' }, { ['t\udfff']: 1 }] } })], '$[1].config.categories[1]["t\\udfff"]'],
      [JSON.parse(JSON.stringify(makeRecord()).replace('"necessary":true', '"necessary":true,"__proto__":true')), '$.choices.__proto__'],
    ];
    for (const [body, path] of refused) {
      const res = await postJson(url, body);
      expect(res.status, path).toBe(400);
      expect(res.json, path).toMatchObject({ error: 'invalid_record', path });
    }
    // Bytes that are not UTF-8 would be decoded to U+FFFD: refused too.
    const bytes = Buffer.from(JSON.stringify(makeRecord({ revision: '3X' })));
    bytes[bytes.indexOf('3X') + 1] = 0xff;
    const notUtf8 = await fetch(url, { method: 'POST', body: bytes });
    expect(notUtf8.status).toBe(400);
    expect(await notUtf8.json()).toMatchObject({ error: 'invalid_json', message: 'body is not valid UTF-8' });
    expect(await storedIds()).toEqual([]);

    // Well-formed text of every kind is taken, stored exactly and verifies.
    const config = JSON.parse(
      '{"texts":{"😀":"ja","nl":"tab\\there, nul \\u0000, einde","__proto__":{"x":1},"10":"tien","2":"twee"},"line":"a\\u2028b"}',
    );
    const sent = [
      makeRecord({ revision: 'zomer ☀️ 😀', statementVersion: 'v\u2028é', page: 'https://www.example.nl/caf%C3%A9/😀', config }),
      makeRecord({ revision: '\u00a0\uffff', page: 'https://www.example.nl/ü' }),
    ];
    const ok = await postJson(url, sent);
    expect(ok.status).toBe(200);
    const stored = await ts.store.byConsentId(sent[0]!.consentId);
    for (const [i, r] of sent.entries()) {
      expect(stored[i]).toMatchObject({ id: r.id, revision: r.revision, page: r.page });
      expect(stored[i]!.statementVersion).toBe(r.statementVersion);
    }
    const snap = await ts.store.snapshot(stored[0]!.configHash);
    expect(canonicalJson(snap!.config)).toBe(canonicalJson(config));
    // A clean chain: nothing refused reached it, nothing taken was changed on the way in.
    expect(await verifyChain(ts.store)).toEqual({ ok: true, sites: 1, records: 2, snapshots: 2, checkpoints: 0 });
  });

  it('refuses a snapshot nested past the limit (the 6 KB body that overflowed the stack) or too large as canonical JSON with a 400, and stays up', async () => {
    await start();
    const record = JSON.stringify(makeRecord({ config: undefined, configHash: undefined }));
    const withConfig = (config: string) => record.slice(0, -1) + `,"config":${config}}`;
    const deep = await postJson(url, withConfig('{"a":'.repeat(3_000) + '1' + '}'.repeat(3_000)));
    expect(deep.status).toBe(400);
    expect(deep.json).toMatchObject({ error: 'invalid_record', message: expect.stringContaining('at most 32 levels') });
    expect(deep.json.path.startsWith('$.config.a.a')).toBe(true);
    // 40 KB as sent, 110 KB as canonical JSON (1E9 is written 1000000000).
    const big = await postJson(url, withConfig('[' + Array(10_000).fill('1E9').join(',') + ']'));
    expect(big.status).toBe(400);
    expect(big.json).toMatchObject({
      path: '$.config',
      message: `$.config is 110001 bytes as canonical JSON; a snapshot may be at most ${MAX_CONFIG_BYTES}`,
    });
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await postJson(url, makeRecord())).status).toBe(200);
    expect(await verifyChain(ts.store)).toMatchObject({ ok: true, records: 1 });
  });

  it('answers 408 (which the client retries) to headers or a body slower than the request timeout, and the client then delivers', async () => {
    await start({ requestTimeoutMs: 300 });
    const body = JSON.stringify(makeRecord());
    const slowBody = await raw(port, `POST /v1/consents HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 40)}`);
    expect(statusLine(slowBody)).toBe('HTTP/1.1 408 Request Timeout');
    const slowHeaders = await raw(port, 'POST /v1/consents HTTP/1.1\r\nHost: x\r\n');
    expect(statusLine(slowHeaders)).toBe('HTTP/1.1 408 Request Timeout');
    expect(await storedIds()).toEqual([]);

    // The browser client against the real collector: its first POST stalls half-way (a slow
    // mobile uplink), the collector answers 408, the client keeps the record and retries.
    vi.stubGlobal('location', new URL('https://www.example.nl/contact'));
    vi.stubGlobal('document', { hidden: false, addEventListener: () => {} });
    const statuses: number[] = [];
    let stall = true;
    const fetchOnce = (async (target: string, init: RequestInit) => {
      let status: number;
      if (stall) {
        stall = false;
        const text = String(init.body);
        status = Number(
          statusLine(
            await raw(
              port,
              `POST /v1/consents HTTP/1.1\r\nHost: x\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text.slice(0, 10)}`,
            ),
          ).split(' ')[1],
        );
      } else {
        status = (await fetch(target, init)).status;
      }
      statuses.push(status);
      return new Response(null, { status });
    }) as typeof fetch;
    const log = createConsentLog({ endpoint: url, storage: null, fetch: fetchOnce });
    const id = log.record({
      consentId: 'c0ffee00-0000-4000-8000-000000000009',
      action: 'custom',
      choices: { necessary: true },
      revision: '3',
      language: 'nl',
      shown: { texts: {} },
    });
    // The retry comes after 0.5–1 s (the first backoff step, jittered).
    await vi.waitFor(() => expect(statuses).toEqual([408, 200]), { timeout: 5_000, interval: 50 });
    expect(await storedIds()).toEqual([id]);
  });

  describe('behind a reverse proxy that sends its upstream address as Host (nginx without proxy_set_header Host)', () => {
    let proxy: Server | undefined;
    let proxyPort = 0;
    afterEach(async () => {
      await new Promise((ok) => (proxy ? proxy.close(ok) : ok(undefined)));
      proxy = undefined;
    });

    const startProxy = async () => {
      proxy = createServer((req, res) => {
        // Headers passed on, Host replaced by the upstream's, as nginx's default `$proxy_host`.
        const up = request(
          { host: '127.0.0.1', port, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${port}` } },
          (answer) => {
            res.writeHead(answer.statusCode!, answer.headers);
            answer.pipe(res);
          },
        );
        req.pipe(up);
      });
      await new Promise<void>((ok) => proxy!.listen(0, '127.0.0.1', ok));
      proxyPort = (proxy!.address() as { port: number }).port;
    };

    /** A browser's POST at https://www.example.nl/_k/… through the proxy (TLS ends there). */
    const viaProxy = (records: ConsentRecord[], headers: Record<string, string>) =>
      new Promise<{ status: number; json: Record<string, unknown>; allowOrigin: unknown }>((ok, fail) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: proxyPort,
            method: 'POST',
            path: '/v1/consents',
            headers: { host: 'www.example.nl', 'content-type': 'text/plain;charset=UTF-8', ...headers },
          },
          (res) => {
            let text = '';
            res.on('data', (d) => (text += d));
            res.on('end', () =>
              ok({ status: res.statusCode!, json: JSON.parse(text), allowOrigin: res.headers['access-control-allow-origin'] }),
            );
          },
        );
        req.on('error', fail);
        req.end(JSON.stringify(records));
      });

    it("takes same-origin posts judged from the browser and the records' site, refuses other origins, and still answers CORS for listed ones", async () => {
      await start({ allowOrigins: ['https://partner.example'] });
      await startProxy();
      const page = 'https://www.example.nl';
      // Every current browser says where a request comes from: same-origin is taken whatever Host says.
      expect((await viaProxy([makeRecord()], { origin: page, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
      expect((await viaProxy([makeRecord({ site: 'bakker' })], { origin: page, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
      // An older browser that does not: the records' site must be the page's host.
      expect((await viaProxy([makeRecord(), makeRecord()], { origin: page })).status).toBe(200);
      const mixed = await viaProxy([makeRecord(), makeRecord({ site: 'shop.example.nl' })], { origin: page });
      expect(mixed).toMatchObject({ status: 403, json: { error: 'origin_not_allowed', message: expect.stringContaining('$[1].site') } });
      // Other origins: refused however the records are dressed.
      for (const [origin, fetchSite, site] of [
        ['https://evil.example', 'cross-site', 'evil.example'],
        ['https://evil.example', undefined, 'www.example.nl'],
        ['https://shop.example.nl', 'same-site', 'www.example.nl'],
        ['null', undefined, 'www.example.nl'],
      ] as const) {
        const res = await viaProxy([makeRecord({ site })], { origin, ...(fetchSite ? { 'sec-fetch-site': fetchSite } : {}) });
        expect(res, `${origin} ${fetchSite}`).toMatchObject({ status: 403, json: { error: 'origin_not_allowed' }, allowOrigin: undefined });
      }
      const listed = await viaProxy([makeRecord({ site: 'partner.example' })], {
        origin: 'https://partner.example',
        'sec-fetch-site': 'cross-site',
      });
      expect(listed).toMatchObject({ status: 200, allowOrigin: 'https://partner.example' });
      // Without the proxy, a Host that names the origin still counts, as before.
      expect((await postJson(url, makeRecord({ site: 'other' }), { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
      expect(await storedIds()).toHaveLength(6);
    });
  });

  it("reports the store's write health on /healthz: 503 after a failed write until a write, or its own probe write, succeeds", async () => {
    let appendFails = false;
    let probeFails = false;
    let probes = 0;
    const real = ts.store;
    const flaky: Store = {
      ...real,
      append: (records, snapshots) =>
        appendFails ? Promise.reject(new Error('SQLITE_FULL: database or disk is full (simulated)')) : real.append(records, snapshots),
      probeWrite: () => {
        probes++;
        return probeFails ? Promise.reject(new Error('disk full (simulated)')) : real.probeWrite();
      },
    };
    await start({ store: flaky });
    const health = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: res.status, json: await res.json() };
    };
    expect(await health()).toEqual({ status: 200, json: { ok: true, store: real.kind } });
    expect(probes).toBe(0); // a healthy store is not probed
    appendFails = probeFails = true;
    expect((await postJson(url, makeRecord())).status).toBe(503);
    const failedAt = ts.clock.now();
    ts.clock.advance(1_000);
    expect(await health()).toEqual({
      status: 503,
      json: { error: 'write_failed', message: expect.stringContaining('until a write succeeds'), store: real.kind, failedAt },
    });
    // Appends work again, the probe still fails: the next successful POST clears it.
    appendFails = false;
    expect((await health()).status).toBe(503);
    expect((await postJson(url, makeRecord())).status).toBe(200);
    expect((await health()).status).toBe(200);
    // Failing again; then the disk is freed while no POST arrives (a load balancer drained the
    // instance): the health check's own probe write, on the real store, brings it back.
    appendFails = true;
    expect((await postJson(url, makeRecord())).status).toBe(503);
    expect((await health()).status).toBe(503);
    appendFails = probeFails = false;
    const before = probes;
    expect(await health()).toEqual({ status: 200, json: { ok: true, store: real.kind } });
    expect(probes).toBe(before + 1);
    expect(await verifyChain(real)).toMatchObject({ ok: true, records: 1 });
  });
});
