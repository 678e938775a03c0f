import { Worker } from 'node:worker_threads';

/** What one group commit writes: rows already ordered and hashed by the single writer. */
export interface WriteBatch {
  snapshots: [hash: string, site: string, createdAt: number, json: string][];
  rows: (string | number | null)[][];
  /** New head per site, with the head it must replace (a mismatch means another writer). */
  heads: { site: string; fromSeq: number; seq: number; hash: string }[];
}

// CommonJS source of the writer thread. It is a string (not a module file) so it runs the same
// from compiled dist and from TypeScript sources under test; the driver path comes from the
// parent's resolution, so it works wherever the package is installed.
const SOURCE = `
const { parentPort, workerData: w } = require('node:worker_threads');
const Database = require(w.driver);
const db = new Database(w.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = ' + w.synchronous);
db.pragma('busy_timeout = 5000');
const snap = db.prepare('INSERT INTO config_snapshots (hash, site, created_at, config) VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING');
const ins = db.prepare(w.insertSql);
const head = db.prepare('SELECT seq FROM chain_heads WHERE site = ?');
const setHead = db.prepare('INSERT INTO chain_heads (site, seq, hash, anchor_seq, anchor_hash) VALUES (?, ?, ?, 0, ?) ON CONFLICT (site) DO UPDATE SET seq = excluded.seq, hash = excluded.hash');
const write = db.transaction((b) => {
  for (const h of b.heads) {
    const cur = head.get(h.site);
    if ((cur ? cur.seq : 0) !== h.fromSeq) throw new Error('chain head of ' + h.site + ' moved: another process writes this SQLite file');
  }
  for (const s of b.snapshots) snap.run(...s);
  for (const r of b.rows) ins.run(...r);
  for (const h of b.heads) setHead.run(h.site, h.seq, h.hash, w.genesis);
});
parentPort.on('message', (m) => {
  if (m === 'close') { db.close(); parentPort.close(); return; }
  try { write.immediate(m); parentPort.postMessage(null); }
  catch (e) { parentPort.postMessage(String(e && e.message || e)); }
});
`;

/**
 * The SQLite write connection on its own thread: its COMMIT (and, with synchronous=FULL, the fsync)
 * no longer blocks the event loop, so requests keep being parsed and validated while a group commits.
 */
export class SqliteWriter {
  private readonly _worker: Worker;
  private _waiting: ((error: string | null) => void)[] = [];

  constructor(options: { file: string; driver: string; synchronous: string; insertSql: string; genesis: string }) {
    this._worker = new Worker(SOURCE, { eval: true, workerData: options });
    this._worker.on('message', (error: string | null) => {
      this._waiting.shift()?.(error);
      if (!this._waiting.length) this._worker.unref();
    });
    this._worker.on('error', (e) => {
      for (const w of this._waiting.splice(0)) w(e.message);
    });
    // Only a pending write keeps the process alive; an idle store does not.
    this._worker.unref();
  }

  /** Commits one batch; resolves after the transaction committed, rejects when it rolled back. */
  write(batch: WriteBatch): Promise<void> {
    return new Promise((ok, fail) => {
      this._waiting.push((error) => (error === null ? ok() : fail(new Error(error))));
      this._worker.ref();
      this._worker.postMessage(batch);
    });
  }

  /** Closes the write connection and ends the thread. */
  async close(): Promise<void> {
    const ended = new Promise((ok) => this._worker.once('exit', ok));
    this._worker.postMessage('close');
    await ended;
  }
}
