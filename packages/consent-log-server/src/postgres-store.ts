import type pg from 'pg';
import { GroupCommit } from './group-commit.js';
import { loadPg } from './load-pg.js';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { postgresAppend, type AppendJob, type AppendResult } from './postgres-append.js';
import { postgresAccessStore } from './postgres-access-store.js';
import { postgresStats } from './postgres-stats.js';
import { rowToCheckpoint, rowToRecord, type CheckpointRow, type RecordRow } from './record-row.js';
import { DAY_MS, daysFromRecordsSql } from './stats-days.js';
import type { ChainHead, PageQuery, PurgeResult, Snapshot, Store, StoreOptions } from './types.js';

/** Advisory-lock key that serialises migrations across collector processes starting together. */
const MIGRATION_LOCK = 727_001;

/**
 * PostgreSQL store for several collector processes on one database. Each process groups its
 * concurrent appends into one transaction; across processes, appends to a site's chain are
 * serialised by locking that site's `chain_heads` row (`FOR UPDATE`), sites taken in sorted order
 * so two transactions cannot deadlock on them (postgres-append.ts).
 */
export async function openPostgresStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const clock = options.now ?? Date.now;
  const { Pool } = await loadPg();
  const pool = new Pool({ connectionString: url, max: 4 });
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

  // Appends on their own connections in pipeline mode (a statement is sent without waiting for
  // the answer to the one before), so a group costs one round trip, or two when it must lock first
  // (postgres-append.ts): one connection kept for the one-statement groups, two for locked ones.
  // The read side and purge keep the plain pool. The append statements are prepared once per
  // connection and find every row by primary key; without seq scans their cached plans stay index
  // look-ups, where a plan made while a table was small (a new database) would keep reading it
  // whole as it grows, until autovacuum analyses it.
  const appendPool = new Pool({ connectionString: url, max: 3, pipeline: true, options: '-c enable_seqscan=off' });
  appendPool.on('error', () => {
    // As above: an idle append connection was lost and is replaced.
  });
  const appender = postgresAppend(appendPool, clock);
  // Two groups in flight: the next one is sent while the previous one commits.
  const group = new GroupCommit<AppendJob, AppendResult>(appender.commit, 2);
  let closed: Promise<void> | undefined;

  return {
    kind: 'postgres',
    access: postgresAccessStore(pool),
    stats: postgresStats(pool),
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
      if (pq.from !== undefined) where.push(`received_at >= ${arg(pq.from)}`);
      if (pq.to !== undefined) where.push(`received_at < ${arg(pq.to)}`);
      if (pq.site !== undefined) {
        // One site (verify, a site's export): its rows in seq order straight from the (site, seq)
        // index. The general form below sorts in the "C" collation, which that index (in the
        // database's collation) cannot give: every page would read and sort all of the site's
        // remaining rows, a million-record export taking minutes instead of seconds. Site ids
        // are ASCII, so JavaScript's comparison is the "C" order.
        if (pq.after && pq.after.site > pq.site) return [];
        where.push(`site = ${arg(pq.site)}`);
        if (pq.after?.site === pq.site) where.push(`seq > ${arg(pq.after.seq)}`);
        const sql = `SELECT * FROM consent_records WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ${arg(pq.limit)}`;
        return (await pool.query<RecordRow>(sql, args)).rows.map(rowToRecord);
      }
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
          // The days the purged records lie on (a clock set back can spread them beyond `before`).
          const span = await c.query<{ lo: string; hi: string }>(
            'SELECT MIN(received_at) AS lo, MAX(received_at) AS hi FROM consent_records WHERE site = $1 AND seq <= $2',
            [row.site, row.seq],
          );
          records += (await c.query('DELETE FROM consent_records WHERE site = $1 AND seq <= $2', [row.site, row.seq])).rowCount ?? 0;
          await c.query('UPDATE chain_heads SET anchor_seq = $1, anchor_hash = $2 WHERE site = $3', [row.seq, last.rows[0].hash, row.site]);
          // Those days' summary rows again, from the records left on them (still under the head
          // lock, so no append adds to them meanwhile).
          const lo = Math.floor(Number(span.rows[0].lo) / DAY_MS);
          const hi = Math.floor(Number(span.rows[0].hi) / DAY_MS) + 1;
          await c.query('DELETE FROM consent_days WHERE site = $1 AND day >= $2 AND day < $3', [row.site, lo, hi]);
          await c.query(daysFromRecordsSql('r.site = $1 AND r.received_at >= $2 AND r.received_at < $3'), [
            row.site,
            lo * DAY_MS,
            hi * DAY_MS,
          ]);
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
      return (closed ??= group
        .idle()
        .then(() => appender.release())
        .then(() => Promise.all([appendPool.end(), pool.end()]))
        .then(() => {}));
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
