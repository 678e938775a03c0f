import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pendingRecord } from '../src/record-row.js';
import { openStore } from '../src/open-store.js';
import { verifyChain } from '../src/verify-chain.js';
import { startPostgres } from './helpers/postgres.js';
import { makeRecord } from './helpers/records.js';
import type { PendingRecord, Store } from '../src/types.js';

const cluster = await startPostgres();
afterAll(async () => cluster?.stop());

/** A validated record as the collector hands it to the store. */
function pending(site = 'www.example.nl', id?: string): PendingRecord {
  const r = makeRecord({ site, ...(id ? { id } : {}) });
  return pendingRecord(r, { configHash: 'b'.repeat(64), ip: undefined, ua: undefined });
}

/** The queries the store sends while `fn` runs, by prepared-statement name (or text). */
async function queriesDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const spy = vi.spyOn(pg.Client.prototype, 'query');
  try {
    await fn();
    return spy.mock.calls.map(([q]) => (typeof q === 'string' ? q : ((q as pg.QueryConfig).name ?? (q as pg.QueryConfig).text)));
  } finally {
    spy.mockRestore();
  }
}

describe.skipIf(cluster === null)('PostgreSQL append path', () => {
  const open = async (): Promise<[Store, Store]> => {
    const db = await cluster!.createDatabase();
    return [await openStore(db), await openStore(db)];
  };

  it('commits a group of a site it wrote last in one statement, and a new site in one locked transaction', async () => {
    const [store, other] = await open();
    await other.close();
    const first = await queriesDuring(() => Promise.all([store.append([pending()], []), store.append([pending()], [])]));
    expect(first).toEqual(['BEGIN', 'akkoord_create_heads', 'akkoord_lock_heads', 'akkoord_find_records', 'akkoord_append', 'COMMIT']);
    const next = await queriesDuring(() => Promise.all(Array.from({ length: 5 }, () => store.append([pending()], []))));
    expect(next).toEqual(['akkoord_append']);
    expect(await verifyChain(store)).toMatchObject({ ok: true, records: 7 });
    await store.close();
  });

  it('lets a group that arrives while a locked one writes its site wait for it, then take the one statement', async () => {
    const [store, other] = await open();
    await other.close();
    const queries = await queriesDuring(async () => {
      const first = store.append([pending()], []);
      // The first group is on its way (locked: a new site) before the second one is submitted.
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setImmediate(r));
      await Promise.all([first, store.append([pending()], [])]);
    });
    // Without the wait the second group would lock as well, and so would every group after it under steady load.
    expect(queries).toEqual([
      'BEGIN',
      'akkoord_create_heads',
      'akkoord_lock_heads',
      'akkoord_find_records',
      'akkoord_append',
      'COMMIT',
      'akkoord_append',
    ]);
    expect(await verifyChain(store)).toMatchObject({ ok: true, records: 2 });
    await store.close();
  });

  it('chains onto the head another collector moved', async () => {
    const [a, b] = await open();
    const seqs: number[] = [];
    for (let i = 0; i < 6; i++) {
      // Alternating stores: each one's remembered head is a group behind; the check under the lock catches it.
      const { receipts } = await (i % 2 ? b : a).append([pending(), pending()], []);
      seqs.push(...receipts.map((r) => r.seq));
    }
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await verifyChain(a)).toMatchObject({ ok: true, records: 12 });
    await Promise.all([a.close(), b.close()]);
  });

  it('answers a retried id with its stored receipt: the one statement writes nothing, the locked path finds it', async () => {
    const [store, other] = await open();
    await other.close();
    const retried = pending();
    const stored = await store.append([retried], []);
    await store.append([pending()], []);
    let again: Awaited<ReturnType<Store['append']>> | undefined;
    const queries = await queriesDuring(async () => (again = await store.append([{ ...retried }, pending()], [])));
    expect(queries).toEqual(['akkoord_append', 'BEGIN', 'akkoord_lock_heads', 'akkoord_find_records', 'akkoord_append', 'COMMIT']);
    expect(again!.receipts[0]).toEqual(stored.receipts[0]);
    expect(again!.receipts[1]!.seq).toBe(3);
    // Not taken for another collector's doing: the next group is one statement again.
    expect(await queriesDuring(() => store.append([pending()], []))).toEqual(['akkoord_append']);
    expect(await verifyChain(store)).toMatchObject({ ok: true, records: 4 });
    await store.close();
  });

  it('stores one record sent to two collectors at once exactly once, with one receipt', async () => {
    const [a, b] = await open();
    await Promise.all([a.append([pending('one.example.nl')], []), b.append([pending('one.example.nl')], [])]);
    await a.append([pending('one.example.nl')], []);
    await b.append([pending('one.example.nl')], []);
    for (let i = 0; i < 10; i++) {
      const same = pending('one.example.nl');
      const [x, y] = await Promise.all([a.append([same, pending('one.example.nl')], []), b.append([same], [])]);
      expect(y.receipts[0]).toEqual(x.receipts[0]);
    }
    expect(await verifyChain(a)).toMatchObject({ ok: true, records: 4 + 20 });
    await Promise.all([a.close(), b.close()]);
  });

  it('reports snapshots as missing until stored, whichever path the group takes', async () => {
    const [store, other] = await open();
    await other.close();
    const r = pending();
    expect((await store.append([r], [])).missing).toEqual([r.configHash]);
    const snap = { hash: r.configHash, site: r.site, json: '{"revision":"3"}' };
    expect((await store.append([pending()], [snap])).missing).toEqual([]);
    expect((await store.append([pending()], [])).missing).toEqual([]);
    expect(await store.snapshot(r.configHash)).toMatchObject({ config: { revision: '3' } });
    await store.close();
  });
});
