import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/open-store.js';
import type { SqliteStoreOptions } from '../src/sqlite-store.js';
import type { PendingRecord } from '../src/types.js';
import { verifyChain } from '../src/verify-chain.js';
import { makeRecord } from './helpers/records.js';

function pending(): PendingRecord {
  const r = makeRecord({ configHash: 'c'.repeat(64) });
  delete r.config; // a pending record refers to its snapshot by hash only
  return r as PendingRecord;
}

describe('SQLite store', () => {
  it('refuses a second store on a file while the first is open, and opens it once that one closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akkoord-sqlite-'));
    const file = join(dir, 'consents.db');
    const a = await openStore(file);
    await a.append([pending()], []);
    const refused = `${file}: another collector already writes this SQLite file (it holds ${file}-collector.lock)`;
    await expect(openStore(file)).rejects.toThrow(refused);
    // Refused again: the failed attempt left nothing open that would keep the lock after a closes.
    await expect(openStore(file)).rejects.toThrow(refused);
    // Verify, export and purge open without the lock, beside the collector.
    const reader = await openStore(file, { lock: false });
    expect(await verifyChain(reader)).toMatchObject({ ok: true, records: 1 });
    await reader.close();
    await a.close();
    const b = await openStore(file);
    expect((await b.append([pending()], [])).receipts[0]!.seq).toBe(2);
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('still refuses the writes of a store opened without the lock once another moved a chain head, then continues from the committed head', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akkoord-sqlite-'));
    const file = join(dir, 'consents.db');
    const a = await openStore(file);
    const b = await openStore(file, { lock: false });
    await a.append([pending()], []);
    // b still holds the head it loaded before a's write.
    await expect(b.append([pending()], [])).rejects.toThrow(/moved: another process writes this SQLite file/);
    const next = await b.append([pending()], []);
    expect(next.receipts[0].seq).toBe(2);
    expect(await verifyChain(b)).toMatchObject({ ok: true });
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits a probe write, durably, for the health check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akkoord-sqlite-'));
    const file = join(dir, 'consents.db');
    const store = await openStore(file, { now: () => 1_700_000_000_123 });
    await store.probeWrite();
    await store.probeWrite();
    await store.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT id, written_at FROM write_probe').all()).toEqual([{ id: 1, written_at: 1_700_000_000_123 }]);
    raw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each<SqliteStoreOptions['synchronous']>(['FULL', 'NORMAL'])(
    'answers a retry in the same group and in a later group with the first receipt, storing it once (synchronous %s)',
    async (synchronous) => {
      const dir = mkdtempSync(join(tmpdir(), 'akkoord-sqlite-'));
      const store = await openStore(join(dir, 'consents.db'), { synchronous });
      const r = pending();
      const [one, two] = await Promise.all([store.append([r], []), store.append([r, pending()], [])]);
      expect(two.receipts[0]).toEqual(one.receipts[0]);
      const again = await store.append([r], []);
      expect(again.receipts[0]).toEqual(one.receipts[0]);
      expect((await store.page({ limit: 10 })).map((x) => x.id).filter((id) => id === r.id)).toHaveLength(1);
      expect(await verifyChain(store)).toMatchObject({ ok: true });
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  );

  it('takes receipt, record and snapshot times from the injected clock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akkoord-sqlite-'));
    let t = 1_700_000_000_000;
    const store = await openStore(join(dir, 'consents.db'), { now: () => t });
    const hash = 'e'.repeat(64);
    const first = await store.append([{ ...pending(), configHash: hash }], [{ hash, site: 'www.example.nl', json: '{}' }]);
    t += 5;
    const second = await store.append([pending()], []);
    expect([first.receipts[0].receivedAt, second.receipts[0].receivedAt]).toEqual([1_700_000_000_000, 1_700_000_000_005]);
    expect((await store.page({ limit: 10 })).map((r) => r.receivedAt)).toEqual([1_700_000_000_000, 1_700_000_000_005]);
    expect((await store.snapshot(hash))?.createdAt).toBe(1_700_000_000_000);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps reporting a config hash as missing until its snapshot arrives, then no longer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akkoord-sqlite-'));
    const store = await openStore(join(dir, 'consents.db'));
    const hash = 'd'.repeat(64);
    const withHash = (): PendingRecord => ({ ...pending(), configHash: hash });
    expect((await store.append([withHash()], [])).missing).toEqual([hash]);
    // Asked again (now from the cache of misses): still missing.
    expect((await store.append([withHash()], [])).missing).toEqual([hash]);
    const snap = { hash, site: 'www.example.nl', json: '{"shown":true}' };
    expect((await store.append([withHash()], [snap])).missing).toEqual([]);
    expect((await store.append([withHash()], [])).missing).toEqual([]);
    expect((await store.snapshot(hash))?.config).toEqual({ shown: true });
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each<SqliteStoreOptions['synchronous']>(['FULL', 'NORMAL'])(
    'starts the WAL over under a steady stream of groups instead of letting it grow (synchronous %s)',
    async (synchronous) => {
      // SQLite's automatic checkpoints run in the writer after a commit, so they reach the WAL's
      // end and the next write starts it over; a WAL that only grows would fill the disk.
      const dir = mkdtempSync(join(tmpdir(), 'akkoord-sqlite-'));
      const file = join(dir, 'consents.db');
      const store = await openStore(file, { synchronous });
      let largest = 0;
      for (let wave = 0; wave < 150; wave++) {
        // Several groups per wave (a group forms per event-loop turn), 20 records each.
        await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            new Promise((ok) => setTimeout(ok, i)).then(() => store.append(Array.from({ length: 20 }, pending), [])),
          ),
        );
        largest = Math.max(largest, statSync(`${file}-wal`).size);
      }
      // 24 000 records in about 1 200 groups write over 100 MB of WAL frames (random ids and
      // consent ids touch new index pages); restarted, the WAL is at most a few checkpoints long.
      expect((await store.page({ limit: 1, after: { site: 'www.example.nl', seq: 23_999 } }))[0]?.seq).toBe(24_000);
      expect(largest).toBeLessThan(40 * 1024 * 1024);
      expect(await verifyChain(store)).toMatchObject({ ok: true });
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
    60_000,
  );
});
