import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, verifyChain } from '../src/index.js';
import { buildCli } from './helpers/build.js';
import { startPostgres } from './helpers/postgres.js';
import { makeRecord, postJson } from './helpers/records.js';
import { spawnCollector } from './helpers/spawn-collector.js';
import { storeFactories } from './helpers/stores.js';
import type { ConsentRecord } from '@akkoord/consent-log';

const cluster = await startPostgres();
let cli = '';
beforeAll(() => {
  cli = buildCli('crash');
}, 120_000);
afterAll(async () => cluster?.stop());

/** Posts records from `workers` concurrent loops until told to stop; returns the acknowledged ids. */
function load(url: string, workers: number, sent: ConsentRecord[]) {
  let stop = false;
  const acked: string[] = [];
  const loops = Array.from({ length: workers }, async (_, w) => {
    while (!stop) {
      const batch = w % 3 === 0 ? [makeRecord(), makeRecord()] : [makeRecord()];
      sent.push(...batch);
      try {
        const res = await postJson(`${url}/v1/consents`, batch);
        if (res.status === 200) acked.push(...res.json.records.map((r: { id: string }) => r.id));
      } catch {
        // Connection lost: not acknowledged, the browser client would retry.
      }
    }
  });
  return {
    acked,
    async end() {
      stop = true;
      await Promise.all(loops);
    },
  };
}

describe.each(storeFactories(cluster))('crash (kill -9) on %s', (_name, makeStore) => {
  it('keeps every acknowledged record exactly once, and the chain verifiable, across SIGKILL and restart', async () => {
    const ts = await makeStore();
    await ts.store.close(); // the spawned collector is the only writer
    const sent: ConsentRecord[] = [];
    const acked: string[] = [];
    for (let round = 0; round < 2; round++) {
      const c = await spawnCollector(cli, ['--db', ts.db, '--rate-limit', 'off']);
      const l = load(c.url, 24, sent);
      await new Promise((r) => setTimeout(r, 700 + round * 300));
      c.child.kill('SIGKILL');
      expect(await c.exited).toBe('SIGKILL');
      await l.end();
      acked.push(...l.acked);
    }
    expect(acked.length).toBeGreaterThan(50);
    // Restart; the clients retry everything they sent (acknowledged or not), as queued records are.
    const c = await spawnCollector(cli, ['--db', ts.db, '--rate-limit', 'off']);
    for (let i = 0; i < sent.length; i += 100) {
      const res = await postJson(`${c.url}/v1/consents`, sent.slice(i, i + 100));
      expect(res.status).toBe(200);
    }
    c.child.kill('SIGTERM');
    expect(await c.exited).toBe(0);
    const store = await openStore(ts.db);
    const ids: string[] = [];
    for (let after: { site: string; seq: number } | undefined; ; ) {
      const page = await store.page({ after, limit: 1000 });
      ids.push(...page.map((r) => r.id));
      if (page.length < 1000) break;
      after = { site: page[page.length - 1].site, seq: page[page.length - 1].seq };
    }
    const stored = new Set(ids);
    expect(ids.length).toBe(stored.size); // none twice
    for (const id of acked) expect(stored.has(id)).toBe(true); // every acknowledged one present
    expect(stored.size).toBe(new Set(sent.map((r) => r.id)).size);
    expect(await verifyChain(store)).toMatchObject({ ok: true });
    await store.close();
    await ts.cleanup();
  }, 60_000);
});
