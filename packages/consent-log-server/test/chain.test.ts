import { generateKeyPairSync } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { legacyChainHash, snapshotHash } from '../src/chain-hash.js';
import { writeCheckpoints } from '../src/checkpoint.js';
import { GENESIS_HASH } from '../src/constants.js';
import { createCollector } from '../src/create-collector.js';
import { hashedFields } from '../src/record-row.js';
import type { PendingRecord } from '../src/types.js';
import { verifyChain } from '../src/verify-chain.js';
import { startPostgres } from './helpers/postgres.js';
import { makeRecord, postJson } from './helpers/records.js';
import { storeFactories, type TestStore } from './helpers/stores.js';

const cluster = await startPostgres();
afterAll(async () => cluster?.stop());

const pending = (n: number, site = 'www.example.nl'): PendingRecord[] =>
  Array.from({ length: n }, () => {
    const { config: _c, ...r } = makeRecord({ site });
    return { ...r, configHash: 'b'.repeat(64) };
  });

describe.each(storeFactories(cluster))('hash chain on %s', (_name, makeStore) => {
  let ts: TestStore;
  beforeEach(async () => {
    ts = await makeStore();
    await ts.store.append(pending(5), []);
    await ts.store.append(pending(2, 'shop.example.nl'), []);
  });
  afterEach(async () => ts.cleanup());

  it('verifies an untouched chain', async () => {
    expect(await verifyChain(ts.store)).toEqual({ ok: true, sites: 2, records: 7, snapshots: 0, checkpoints: 0 });
  });

  it('accepts a chain hashed in the legacy form (written before RFC 8785) and still detects an edit in it', async () => {
    const site = 'legacy.example.nl';
    // Integer-like choice keys: the one case where the legacy form and RFC 8785 differ.
    await ts.store.append(
      pending(2, site).map((r) => ({ ...r, choices: { necessary: true, '10': true, '2': false } })),
      [],
    );
    let prev = GENESIS_HASH;
    for (const r of await ts.store.page({ site, limit: 10 })) {
      const hash = legacyChainHash(prev, hashedFields(r));
      expect(hash).not.toBe(r.hash);
      await ts.exec('UPDATE consent_records SET prev_hash = ?, hash = ? WHERE site = ? AND seq = ?', prev, hash, site, r.seq);
      prev = hash;
    }
    await ts.exec('UPDATE chain_heads SET hash = ? WHERE site = ?', prev, site);
    expect(await verifyChain(ts.store)).toEqual({ ok: true, sites: 3, records: 9, snapshots: 0, checkpoints: 0 });
    await ts.exec('UPDATE consent_records SET choices = \'{"necessary":true,"10":false,"2":false}\' WHERE site = ? AND seq = 2', site);
    expect(await verifyChain(ts.store)).toMatchObject({ ok: false, site, seq: 2, reason: expect.stringContaining('altered') });
  });

  it('hashes a __proto__ choice key stored by an older collector, so an edit of its value is caught', async () => {
    // The validator refuses such keys now; a record stored before must still be covered by its hash.
    const site = 'proto.example.nl';
    const choices = JSON.parse('{"necessary":true,"__proto__":true}') as Record<string, boolean>;
    await ts.store.append(
      pending(1, site).map((r) => ({ ...r, choices })),
      [],
    );
    const [stored] = await ts.store.page({ site, limit: 1 });
    expect(Object.keys(stored!.choices)).toEqual(['necessary', '__proto__']);
    expect((await verifyChain(ts.store)).ok).toBe(true);
    await ts.exec('UPDATE consent_records SET choices = \'{"necessary":true,"__proto__":false}\' WHERE site = ?', site);
    expect(await verifyChain(ts.store)).toMatchObject({ ok: false, site, seq: 1, reason: expect.stringContaining('altered') });
  });

  it('checks every config snapshot against its hash: an edited snapshot text is reported', async () => {
    const snap = (json: string) => ({ hash: snapshotHash(json), site: 'www.example.nl', json });
    const shown = snap('{"texts":{"nl":"Wij gebruiken cookies"}}');
    const other = snap('{"texts":{"nl":"Andere tekst"}}');
    await ts.store.append(
      pending(1).map((r) => ({ ...r, configHash: shown.hash })),
      [shown, other],
    );
    expect(await verifyChain(ts.store)).toMatchObject({ ok: true, snapshots: 2 });
    await ts.exec('UPDATE config_snapshots SET config = ? WHERE hash = ?', '{"texts":{"nl":"Wij gebruiken geen cookies"}}', shown.hash);
    expect(await verifyChain(ts.store)).toEqual({
      ok: false,
      site: 'www.example.nl',
      hash: shown.hash,
      reason: expect.stringContaining('does not match its hash (altered)'),
    });
  });

  it('with all, lists every broken link (records, gap, head, snapshot, checkpoint), each once, with the counts', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const json = '{"shown":1}';
    const hash = snapshotHash(json);
    await ts.store.append(
      pending(1, 'shop.example.nl').map((r) => ({ ...r, configHash: hash })),
      [{ hash, site: 'shop.example.nl', json }],
    );
    await writeCheckpoints(ts.store, privateKey);
    await ts.exec("UPDATE consent_records SET revision = 'x' WHERE site = 'www.example.nl' AND seq IN (2, 5)");
    await ts.exec("DELETE FROM consent_records WHERE site = 'www.example.nl' AND seq = 4");
    await ts.exec("UPDATE consent_records SET prev_hash = ? WHERE site = 'shop.example.nl' AND seq = 2", 'e'.repeat(64));
    await ts.exec("UPDATE chain_heads SET seq = 9 WHERE site = 'shop.example.nl'");
    await ts.exec('UPDATE config_snapshots SET config = ? WHERE hash = ?', '{"shown":2}', hash);
    await ts.exec("UPDATE checkpoints SET created_at = created_at + 1 WHERE site = 'www.example.nl'");
    const first = { ok: false, site: 'shop.example.nl', seq: 2, reason: expect.stringContaining('prev_hash') };
    // Without all: the first problem only (sites in order), as before.
    const one = await verifyChain(ts.store, publicKey);
    expect(one).toEqual({ ...first, id: expect.any(String) });
    const every = await verifyChain(ts.store, publicKey, { all: true });
    expect(every).toMatchObject({ ...first, sites: 2, records: 7, snapshots: 1, checkpoints: 1 });
    expect(every.ok ? [] : every.problems!.map((p) => [p.site, p.seq ?? p.hash, p.reason.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['shop.example.nl', 2, 'prev_hash does not'],
      ['shop.example.nl', 4, 'chain ends at'],
      ['www.example.nl', 2, 'record content does'],
      ['www.example.nl', 4, 'record seq 4'],
      ['www.example.nl', 5, 'record content does'],
      ['www.example.nl', 5, 'checkpoint at seq'],
      ['shop.example.nl', hash, 'config snapshot ' + hash],
    ]);
  });

  it('fails at the edited row when a stored record is changed', async () => {
    await ts.exec(
      'UPDATE consent_records SET choices = \'{"necessary":true,"analytics":true}\' WHERE site = \'www.example.nl\' AND seq = 3',
    );
    expect(await verifyChain(ts.store)).toMatchObject({
      ok: false,
      site: 'www.example.nl',
      seq: 3,
      reason: expect.stringContaining('altered'),
    });
  });

  it('fails at the edited row when a receive time is backdated', async () => {
    await ts.exec("UPDATE consent_records SET received_at = received_at - 86400000 WHERE site = 'shop.example.nl' AND seq = 2");
    expect(await verifyChain(ts.store)).toMatchObject({ ok: false, site: 'shop.example.nl', seq: 2 });
  });

  it('fails at the gap when a row is deleted, and at the end when the last row is deleted', async () => {
    await ts.exec("DELETE FROM consent_records WHERE site = 'www.example.nl' AND seq = 4");
    expect(await verifyChain(ts.store)).toMatchObject({
      ok: false,
      site: 'www.example.nl',
      seq: 4,
      reason: expect.stringContaining('missing'),
    });
  });

  it('fails at the end when the last row is deleted', async () => {
    await ts.exec("DELETE FROM consent_records WHERE site = 'shop.example.nl' AND seq = 2");
    expect(await verifyChain(ts.store)).toMatchObject({
      ok: false,
      site: 'shop.example.nl',
      seq: 2,
      reason: expect.stringContaining('head says seq 2'),
    });
  });

  it('detects a rewritten tail through the signed checkpoint even when the head was rewritten too', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    expect(await writeCheckpoints(ts.store, privateKey)).toHaveLength(2);
    expect(await verifyChain(ts.store, publicKey)).toMatchObject({ ok: true, checkpoints: 2 });
    // An attacker deletes the last record and moves the head back consistently.
    await ts.exec("DELETE FROM consent_records WHERE site = 'www.example.nl' AND seq = 5");
    await ts.exec(
      "UPDATE chain_heads SET seq = 4, hash = (SELECT hash FROM consent_records WHERE site = 'www.example.nl' AND seq = 4) WHERE site = 'www.example.nl'",
    );
    expect((await verifyChain(ts.store)).ok).toBe(true); // without the key this is invisible…
    expect(await verifyChain(ts.store, publicKey)).toMatchObject({
      ok: false,
      site: 'www.example.nl',
      seq: 5,
      reason: expect.stringContaining('beyond the chain head'),
    });
  });

  it('reports a bad checkpoint signature', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    await writeCheckpoints(ts.store, privateKey);
    await ts.exec("UPDATE checkpoints SET created_at = created_at + 1 WHERE site = 'shop.example.nl'");
    expect(await verifyChain(ts.store, publicKey)).toMatchObject({
      ok: false,
      site: 'shop.example.nl',
      reason: expect.stringContaining('bad signature'),
    });
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(await verifyChain(ts.store, other)).toMatchObject({ ok: false, reason: expect.stringContaining('bad signature') });
  });

  it('purges old records and keeps the rest verifiable from the new anchor, checkpoints included', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    await writeCheckpoints(ts.store, privateKey, ts.clock.now());
    // The 7 records of beforeEach are older than the cut-off, the 3 appended now are not.
    ts.clock.advance();
    const cutoff = ts.clock.now();
    await ts.store.append(pending(3), []);
    const result = await ts.store.purge(cutoff);
    expect(result.records).toBe(7);
    const left = await ts.store.page({ limit: 100 });
    expect(left.map((r) => r.seq)).toEqual([6, 7, 8]);
    const heads = await ts.store.heads();
    expect(heads.find((h) => h.site === 'www.example.nl')).toMatchObject({ anchorSeq: 5, seq: 8 });
    expect(await verifyChain(ts.store, publicKey)).toMatchObject({ ok: true, records: 3 });
    await ts.store.append(pending(1), []);
    expect(await verifyChain(ts.store, publicKey)).toMatchObject({ ok: true, records: 4 });
    // Tampering after a purge is still caught.
    await ts.exec("UPDATE consent_records SET action = 'accept-all' WHERE site = 'www.example.nl' AND seq = 6");
    expect(await verifyChain(ts.store)).toMatchObject({ ok: false, seq: 6 });
  });

  it('purges snapshots no remaining record refers to', async () => {
    const c = createCollector({ store: ts.store, log: () => {}, rateLimit: false });
    const { port } = await c.listen(0, '127.0.0.1');
    expect((await postJson(`http://127.0.0.1:${port}/v1/consents`, makeRecord({ config: { old: true } }))).status).toBe(200);
    await new Promise<void>((ok) => c.server.close(() => ok())); // stop listening, keep the store open
    expect(await ts.store.purge(ts.clock.now())).toEqual({ records: 0, snapshots: 0 }); // nothing is older yet
    ts.clock.advance();
    expect(await ts.store.purge(ts.clock.now())).toEqual({ records: 8, snapshots: 1 });
  });
});
