import pg from 'pg';
import type { StoredConsentRecord } from '@akkoord/consent-log';
import { chainHash } from './chain-hash.js';
import { GENESIS_HASH } from './constants.js';
import { GroupCommit } from './group-commit.js';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { postgresAccessStore } from './postgres-access-store.js';
import {
  numberedRecord,
  RECORD_COLUMN_TYPES,
  RECORD_COLUMNS,
  recordValues,
  rowToCheckpoint,
  rowToRecord,
  type CheckpointRow,
  type RecordRow,
} from './record-row.js';
import type { ChainHead, PageQuery, PendingRecord, PurgeResult, Receipt, Snapshot, Store, StoreOptions } from './types.js';

interface Job {
  records: PendingRecord[];
  snapshots: Snapshot[];
}
interface JobResult {
  receipts: Receipt[];
  missing: string[];
}

/** Advisory-lock key that serialises migrations across collector processes starting together. */
const MIGRATION_LOCK = 727_001;

/** The multi-row insert through unnest(), one typed array per column (types from the record's field table). */
const INSERT_MANY = `INSERT INTO consent_records (${RECORD_COLUMNS.join(', ')}) SELECT * FROM unnest(${RECORD_COLUMN_TYPES.map(
  (t, i) => `$${i + 1}::${t.toLowerCase()}[]`,
).join(', ')}) ON CONFLICT (id) DO NOTHING`;

/**
 * PostgreSQL store for several collector processes on one database. Each process groups its
 * concurrent appends into one transaction; across processes, appends to a site's chain are
 * serialised by locking that site's `chain_heads` row (`SELECT … FOR UPDATE`), sites taken in
 * sorted order so two transactions cannot deadlock on them.
 */
export async function openPostgresStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const clock = options.now ?? Date.now;
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Queries report their own errors.
  });
  await migrate(pool, clock);

  const tx = async <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  };

  // Sites whose chain_heads row exists: rows are never deleted (a purge only moves the anchor), so
  // the insert that creates a missing one is skipped once a site was seen.
  const headRows = new Set<string>();

  // One round trip per step, whatever the group size: snapshots, head locks, existing ids and
  // snapshots, rows, heads.
  const commitJobs = async (jobs: Job[]): Promise<JobResult[]> => {
    const out = await tx(async (c) => {
      const now = clock();
      const snaps = jobs.flatMap((j) => j.snapshots);
      if (snaps.length) {
        await c.query(
          'INSERT INTO config_snapshots (hash, site, created_at, config) SELECT h, s, $3, j FROM unnest($1::text[], $2::text[], $4::text[]) AS t(h, s, j) ON CONFLICT (hash) DO NOTHING',
          [snaps.map((x) => x.hash), snaps.map((x) => x.site), now, snaps.map((x) => x.json)],
        );
      }
      const records = jobs.flatMap((j) => j.records);
      const sites = [...new Set(records.map((r) => r.site))].sort();
      const heads = new Map<string, { seq: number; hash: string }>();
      if (sites.length) {
        const newSites = sites.filter((x) => !headRows.has(x));
        if (newSites.length) {
          await c.query(
            'INSERT INTO chain_heads (site, seq, hash, anchor_seq, anchor_hash) SELECT s, 0, $2, 0, $2 FROM unnest($1::text[]) AS t(s) ON CONFLICT (site) DO NOTHING',
            [newSites, GENESIS_HASH],
          );
        }
        // Locked in sorted order (deadlock-free); after the lock, this statement sees every commit
        // other collectors made to these chains.
        const h = await c.query<{ site: string; seq: string; hash: string }>(
          'SELECT site, seq, hash FROM chain_heads WHERE site = ANY($1) ORDER BY site COLLATE "C" FOR UPDATE',
          [sites],
        );
        for (const row of h.rows) heads.set(row.site, { seq: Number(row.seq), hash: row.hash });
        if (heads.size !== sites.length) {
          // A head row was deleted behind the store's back: create it again on the retry.
          for (const x of sites) headRows.delete(x);
          throw new Error('a chain_heads row is missing; retry');
        }
      }
      // Stored ids and stored snapshots in one round trip (the snapshots of this group are inserted above).
      const hashes = [...new Set(records.map((r) => r.configHash))];
      const found = await c.query<{ id: string; site: string | null; seq: string | null; received_at: string | null }>(
        'SELECT id, site, seq, received_at FROM consent_records WHERE id = ANY($1) UNION ALL SELECT hash, NULL, NULL, NULL FROM config_snapshots WHERE hash = ANY($2)',
        [records.map((r) => r.id), hashes],
      );
      const known = new Map<string, Receipt>();
      const stored = new Set<string>();
      for (const o of found.rows) {
        if (o.site === null) stored.add(o.id);
        else known.set(o.id, { id: o.id, site: o.site, seq: Number(o.seq), receivedAt: Number(o.received_at) });
      }
      const rows: (string | number | null)[][] = [];
      const receipts = records.map((p): Receipt => {
        const old = known.get(p.id);
        if (old) return old;
        const head = heads.get(p.site)!;
        const body = numberedRecord(p, head.seq + 1, now);
        const rec: StoredConsentRecord = Object.assign(body, { prevHash: head.hash, hash: chainHash(head.hash, body) });
        heads.set(p.site, { seq: rec.seq, hash: rec.hash });
        rows.push(recordValues(rec));
        const receipt = { id: rec.id, site: rec.site, seq: rec.seq, receivedAt: now };
        known.set(rec.id, receipt);
        return receipt;
      });
      if (rows.length) {
        const cols = RECORD_COLUMNS.map((_, i) => rows.map((r) => r[i]));
        const ins = await c.query(INSERT_MANY, cols);
        // Only an id stored meanwhile under another site can collide here: roll back; the retry sees it.
        if (ins.rowCount !== rows.length) throw new Error('record id collision with a concurrent insert; retry');
        const moved = [...heads];
        await c.query(
          'UPDATE chain_heads AS c SET seq = t.seq, hash = t.hash FROM unnest($1::text[], $2::bigint[], $3::text[]) AS t(site, seq, hash) WHERE c.site = t.site',
          [moved.map(([site]) => site), moved.map(([, h]) => h.seq), moved.map(([, h]) => h.hash)],
        );
      }
      let i = 0;
      return jobs.map((job) => {
        const mine = receipts.slice(i, (i += job.records.length));
        const refs = [...new Set(job.records.map((r) => r.configHash))];
        return { receipts: mine, missing: refs.filter((h) => !stored.has(h)) };
      });
    });
    // Only after the commit: a rolled-back group may have created (and lost) a head row.
    for (const j of jobs) for (const r of j.records) headRows.add(r.site);
    return out;
  };
  // Two groups in flight on two pool connections: the next one starts (and waits on the chain-head
  // row lock) while the previous one commits, so its first round trips overlap that commit.
  const group = new GroupCommit<Job, JobResult>(commitJobs, 2);
  let closed: Promise<void> | undefined;

  return {
    kind: 'postgres',
    access: postgresAccessStore(pool),
    async append(records, snapshots) {
      const [r] = await group.submit([{ records, snapshots }]);
      return r;
    },
    async byConsentId(consentId) {
      const r = await pool.query<RecordRow>('SELECT * FROM consent_records WHERE consent_id = $1 ORDER BY received_at, site, seq', [
        consentId,
      ]);
      return r.rows.map(rowToRecord);
    },
    async page(pq: PageQuery) {
      const where: string[] = [];
      const args: (string | number)[] = [];
      const arg = (v: string | number) => `$${args.push(v)}`;
      if (pq.site !== undefined) where.push(`site = ${arg(pq.site)}`);
      if (pq.from !== undefined) where.push(`received_at >= ${arg(pq.from)}`);
      if (pq.to !== undefined) where.push(`received_at < ${arg(pq.to)}`);
      if (pq.after)
        where.push(`(site COLLATE "C" > ${arg(pq.after.site)} OR (site = ${arg(pq.after.site)} AND seq > ${arg(pq.after.seq)}))`);
      const sql = `SELECT * FROM consent_records ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY site COLLATE "C", seq LIMIT ${arg(pq.limit)}`;
      return (await pool.query<RecordRow>(sql, args)).rows.map(rowToRecord);
    },
    async snapshot(hash) {
      const r = await pool.query<{ hash: string; site: string; created_at: string; config: string }>(
        'SELECT * FROM config_snapshots WHERE hash = $1',
        [hash],
      );
      const row = r.rows[0];
      return row ? { hash: row.hash, site: row.site, createdAt: Number(row.created_at), config: JSON.parse(row.config) } : null;
    },
    async snapshotPage(after, limit) {
      // COLLATE "C": the same byte order as SQLite's, whatever the database's collation.
      const r = await pool.query<Snapshot>(
        'SELECT hash, site, config AS json FROM config_snapshots WHERE hash COLLATE "C" > $1 ORDER BY hash COLLATE "C" LIMIT $2',
        [after ?? '', limit],
      );
      return r.rows;
    },
    async heads() {
      const r = await pool.query<{ site: string; seq: string; hash: string; anchor_seq: string; anchor_hash: string }>(
        'SELECT * FROM chain_heads ORDER BY site COLLATE "C"',
      );
      return r.rows.map((h): ChainHead => ({
        site: h.site,
        seq: Number(h.seq),
        hash: h.hash,
        anchorSeq: Number(h.anchor_seq),
        anchorHash: h.anchor_hash,
      }));
    },
    async addCheckpoint(c) {
      await pool.query(
        'INSERT INTO checkpoints (site, seq, hash, created_at, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (site, seq) DO NOTHING',
        [c.site, c.seq, c.hash, c.createdAt, c.keyId, c.signature],
      );
    },
    async checkpoints(site) {
      const r =
        site === undefined
          ? await pool.query<CheckpointRow>('SELECT * FROM checkpoints ORDER BY site COLLATE "C", seq')
          : await pool.query<CheckpointRow>('SELECT * FROM checkpoints WHERE site = $1 ORDER BY seq', [site]);
      return r.rows.map(rowToCheckpoint);
    },
    async purge(before) {
      await group.idle();
      return tx(async (c): Promise<PurgeResult> => {
        let records = 0;
        const cut = await c.query<{ site: string; seq: string }>(
          'SELECT site, MAX(seq) AS seq FROM consent_records WHERE received_at < $1 GROUP BY site',
          [before],
        );
        for (const row of cut.rows) {
          // Lock the head so no collector appends to this chain while its anchor moves.
          await c.query('SELECT 1 FROM chain_heads WHERE site = $1 FOR UPDATE', [row.site]);
          const last = await c.query<{ hash: string }>('SELECT hash FROM consent_records WHERE site = $1 AND seq = $2', [
            row.site,
            row.seq,
          ]);
          records += (await c.query('DELETE FROM consent_records WHERE site = $1 AND seq <= $2', [row.site, row.seq])).rowCount ?? 0;
          await c.query('UPDATE chain_heads SET anchor_seq = $1, anchor_hash = $2 WHERE site = $3', [row.seq, last.rows[0].hash, row.site]);
        }
        const snaps = await c.query(
          'DELETE FROM config_snapshots WHERE created_at < $1 AND hash NOT IN (SELECT config_hash FROM consent_records)',
          [before],
        );
        return { records, snapshots: snaps.rowCount ?? 0 };
      });
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async probeWrite() {
      // A committed write (with synchronous_commit on, flushed to the WAL like a record's).
      await pool.query(
        'INSERT INTO write_probe (id, written_at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET written_at = excluded.written_at',
        [clock()],
      );
    },
    close() {
      return (closed ??= group.idle().then(() => pool.end()));
    },
  };
}

async function migrate(pool: pg.Pool, clock: () => number): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await c.query(MIGRATIONS_TABLE);
    const done = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await c.query('BEGIN');
      try {
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [m.version, clock()]);
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    await c.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    c.release();
  }
}
