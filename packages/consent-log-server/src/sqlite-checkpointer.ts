import { Worker } from 'node:worker_threads';
import { CHECKPOINT_EVERY_GROUPS } from './constants.js';

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
  try { db.pragma('wal_checkpoint(PASSIVE)'); parentPort.postMessage(null); }
  catch (e) { parentPort.postMessage(String(e && e.message || e)); }
});
`;

/**
 * Copies the WAL back into the database file on its own thread and connection. A checkpoint
 * fsyncs the WAL and then the database file; run by the writing connection (SQLite's automatic
 * checkpoint) those waits would stall the event loop every thousand pages or so.
 */
export class SqliteCheckpointer {
  private readonly _worker: Worker;
  private _groups = 0;
  private _running = false;
  private readonly _exited: Promise<unknown>;

  constructor(options: { file: string; driver: string }) {
    this._worker = new Worker(SOURCE, { eval: true, workerData: options });
    this._exited = new Promise((ok) => this._worker.once('exit', ok));
    this._worker.on('message', (error: string | null) => {
      this._running = false;
      this._worker.unref();
      // A failed checkpoint loses nothing (the WAL keeps the pages); the next one retries.
      if (error !== null) process.emitWarning(`SQLite checkpoint failed: ${error}`);
      this._maybeStart();
    });
    this._worker.on('error', (e) => process.emitWarning(`SQLite checkpoint thread failed: ${e.message}`));
    // Only a running checkpoint keeps the process alive; an idle store does not.
    this._worker.unref();
  }

  /** Counts one committed group; starts a checkpoint every {@link CHECKPOINT_EVERY_GROUPS} groups. */
  wrote(): void {
    this._groups++;
    this._maybeStart();
  }

  /** Ends the thread. SQLite checkpoints what is left when the last connection closes. */
  async close(): Promise<void> {
    this._worker.ref();
    this._worker.postMessage('close');
    await this._exited;
  }

  private _maybeStart(): void {
    if (this._running || this._groups < CHECKPOINT_EVERY_GROUPS) return;
    this._groups = 0;
    this._running = true;
    this._worker.ref();
    this._worker.postMessage('checkpoint');
  }
}
