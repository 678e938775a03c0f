import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import type { StoredConsentRecord } from '@akkoord/consent-log';
import { chainHash } from './chain-hash.js';
import { GENESIS_HASH } from './constants.js';
import { GroupCommit } from './group-commit.js';
import { SqliteWriter, type WriteBatch } from './sqlite-writer.js';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { RECORD_COLUMNS, recordValues, rowToCheckpoint, rowToRecord, type CheckpointRow, type RecordRow } from './record-row.js';
import type { ChainHead, Checkpoint, PageQuery, PendingRecord, PurgeResult, Receipt, Snapshot, Store } from './types.js';

/** Options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /**
   * `FULL` fsyncs the WAL on every commit: an acknowledged record survives power loss, not only a
   * killed process. `NORMAL` survives kill -9 but may lose the last commits on power loss.
   * @default "FULL"
   */
  synchronous?: 'FULL' | 'NORMAL';
}

interface Job {
  records: PendingRecord[];
  snapshots: Snapshot[];
}
interface JobResult {
  receipts: Receipt[];
  missing: string[];
}

/**
 * The embedded store: one SQLite file in WAL mode, written by this process only. The in-process
 * group-commit queue is the single writer that assigns each chain's order; the write connection
 * runs on a worker thread so commits (fsync) do not stall the event loop.
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const q = {
    existing: db.prepare<[string], { site: string; seq: number; received_at: number }>(
      'SELECT site, seq, received_at FROM consent_records WHERE id = ?',
    ),
    hasSnapshot: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM config_snapshots WHERE hash = ?'),
  };
  const writer = new SqliteWriter({
    file,
    driver: createRequire(import.meta.url).resolve('better-sqlite3'),
    synchronous: options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL',
    insertSql: `INSERT INTO consent_records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})`,
    genesis: GENESIS_HASH,
  });

  // This process is the file's only writer, so the chain heads live in memory; the writer thread
  // still checks each head it moves, and refuses the batch if another process moved it.
  const heads = new Map<string, { seq: number; hash: string }>();
  const loadHeads = () => {
    heads.clear();
    for (const h of db.prepare<[], { site: string; seq: number; hash: string }>('SELECT site, seq, hash FROM chain_heads').all()) heads.set(h.site, { seq: h.seq, hash: h.hash });
  };
  loadHeads();
  const knownSnapshots = new Set<string>();
  // Records of groups handed to the writer but not yet committed (the next group is prepared
  // while the previous one commits): a retry arriving meanwhile must get the same receipt.
  const inFlight = new Map<string, Receipt>();
  const inFlightSnapshots = new Set<string>();

  // Runs on the main thread and is synchronous up to the write, so groups are built strictly in
  // order; the writer thread commits them in the same order.
  const commitJobs = async (jobs: Job[]): Promise<JobResult[]> => {
    const now = Date.now();
    const batch: WriteBatch = { snapshots: [], rows: [], heads: [] };
    const before = new Map<string, { seq: number; hash: string }>();
    const inGroup = new Map<string, Receipt>();
    const newSnapshots = new Set<string>();
    const results = jobs.map((job): JobResult => {
      for (const s of job.snapshots) {
        if (knownSnapshots.has(s.hash) || newSnapshots.has(s.hash)) continue;
        newSnapshots.add(s.hash);
        batch.snapshots.push([s.hash, s.site, now, s.json]);
      }
      const receipts = job.records.map((p): Receipt => {
        const dup = inGroup.get(p.id) ?? inFlight.get(p.id);
        if (dup) return dup;
        const old = q.existing.get(p.id);
        if (old) return { id: p.id, site: old.site, seq: old.seq, receivedAt: old.received_at };
        const head = heads.get(p.site) ?? { seq: 0, hash: GENESIS_HASH };
        if (!before.has(p.site)) before.set(p.site, head);
        const body = { ...p, seq: head.seq + 1, receivedAt: now };
        const rec: StoredConsentRecord = { ...body, prevHash: head.hash, hash: chainHash(head.hash, body) };
        heads.set(p.site, { seq: rec.seq, hash: rec.hash });
        batch.rows.push(recordValues(rec));
        const receipt = { id: rec.id, site: rec.site, seq: rec.seq, receivedAt: now };
        inGroup.set(rec.id, receipt);
        return receipt;
      });
      const hashes = [...new Set(job.records.map((r) => r.configHash))];
      const missing = hashes.filter((h) => !knownSnapshots.has(h) && !newSnapshots.has(h) && !inFlightSnapshots.has(h) && !q.hasSnapshot.get(h));
      return { receipts, missing };
    });
    for (const [site, from] of before) batch.heads.push({ site, fromSeq: from.seq, ...heads.get(site)! });
    for (const [id, r] of inGroup) inFlight.set(id, r);
    for (const h of newSnapshots) inFlightSnapshots.add(h);
    try {
      if (batch.rows.length || batch.snapshots.length) await writer.write(batch);
    } catch (e) {
      // Back to what is committed. A group queued behind this one was built on these heads and
      // is refused by the writer's head check, so the chain never skips or forks.
      loadHeads();
      throw e;
    } finally {
      for (const id of inGroup.keys()) inFlight.delete(id);
      for (const h of newSnapshots) inFlightSnapshots.delete(h);
    }
    if (knownSnapshots.size > 10_000) knownSnapshots.clear();
    for (const h of newSnapshots) knownSnapshots.add(h);
    return results;
  };
  const group = new GroupCommit<Job, JobResult>(commitJobs, 2);

  return {
    kind: 'sqlite',
    async append(records, snapshots) {
      const [r] = await group.submit([{ records, snapshots }]);
      return r;
    },
    async byConsentId(consentId) {
      const rows = db.prepare<[string], RecordRow>('SELECT * FROM consent_records WHERE consent_id = ? ORDER BY received_at, site, seq').all(consentId);
      return rows.map(rowToRecord);
    },
    async page(pq: PageQuery) {
      const where: string[] = [];
      const args: (string | number)[] = [];
      if (pq.site !== undefined) where.push('site = ?') && args.push(pq.site);
      if (pq.from !== undefined) where.push('received_at >= ?') && args.push(pq.from);
      if (pq.to !== undefined) where.push('received_at < ?') && args.push(pq.to);
      if (pq.after) where.push('(site > ? OR (site = ? AND seq > ?))') && args.push(pq.after.site, pq.after.site, pq.after.seq);
      const sql = `SELECT * FROM consent_records ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY site, seq LIMIT ?`;
      return db.prepare<unknown[], RecordRow>(sql).all(...args, pq.limit).map(rowToRecord);
    },
    async snapshot(hash) {
      const row = db.prepare<[string], { hash: string; site: string; created_at: number; config: string }>('SELECT * FROM config_snapshots WHERE hash = ?').get(hash);
      return row ? { hash: row.hash, site: row.site, createdAt: row.created_at, config: JSON.parse(row.config) } : null;
    },
    async heads() {
      const rows = db.prepare<[], { site: string; seq: number; hash: string; anchor_seq: number; anchor_hash: string }>('SELECT * FROM chain_heads ORDER BY site').all();
      return rows.map((r): ChainHead => ({ site: r.site, seq: r.seq, hash: r.hash, anchorSeq: r.anchor_seq, anchorHash: r.anchor_hash }));
    },
    async addCheckpoint(c: Checkpoint) {
      db.prepare('INSERT INTO checkpoints (site, seq, hash, created_at, key_id, signature) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (site, seq) DO NOTHING').run(
        c.site, c.seq, c.hash, c.createdAt, c.keyId, c.signature,
      );
    },
    async checkpoints(site) {
      const rows = site === undefined
        ? db.prepare<[], CheckpointRow>('SELECT * FROM checkpoints ORDER BY site, seq').all()
        : db.prepare<[string], CheckpointRow>('SELECT * FROM checkpoints WHERE site = ? ORDER BY seq').all(site);
      return rows.map(rowToCheckpoint);
    },
    async purge(before) {
      await group.idle();
      const run = db.transaction((): PurgeResult => {
        let records = 0;
        const cut = db.prepare<[number], { site: string; seq: number }>('SELECT site, MAX(seq) AS seq FROM consent_records WHERE received_at < ? GROUP BY site').all(before);
        for (const { site, seq } of cut) {
          const last = db.prepare<[string, number], { hash: string }>('SELECT hash FROM consent_records WHERE site = ? AND seq = ?').get(site, seq)!;
          records += db.prepare('DELETE FROM consent_records WHERE site = ? AND seq <= ?').run(site, seq).changes;
          db.prepare('UPDATE chain_heads SET anchor_seq = ?, anchor_hash = ? WHERE site = ?').run(seq, last.hash, site);
        }
        const snapshots = db
          .prepare('DELETE FROM config_snapshots WHERE created_at < ? AND hash NOT IN (SELECT config_hash FROM consent_records)')
          .run(before).changes;
        return { records, snapshots };
      });
      return run.immediate();
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      await group.idle();
      if (!db.open) return;
      await writer.close();
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec(MIGRATIONS_TABLE);
  const done = new Set(db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((r) => r.version));
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, Date.now());
    }).immediate();
  }
}
