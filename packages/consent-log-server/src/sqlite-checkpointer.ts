import { Worker } from 'node:worker_threads';
import { CHECKPOINT_EVERY_GROUPS, WAL_RESTART_PAGES } from './constants.js';

// CommonJS source of the checkpoint thread. It is a string (not a module file) so it runs the same
// from compiled dist and from TypeScript sources under test; the driver path comes from the
// parent's resolution, so it works wherever the package is installed.
const SOURCE = `
const { parentPort, workerData: w } = require('node:worker_threads');
const Database = require(w.driver);
const db = new Database(w.file);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
parentPort.on('message', (m) => {
  if (m === 'close') { db.close(); parentPort.close(); return; }
  try { const [r] = db.pragma('wal_checkpoint(PASSIVE)'); parentPort.postMessage({ error: null, log: r.log, done: r.checkpointed }); }
  catch (e) { parentPort.postMessage({ error: String(e && e.message || e), log: 0, done: 0 }); }
});
`;

interface Result {
  error: string | null;
  /** Frames in the WAL, as `wal_checkpoint` reports them. */
  log: number;
  /** Frames copied into the database. */
  done: number;
}

/**
 * Copies the WAL back into the database file on its own thread and connection. A checkpoint
 * fsyncs the WAL and then the database file; run by the writing connection (SQLite's automatic
 * checkpoint) those waits would stall the event loop every thousand pages or so.
 *
 * SQLite starts the WAL over (writes from its start again) only when a write transaction begins
 * after a checkpoint copied every frame. Under a steady stream of groups that never happens on
 * its own: each checkpoint runs while the next groups commit. The WAL then grew by every page
 * written (over 600 MB after about 12 s of load), each new page of the file costing the kernel a fresh,
 * zeroed page cache page. So once the WAL holds {@link WAL_RESTART_PAGES} frames,
 * {@link SqliteCheckpointer.restartDue} asks the writer to hold its next group until
 * {@link SqliteCheckpointer.catchUp} has copied the last frames.
 */
export class SqliteCheckpointer {
  private readonly _worker: Worker;
  private _groups = 0;
  private _running = false;
  private _waiting: ((r: Result) => void)[] = [];
  private _restartDue = false;
  private _stopped = false;
  private readonly _exited: Promise<unknown>;

  constructor(options: { file: string; driver: string }) {
    this._worker = new Worker(SOURCE, { eval: true, workerData: options });
    this._exited = new Promise((ok) => this._worker.once('exit', ok));
    this._worker.on('message', (r: Result) => {
      this._running = false;
      this._worker.unref();
      // A failed checkpoint loses nothing (the WAL keeps the pages); the next one retries.
      if (r.error !== null) process.emitWarning(`SQLite checkpoint failed: ${r.error}`);
      // A long WAL after a checkpoint was not started over: later groups committed during it.
      else this._restartDue = r.log >= WAL_RESTART_PAGES;
      const waiting = this._waiting;
      this._waiting = [];
      for (const w of waiting) w(r);
      this._maybeStart();
    });
    this._worker.on('error', (e) => process.emitWarning(`SQLite checkpoint thread failed: ${e.message}`));
    // Without the thread there are no checkpoints, but the writer must not wait for one forever.
    this._worker.once('exit', () => {
      this._stopped = true;
      this._running = false;
      this._restartDue = false;
      const waiting = this._waiting;
      this._waiting = [];
      for (const w of waiting) w({ error: 'the checkpoint thread stopped', log: 0, done: 0 });
    });
    // Only a running checkpoint keeps the process alive; an idle store does not.
    this._worker.unref();
  }

  /** Counts one committed group; starts a checkpoint every {@link CHECKPOINT_EVERY_GROUPS} groups. */
  wrote(): void {
    this._groups++;
    this._maybeStart();
  }

  /** True when the WAL is long and its end not yet copied: the writer should {@link catchUp} first. */
  get restartDue(): boolean {
    return this._restartDue;
  }

  /**
   * Waits for the running checkpoint, then runs one more; resolves when it is done. Called with
   * no commit in between, that one copies every frame, so the next write transaction restarts
   * the WAL. Most frames were copied by the earlier checkpoint, so the writer waits for the
   * last few and the two syncs only.
   */
  async catchUp(): Promise<void> {
    // A loop: the message that ends one checkpoint may start the next background one.
    while (this._running) await new Promise<Result>((ok) => this._waiting.push(ok));
    if (this._stopped) return;
    this._groups = 0;
    this._running = true;
    this._worker.ref();
    const done = new Promise<Result>((ok) => this._waiting.push(ok));
    this._worker.postMessage('checkpoint');
    await done;
    // Cleared even when this checkpoint could not copy everything: the writer goes on, and the
    // next checkpoint asks again.
    this._restartDue = false;
  }

  /** Ends the thread. SQLite checkpoints what is left when the last connection closes. */
  async close(): Promise<void> {
    this._worker.ref();
    this._worker.postMessage('close');
    await this._exited;
  }

  private _maybeStart(): void {
    if (this._running || this._stopped || this._groups < CHECKPOINT_EVERY_GROUPS) return;
    this._groups = 0;
    this._running = true;
    this._worker.ref();
    this._worker.postMessage('checkpoint');
  }
}
