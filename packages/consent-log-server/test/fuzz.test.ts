import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateBatch } from '@akkoord/consent-log';
import { buildCli } from './helpers/build.js';
import { makeRecord } from './helpers/records.js';
import { spawnCollector, type SpawnedCollector } from './helpers/spawn-collector.js';

const TOTAL = 10_000;

/** Small deterministic PRNG (mulberry32) so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20251124);
const pick = <T>(a: T[]): T => a[Math.floor(rand() * a.length)];
const int = (n: number) => Math.floor(rand() * n);
const junk = (n: number) => Array.from({ length: n }, () => String.fromCharCode(int(0x2fff))).join('');
const weird = (): unknown =>
  pick<() => unknown>([
    () => null,
    () => int(1e9) - 5e8,
    () => junk(int(40)),
    () => rand() < 0.5,
    () => [],
    () => ({}),
    () => [weird()],
    () => ({ [junk(5)]: weird() }),
    () => 'x'.repeat(int(5000)),
    () => 1e308 * 10,
    () => -0,
  ])();

/** One malformed request: method, path, headers and body. */
function malformed(): { method: string; path: string; headers: Record<string, string>; body?: string } {
  const r: Record<string, unknown> = { ...makeRecord() };
  const kind = int(10);
  let body: string | undefined;
  if (kind < 5) {
    // A record with one field broken, removed or added.
    const keys = Object.keys(r);
    const k = pick(keys);
    if (rand() < 0.3) delete r[k];
    else r[rand() < 0.8 ? k : junk(8)] = weird();
    const value = rand() < 0.3 ? [makeRecord(), r] : r;
    // A mutation that happens to stay valid (e.g. another config object) is made invalid. Judged
    // on what the collector receives: JSON turns Infinity (refused in a snapshot) into null.
    if (validateBatch(JSON.parse(JSON.stringify(value))).ok) r.v = 2;
    body = JSON.stringify(value);
  } else if (kind < 7) {
    body = junk(int(1500)); // random text
  } else if (kind < 8) {
    body = JSON.stringify(Array.from({ length: 101 + int(20) }, () => ({ v: 1 }))); // too many records
  } else if (kind < 9) {
    body = '['.repeat(int(8000)) + ']'.repeat(int(8000)); // deep nesting
  } else if (rand() < 0.5) {
    body = 'x'.repeat(65_537 + int(2000)); // oversized
  } else {
    body = JSON.stringify(weird());
  }
  const method = rand() < 0.9 ? 'POST' : pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
  const path =
    rand() < 0.9
      ? '/v1/consents'
      : pick(['/v1/export?from=' + junk(3), '/v1/consents/%E0%A4%A', '/' + junk(5), '/v1/snapshots/zz', '/healthz/x']);
  const headers: Record<string, string> = {};
  if (rand() < 0.5)
    headers['content-type'] = pick([
      'text/plain',
      'application/json',
      'multipart/form-data; boundary=x',
      junk(4).replace(/[^\x21-\x7e]/g, 'a'),
    ]);
  if (rand() < 0.3) headers.origin = pick(['https://evil.example', 'null', 'https://www.example.nl']);
  if (rand() < 0.2) headers.authorization = pick(['Bearer ', 'Bearer x', 'Basic abc', 'Bearer ' + 'a'.repeat(5000)]);
  return { method, path: encodeURI(path).replace(/%25/g, '%'), headers, body: method === 'GET' ? undefined : body };
}

/** Requests with broken HTTP itself, sent over a raw socket; the answer must be a 4xx or a closed socket. */
const RAW = [
  'POST /v1/consents HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  'POST /v1/consents HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello',
  'GARBAGE\r\n\r\n',
  'POST /v1/consents HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'POST /v1/consents HTTP/1.1\r\nHost: x\r\nX-Bad: \u0000\r\n\r\n',
  `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
  `POST /v1/consents HTTP/1.1\r\nHost: x\r\n${'X-A: b\r\n'.repeat(3000)}\r\n`,
];

function raw(url: string, text: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((ok) => {
    const s = connect(Number(port), '127.0.0.1', () => s.write(text));
    let data = '';
    s.on('data', (d) => (data += d));
    s.on('error', () => ok(data));
    s.on('close', () => ok(data));
    setTimeout(() => s.destroy(), 1000);
  });
}

const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

describe('fuzz', () => {
  let c: SpawnedCollector;
  let dir = '';
  beforeAll(async () => {
    const cli = buildCli('fuzz');
    dir = mkdtempSync(join(tmpdir(), 'akkoord-fuzz-'));
    c = await spawnCollector(cli, ['--db', join(dir, 'f.db'), '--rate-limit', 'off', '--allow-origin', 'https://www.example.nl']);
  }, 120_000);
  afterAll(async () => {
    c?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it(`answers ${TOTAL} malformed, oversized and random requests with 4xx only, stays up, memory bounded`, async () => {
    const statuses = new Map<number, number>();
    const start = rss(c.child.pid!);
    let peak = start;
    let next = 0;
    const worker = async () => {
      while (next < TOTAL) {
        const n = next++;
        const q = malformed();
        let status: number;
        try {
          const res = await fetch(c.url + q.path, { method: q.method, headers: q.headers, body: q.body });
          status = res.status;
          await res.arrayBuffer();
        } catch {
          status = -1; // the server may cut a connection it refused (413); that is fine
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const preflight = q.method === 'OPTIONS' && status === 204 && q.headers.origin === 'https://www.example.nl';
        if (!preflight && (status >= 500 || (status > 0 && status < 400)))
          throw new Error(`request ${n} (${q.method} ${q.path}) got ${status}: ${q.body?.slice(0, 300)}`);
        if (n % 500 === 0) peak = Math.max(peak, rss(c.child.pid!));
      }
    };
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 16 }, worker));
    console.log('fuzz http', Date.now() - t0, 'ms', Object.fromEntries(statuses));
    const t1 = Date.now();
    for (const t of RAW) {
      const reply = await raw(c.url, t);
      if (reply) expect(reply).toMatch(/^HTTP\/1\.1 4\d\d/);
    }
    console.log('raw', Date.now() - t1, 'ms');
    const health = await fetch(`${c.url}/healthz`);
    expect(health.status).toBe(200);
    expect(c.child.exitCode).toBeNull();
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(TOTAL);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(TOTAL / 2);
    // Bounded: the collector never buffers more than one 64 KiB body per request.
    expect(peak - start).toBeLessThan(150 * 1024 * 1024);
  }, 90_000);
});
