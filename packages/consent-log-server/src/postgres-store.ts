import pg from 'pg';
import type { StoredConsentRecord } from '@akkoord/consent-log';
import { chainHash } from './chain-hash.js';
import { GENESIS_HASH } from './constants.js';
import { GroupCommit } from './group-commit.js';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { RECORD_COLUMNS, recordValues, rowToCheckpoint, rowToRecord, type CheckpointRow, type RecordRow } from './record-row.js';
import type { ChainHead, PageQuery, PendingRecord, PurgeResult, Receipt, Snapshot, Store } from './types.js';

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

const INSERT = `INSERT INTO consent_records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (id) DO NOTHING RETURNING id`;

/**
 * PostgreSQL store for several collector processes on one database. Each process groups its
 * concurrent appends into one transaction; across processes, appends to a site's chain are
 * serialised by locking that site's `chain_heads` row (`SELECT … FOR UPDATE`), sites taken in
 * sorted order so two transactions cannot deadlock on them.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Queries report their own errors.
  });
  await migrate(pool);

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

  const commitJobs = (jobs: Job[]): Promise<JobResult[]> =>
    tx(async (c) => {
      const snaps = jobs.flatMap((j) => j.snapshots);
      const now = Date.now();
      for (const s of snaps) {
        await c.query('INSERT INTO config_snapshots (hash, site, created_at, config) VALUES ($1, $2, $3, $4) ON CONFLICT (hash) DO NOTHING', [s.hash, s.site, now, s.json]);
      }
      const sites = [...new Set(jobs.flatMap((j) => j.records.map((r) => r.site)))].sort();
      const heads = new Map<string, { seq: number; hash: string }>();
      for (const site of sites) {
        await c.query('INSERT INTO chain_heads (site, seq, hash, anchor_seq, anchor_hash) VALUES ($1, 0, $2, 0, $2) ON CONFLICT (site) DO NOTHING', [site, GENESIS_HASH]);
        const h = await c.query<{ seq: string; hash: string }>('SELECT seq, hash FROM chain_heads WHERE site = $1 FOR UPDATE', [site]);
        heads.set(site, { seq: Number(h.rows[0].seq), hash: h.rows[0].hash });
      }
      const out: JobResult[] = [];
      for (const job of jobs) {
        const receipts: Receipt[] = [];
        for (const p of job.records) {
          const head = heads.get(p.site)!;
          const body = { ...p, seq: head.seq + 1, receivedAt: now };
          const rec: StoredConsentRecord = { ...body, prevHash: head.hash, hash: chainHash(head.hash, body) };
          const ins = await c.query(INSERT, recordValues(rec));
          if (ins.rowCount) {
            heads.set(p.site, { seq: rec.seq, hash: rec.hash });
            receipts.push({ id: rec.id, site: rec.site, seq: rec.seq, receivedAt: now });
          } else {
            const old = await c.query<{ site: string; seq: string; received_at: string }>('SELECT site, seq, received_at FROM consent_records WHERE id = $1', [p.id]);
            const o = old.rows[0];
            receipts.push({ id: p.id, site: o.site, seq: Number(o.seq), receivedAt: Number(o.received_at) });
          }
        }
        const hashes = [...new Set(job.records.map((r) => r.configHash))];
        const have = await c.query<{ hash: string }>('SELECT hash FROM config_snapshots WHERE hash = ANY($1)', [hashes]);
        const known = new Set(have.rows.map((r) => r.hash));
        out.push({ receipts, missing: hashes.filter((h) => !known.has(h)) });
      }
      for (const [site, h] of heads) await c.query('UPDATE chain_heads SET seq = $1, hash = $2 WHERE site = $3', [h.seq, h.hash, site]);
      return out;
    });
  const group = new GroupCommit<Job, JobResult>(commitJobs);
  let closed: Promise<void> | undefined;

  return {
    kind: 'postgres',
    async append(records, snapshots) {
      const [r] = await group.submit([{ records, snapshots }]);
      return r;
    },
    async byConsentId(consentId) {
      const r = await pool.query<RecordRow>('SELECT * FROM consent_records WHERE consent_id = $1 ORDER BY received_at, site, seq', [consentId]);
      return r.rows.map(rowToRecord);
    },
    async page(pq: PageQuery) {
      const where: string[] = [];
      const args: (string | number)[] = [];
      const arg = (v: string | number) => `$${args.push(v)}`;
      if (pq.site !== undefined) where.push(`site = ${arg(pq.site)}`);
      if (pq.from !== undefined) where.push(`received_at >= ${arg(pq.from)}`);
      if (pq.to !== undefined) where.push(`received_at < ${arg(pq.to)}`);
      if (pq.after) where.push(`(site COLLATE "C" > ${arg(pq.after.site)} OR (site = ${arg(pq.after.site)} AND seq > ${arg(pq.after.seq)}))`);
      const sql = `SELECT * FROM consent_records ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY site COLLATE "C", seq LIMIT ${arg(pq.limit)}`;
      return (await pool.query<RecordRow>(sql, args)).rows.map(rowToRecord);
    },
    async snapshot(hash) {
      const r = await pool.query<{ hash: string; site: string; created_at: string; config: string }>('SELECT * FROM config_snapshots WHERE hash = $1', [hash]);
      const row = r.rows[0];
      return row ? { hash: row.hash, site: row.site, createdAt: Number(row.created_at), config: JSON.parse(row.config) } : null;
    },
    async heads() {
      const r = await pool.query<{ site: string; seq: string; hash: string; anchor_seq: string; anchor_hash: string }>('SELECT * FROM chain_heads ORDER BY site COLLATE "C"');
      return r.rows.map((h): ChainHead => ({ site: h.site, seq: Number(h.seq), hash: h.hash, anchorSeq: Number(h.anchor_seq), anchorHash: h.anchor_hash }));
    },
    async addCheckpoint(c) {
      await pool.query('INSERT INTO checkpoints (site, seq, hash, created_at, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (site, seq) DO NOTHING', [
        c.site, c.seq, c.hash, c.createdAt, c.keyId, c.signature,
      ]);
    },
    async checkpoints(site) {
      const r = site === undefined
        ? await pool.query<CheckpointRow>('SELECT * FROM checkpoints ORDER BY site COLLATE "C", seq')
        : await pool.query<CheckpointRow>('SELECT * FROM checkpoints WHERE site = $1 ORDER BY seq', [site]);
      return r.rows.map(rowToCheckpoint);
    },
    async purge(before) {
      await group.idle();
      return tx(async (c): Promise<PurgeResult> => {
        let records = 0;
        const cut = await c.query<{ site: string; seq: string }>('SELECT site, MAX(seq) AS seq FROM consent_records WHERE received_at < $1 GROUP BY site', [before]);
        for (const row of cut.rows) {
          // Lock the head so no collector appends to this chain while its anchor moves.
          await c.query('SELECT 1 FROM chain_heads WHERE site = $1 FOR UPDATE', [row.site]);
          const last = await c.query<{ hash: string }>('SELECT hash FROM consent_records WHERE site = $1 AND seq = $2', [row.site, row.seq]);
          records += (await c.query('DELETE FROM consent_records WHERE site = $1 AND seq <= $2', [row.site, row.seq])).rowCount ?? 0;
          await c.query('UPDATE chain_heads SET anchor_seq = $1, anchor_hash = $2 WHERE site = $3', [row.seq, last.rows[0].hash, row.site]);
        }
        const snaps = await c.query('DELETE FROM config_snapshots WHERE created_at < $1 AND hash NOT IN (SELECT config_hash FROM consent_records)', [before]);
        return { records, snapshots: snaps.rowCount ?? 0 };
      });
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    close() {
      return (closed ??= group.idle().then(() => pool.end()));
    },
  };
}

async function migrate(pool: pg.Pool): Promise<void> {
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
        await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [m.version, Date.now()]);
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
