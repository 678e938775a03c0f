import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/open-store.js';
import { verifyChain } from '../src/verify-chain.js';
import { buildCli } from './helpers/build.js';
import { startPostgres } from './helpers/postgres.js';
import { makeRecord, postJson } from './helpers/records.js';
import { spawnCollector, type SpawnedCollector } from './helpers/spawn-collector.js';
import type { ConsentRecord } from '@akkoord/consent-log';
import type { Store } from '../src/types.js';

const cluster = await startPostgres();
let cli = '';
beforeAll(() => {
  if (cluster) cli = buildCli('pg-multi');
}, 120_000);
afterAll(async () => cluster?.stop());

/** Sites whose records the load interleaves: an agency's collector. */
const SITES = 200;
/** Posting loops per collector. */
const WORKERS_PER_COLLECTOR = 8;
/** Records all collectors have acknowledged before the SIGKILL, and the killed one itself at least. */
const ACKS_BEFORE_KILL = 600;
const OWN_ACKS_BEFORE_KILL = 100;
/** Records the two survivors acknowledge after it, before the load stops. */
const ACKS_AFTER_KILL = 600;
/** How long the load may take to reach a count before the test reports the collectors stuck. */
const ACK_DEADLINE_MS = 30_000;

/** Every stored record as [id, "site#seq"], read page by page in chain order. */
async function storedRecords(store: Store): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (let after: { site: string; seq: number } | undefined; ;) {
    const page = await store.page({ after, limit: 1000 });
    for (const r of page) out.push([r.id, `${r.site}#${r.seq}`]);
    if (page.length < 1000) return out;
    after = { site: page[page.length - 1]!.site, seq: page[page.length - 1]!.seq };
  }
}

/**
 * Loops posting one or two records at a time to each collector, the sites taken in turn from one
 * counter, so every site's records arrive at all three collectors at once. Tracks what each
 * collector acknowledged; a loop whose collector is gone stops (a browser would retry later).
 */
function load(collectors: SpawnedCollector[], sent: ConsentRecord[]) {
  let stop = false;
  let next = 0;
  let failure: Error | undefined;
  const acked: string[] = [];
  const ackedBy = collectors.map(() => 0);
  const gone = new Set<number>();
  const waiters: { done: () => boolean; ok: () => void; fail: (e: Error) => void }[] = [];
  const wake = () => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (failure) w.fail(failure);
      else if (w.done()) w.ok();
      else continue;
      waiters.splice(i, 1);
    }
  };
  const loops = collectors.flatMap((c, k) =>
    Array.from({ length: WORKERS_PER_COLLECTOR }, async (_, w) => {
      while (!stop && !gone.has(k)) {
        const batch = Array.from({ length: 1 + (w % 2) }, () => makeRecord({ site: `s${next++ % SITES}.example.nl` }));
        sent.push(...batch);
        try {
          const res = await postJson(`${c.url}/v1/consents`, batch);
          // Nothing but 200 while a collector lives: a 503 would mean a group failed.
          if (res.status !== 200) throw new Error(`collector ${k} answered ${res.status}: ${JSON.stringify(res.json)}`);
          acked.push(...res.json.records.map((r: { id: string }) => r.id));
          ackedBy[k]! += batch.length;
        } catch (e) {
          // The killed collector's connections: not acknowledged. Anything else stops the load.
          if (!gone.has(k)) {
            failure ??= e as Error;
            stop = true;
          }
        }
        wake();
      }
    }),
  );
  return {
    acked,
    ackedBy,
    /** Resolves once `done()` holds; fails on a failed post, or after ACK_DEADLINE_MS with the counts reached. */
    until(done: () => boolean): Promise<void> {
      return new Promise((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`stuck at ${acked.length} acknowledged (${ackedBy.join(' / ')})`)), ACK_DEADLINE_MS);
        waiters.push({ done, ok: () => (clearTimeout(timer), ok()), fail: (e) => (clearTimeout(timer), fail(e)) });
        wake();
      });
    },
    /** Marks collector `k` as killed: its loops stop, their failed posts are expected. */
    gone: (k: number) => gone.add(k),
    async end() {
      stop = true;
      await Promise.all(loops);
      if (failure) throw failure;
    },
  };
}

describe.skipIf(cluster === null)('several collectors on one PostgreSQL database', () => {
  it('keeps every site chain verifiable and every acknowledged record when one of three collectors is killed mid-load', async () => {
    const db = await cluster!.createDatabase();
    const collectors: SpawnedCollector[] = [];
    for (let i = 0; i < 3; i++) collectors.push(await spawnCollector(cli, ['--db', db, '--rate-limit', 'off']));
    const sent: ConsentRecord[] = [];
    const l = load(collectors, sent);
    try {
      await l.until(() => l.acked.length >= ACKS_BEFORE_KILL && l.ackedBy[0]! >= OWN_ACKS_BEFORE_KILL);
      l.gone(0);
      collectors[0]!.child.kill('SIGKILL');
      expect(await collectors[0]!.exited).toBe('SIGKILL');
      const atKill = l.acked.length;
      await l.until(() => l.acked.length >= atKill + ACKS_AFTER_KILL);
    } finally {
      collectors[0]!.child.kill('SIGKILL');
      await l.end();
    }

    // First what the kill left, before any retry (a retry would hide a lost acknowledgement):
    // every acknowledged record is there, none twice, and every site's chain verifies.
    const crashed = await openStore(db);
    const rows = await storedRecords(crashed);
    const kept = new Map(rows);
    expect(kept.size).toBe(rows.length);
    const missing = l.acked.filter((id) => !kept.has(id));
    expect(missing).toEqual([]);
    expect(await verifyChain(crashed)).toMatchObject({ ok: true, sites: SITES, records: rows.length });
    await crashed.close();

    // The clients retry everything they sent (acknowledged or not), as queued records are, to a
    // survivor: only what was missing is stored, and what was kept keeps its place.
    for (let i = 0; i < sent.length; i += 100) {
      const res = await postJson(`${collectors[1]!.url}/v1/consents`, sent.slice(i, i + 100));
      expect(res.status).toBe(200);
    }
    for (const c of collectors.slice(1)) {
      c.child.kill('SIGTERM');
      expect(await c.exited).toBe(0);
    }
    const store = await openStore(db);
    const allRows = await storedRecords(store);
    const all = new Map(allRows);
    expect(all.size).toBe(allRows.length);
    expect(all.size).toBe(new Set(sent.map((r) => r.id)).size);
    for (const [id, at] of kept) expect(all.get(id)).toBe(at);
    await store.close();

    // And the command an operator runs says so too.
    const verify = spawnSync(process.execPath, [cli, 'verify', '--db', db, '--all'], { encoding: 'utf8' });
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, sites: SITES, records: all.size });
  }, 120_000);
});
