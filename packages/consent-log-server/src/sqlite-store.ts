import Database from 'better-sqlite3';
import type { StoredConsentRecord } from '@akkoord/consent-log';
import { chainHash } from './chain-hash.js';
import { GENESIS_HASH } from './constants.js';
import { GroupCommit } from './group-commit.js';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { sqliteAccessStore } from './sqlite-access-store.js';
import { sqliteStats } from './sqlite-stats.js';
import { DAY_COLUMNS, DAY_KEY, DAY_MS, dayCounts, daysFromRecordsSql } from './stats-days.js';
import {
  numberedRecord,
  RECORD_COLUMNS,
  recordValues,
  rowToCheckpoint,
  rowToRecord,
  type CheckpointRow,
  type RecordRow,
} from './record-row.js';
import type { ChainHead, Checkpoint, PageQuery, PendingRecord, PurgeResult, Receipt, Snapshot, Store, StoreOptions } from './types.js';

/** Options of {@link openSqliteStore}: those of every store (the clock) plus SQLite's own. */
export interface SqliteStoreOptions extends StoreOptions {
  /**
   * `FULL` fsyncs the WAL on every commit: an acknowledged record survives power loss, not only a
   * killed process. `NORMAL` survives kill -9 but may lose the last commits on power loss.
   * @default "FULL"
   */
  synchronous?: 'FULL' | 'NORMAL';
  /**
   * Hold the collector lock ({@link collectorLockFile}) while open, so a second store that would
   * append to the same file, in this process or another, is refused when it opens. The CLI's
   * verify, export and purge open without it: they may run beside the collector.
   * @default true
   */
  lock?: boolean;
}

/** The lock file beside a SQLite database, held by the one store that appends to it. */
export function collectorLockFile(file: string): string {
  return `${file}-collector.lock`;
}

/**
 * Takes the collector lock of `file`, or throws naming who holds it. The lock is SQLite's own
 * exclusive lock (a POSIX advisory lock) on a small database beside the real one: in EXCLUSIVE
 * locking mode a connection keeps the lock of its first write until it closes, and the operating
 * system drops it when the process ends, kill -9 included, so a crash leaves nothing stale to
 * clean up. A separate file, because that lock on the database itself would shut out backups and
 * the read-only commands (verify, export, purge), which run beside the collector.
 */
function takeCollectorLock(file: string): Database.Database {
  const path = collectorLockFile(file);
  // timeout 0: refuse at once rather than wait for a lock that a running collector never gives up.
  const lock = new Database(path, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (e) {
    lock.close();
    if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
    throw new Error(
      `${file}: another collector already writes this SQLite file (it holds ${path}); one SQLite file takes one collector process, use PostgreSQL for several`,
      { cause: e },
    );
  }
  return lock;
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
 * The embedded store: one SQLite file in WAL mode, appended to by this store only (it holds the
 * collector lock, see {@link SqliteStoreOptions.lock}). The group-commit queue is the single
 * writer that assigns each chain's order: each group is one transaction, and with
 * `synchronous=FULL` SQLite syncs the WAL inside its COMMIT, so a group is answered only once it
 * is on disk. Plain SQLite, measured against a store that synced the WAL off the event loop
 * itself: the same records/s (docs/architecture.md, "SQLite durability").
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const clock = options.now ?? Date.now;
  // An in-memory database (":memory:", or "" for a temporary one) is this connection's alone.
  const lock = options.lock === false || file === ':memory:' || file === '' ? undefined : takeCollectorLock(file);
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // FULL: the WAL is synced in every COMMIT, so what is answered survives a power cut. NORMAL
    // syncs only at checkpoints: it survives a killed process, not a power cut.
    db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    db.pragma('busy_timeout = 5000');
    migrate(db, clock);
  } catch (e) {
    lock?.close();
    throw e;
  }

  const q = {
    existing: db.prepare<[string], { site: string; seq: number; received_at: number }>(
      'SELECT site, seq, received_at FROM consent_records WHERE id = ?',
    ),
    hasSnapshot: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM config_snapshots WHERE hash = ?'),
    addSnapshot: db.prepare(
      'INSERT INTO config_snapshots (hash, site, created_at, config) VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING',
    ),
    insert: db.prepare(
      `INSERT INTO consent_records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
    ),
    head: db.prepare<[string], { seq: number }>('SELECT seq FROM chain_heads WHERE site = ?'),
    probe: db.prepare(
      'INSERT INTO write_probe (id, written_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET written_at = excluded.written_at',
    ),
    // One row per distinct summary key of a group (stats-days.ts), not one per record.
    addDay: db.prepare(
      `INSERT INTO consent_days (${DAY_COLUMNS.join(', ')}) VALUES (${DAY_COLUMNS.map(() => '?').join(', ')})
       ON CONFLICT (${DAY_KEY}) DO UPDATE SET decisions = decisions + excluded.decisions,
         first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at)`,
    ),
    setHead: db.prepare(
      'INSERT INTO chain_heads (site, seq, hash, anchor_seq, anchor_hash) VALUES (?, ?, ?, 0, ?) ON CONFLICT (site) DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
    ),
  };

  // The collector lock makes this store the file's only appender, so the chain heads live in
  // memory; each transaction still checks every head it moves, and refuses the group if another
  // writer moved it (a store opened without the lock, or a copy of the file swapped in).
  const heads = new Map<string, { seq: number; hash: string }>();
  const loadHeads = () => {
    heads.clear();
    for (const h of db.prepare<[], { site: string; seq: number; hash: string }>('SELECT site, seq, hash FROM chain_heads').all())
      heads.set(h.site, { seq: h.seq, hash: h.hash });
  };
  loadHeads();
  const knownSnapshots = new Set<string>();
  // Hashes looked up and not found. Only this process adds snapshots (and then moves the hash to
  // knownSnapshots) while a purge only deletes, so a hash in here stays missing: no query per request.
  const missingSnapshots = new Set<string>();

  // One transaction per group. Groups run one after another on the event loop, so a retry of a
  // record committed by an earlier group finds it, already on disk.
  const write = db.transaction(
    (jobs: Job[], now: number, newSnapshots: Set<string>, moved: Map<string, { seq: number; hash: string }>): JobResult[] => {
      const inGroup = new Map<string, Receipt>();
      const inserted: (string | number | null)[][] = [];
      const results = jobs.map((job): JobResult => {
        for (const s of job.snapshots) {
          if (knownSnapshots.has(s.hash) || newSnapshots.has(s.hash)) continue;
          newSnapshots.add(s.hash);
          q.addSnapshot.run(s.hash, s.site, now, s.json);
        }
        const receipts = job.records.map((p): Receipt => {
          const dup = inGroup.get(p.id);
          if (dup) return dup;
          let head = moved.get(p.site);
          if (!head) {
            head = heads.get(p.site) ?? { seq: 0, hash: GENESIS_HASH };
            if ((q.head.get(p.site)?.seq ?? 0) !== head.seq)
              throw new Error(`chain head of ${p.site} moved: another process writes this SQLite file`);
          }
          const body = numberedRecord(p, head.seq + 1, now);
          const rec: StoredConsentRecord = Object.assign(body, { prevHash: head.hash, hash: chainHash(head.hash, body) });
          const values = recordValues(rec);
          // One index search instead of a look-up and then an insert: a stored id (a retry) inserts
          // nothing, leaves the chain as it was and gets its stored receipt.
          if (q.insert.run(values).changes === 0) {
            const old = q.existing.get(p.id)!;
            return { id: p.id, site: old.site, seq: old.seq, receivedAt: old.received_at };
          }
          moved.set(p.site, { seq: rec.seq, hash: rec.hash });
          inserted.push(values);
          const receipt = { id: rec.id, site: rec.site, seq: rec.seq, receivedAt: now };
          inGroup.set(rec.id, receipt);
          return receipt;
        });
        const hashes = [...new Set(job.records.map((r) => r.configHash))];
        const missing = hashes.filter((h) => {
          if (knownSnapshots.has(h) || newSnapshots.has(h)) return false;
          if (missingSnapshots.has(h)) return true;
          if (q.hasSnapshot.get(h)) return false;
          if (missingSnapshots.size > 10_000) missingSnapshots.clear();
          missingSnapshots.add(h);
          return true;
        });
        return { receipts, missing };
      });
      for (const c of dayCounts(inserted)) q.addDay.run(c.site, c.day, c.revision, c.action, c.choices, c.decisions, c.firstAt, c.lastAt);
      for (const [site, h] of moved) q.setHead.run(site, h.seq, h.hash, GENESIS_HASH);
      return results;
    },
  );

  const commitJobs = async (jobs: Job[]): Promise<JobResult[]> => {
    const newSnapshots = new Set<string>();
    const moved = new Map<string, { seq: number; hash: string }>();
    let results: JobResult[];
    try {
      results = write.immediate(jobs, clock(), newSnapshots, moved);
    } catch (e) {
      // Rolled back. Start again from what is committed (another process may have moved a head).
      loadHeads();
      throw e;
    }
    for (const [site, h] of moved) heads.set(site, h);
    if (knownSnapshots.size > 10_000) knownSnapshots.clear();
    for (const h of newSnapshots) {
      knownSnapshots.add(h);
      missingSnapshots.delete(h);
    }
    return results;
  };
  // One group at a time: what arrives while a group commits and syncs forms the next group, so
  // groups stay large (fewer transactions, WAL pages and syncs per record). Measured against a group
  // per event-loop turn with overlapping syncs: the same throughput and latency, with less CPU.
  const group = new GroupCommit<Job, JobResult>(commitJobs, 1);

  return {
    kind: 'sqlite',
    access: sqliteAccessStore(db),
    stats: sqliteStats(db),
    async append(records, snapshots) {
      const [r] = await group.submit([{ records, snapshots }]);
      return r;
    },
    async byConsentId(consentId) {
      const rows = db
        .prepare<[string], RecordRow>('SELECT * FROM consent_records WHERE consent_id = ? ORDER BY received_at, site, seq')
        .all(consentId);
      return rows.map(rowToRecord);
    },
    async page(pq: PageQuery) {
      const where: string[] = [];
      const args: (string | number)[] = [];
      const when = (sql: string, ...values: (string | number)[]) => {
        where.push(sql);
        args.push(...values);
      };
      if (pq.site !== undefined) when('site = ?', pq.site);
      if (pq.from !== undefined) when('received_at >= ?', pq.from);
      if (pq.to !== undefined) when('received_at < ?', pq.to);
      if (pq.after) when('(site > ? OR (site = ? AND seq > ?))', pq.after.site, pq.after.site, pq.after.seq);
      const sql = `SELECT * FROM consent_records ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY site, seq LIMIT ?`;
      return db
        .prepare<unknown[], RecordRow>(sql)
        .all(...args, pq.limit)
        .map(rowToRecord);
    },
    async snapshot(hash) {
      const row = db
        .prepare<[string], { hash: string; site: string; created_at: number; config: string }>(
          'SELECT * FROM config_snapshots WHERE hash = ?',
        )
        .get(hash);
      return row ? { hash: row.hash, site: row.site, createdAt: row.created_at, config: JSON.parse(row.config) } : null;
    },
    async snapshotPage(after, limit) {
      return db
        .prepare<[string, number], Snapshot>('SELECT hash, site, config AS json FROM config_snapshots WHERE hash > ? ORDER BY hash LIMIT ?')
        .all(after ?? '', limit);
    },
    async heads() {
      const rows = db
        .prepare<[], { site: string; seq: number; hash: string; anchor_seq: number; anchor_hash: string }>(
          'SELECT * FROM chain_heads ORDER BY site',
        )
        .all();
      return rows.map((r): ChainHead => ({ site: r.site, seq: r.seq, hash: r.hash, anchorSeq: r.anchor_seq, anchorHash: r.anchor_hash }));
    },
    async addCheckpoint(c: Checkpoint) {
      db.prepare(
        'INSERT INTO checkpoints (site, seq, hash, created_at, key_id, signature) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (site, seq) DO NOTHING',
      ).run(c.site, c.seq, c.hash, c.createdAt, c.keyId, c.signature);
    },
    async checkpoints(site) {
      const rows =
        site === undefined
          ? db.prepare<[], CheckpointRow>('SELECT * FROM checkpoints ORDER BY site, seq').all()
          : db.prepare<[string], CheckpointRow>('SELECT * FROM checkpoints WHERE site = ? ORDER BY seq').all(site);
      return rows.map(rowToCheckpoint);
    },
    async purge(before) {
      await group.idle();
      const run = db.transaction((): PurgeResult => {
        let records = 0;
        const cut = db
          .prepare<[number], { site: string; seq: number }>(
            'SELECT site, MAX(seq) AS seq FROM consent_records WHERE received_at < ? GROUP BY site',
          )
          .all(before);
        for (const { site, seq } of cut) {
          const last = db
            .prepare<[string, number], { hash: string }>('SELECT hash FROM consent_records WHERE site = ? AND seq = ?')
            .get(site, seq)!;
          // The days the purged records lie on (a clock set back can spread them beyond `before`).
          const span = db
            .prepare<[string, number], { lo: number; hi: number }>(
              'SELECT MIN(received_at) AS lo, MAX(received_at) AS hi FROM consent_records WHERE site = ? AND seq <= ?',
            )
            .get(site, seq)!;
          records += db.prepare('DELETE FROM consent_records WHERE site = ? AND seq <= ?').run(site, seq).changes;
          db.prepare('UPDATE chain_heads SET anchor_seq = ?, anchor_hash = ? WHERE site = ?').run(seq, last.hash, site);
          // Those days' summary rows again, from the records left on them.
          const lo = Math.floor(span.lo / DAY_MS);
          const hi = Math.floor(span.hi / DAY_MS) + 1;
          db.prepare('DELETE FROM consent_days WHERE site = ? AND day >= ? AND day < ?').run(site, lo, hi);
          db.prepare(daysFromRecordsSql('r.site = ? AND r.received_at >= ? AND r.received_at < ?')).run(site, lo * DAY_MS, hi * DAY_MS);
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
    async probeWrite() {
      // Between groups (a group's transaction runs synchronously), committed like a group.
      q.probe.run(clock());
    },
    async close() {
      await group.idle();
      if (!db.open) return;
      db.close();
      // Last: until the database is closed, no second collector may open it.
      lock?.close();
    },
  };
}

function migrate(db: Database.Database, clock: () => number): void {
  db.exec(MIGRATIONS_TABLE);
  const done = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((r) => r.version),
  );
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, clock());
    }).immediate();
  }
}
