// The SQLite checkpoint thread: started by SqliteCheckpointer (sqlite-checkpointer.ts) as a
// worker, never imported by the main thread. Its own connection copies the WAL into the database
// file, so the fsyncs of a checkpoint never stall the event loop.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/** The thread's `workerData`. */
export interface CheckpointWorkerData {
  /** The database file. */
  file: string;
  /** Absolute path of the better-sqlite3 module, as the parent resolved it. */
  driver: string;
}

/** A message to the thread: run one passive checkpoint, or close the connection and end. */
export type CheckpointRequest = 'checkpoint' | 'close';

/** The thread's answer to each `'checkpoint'`. */
export interface CheckpointResult {
  error: string | null;
  /** Frames in the WAL, as `wal_checkpoint` reports them. */
  log: number;
  /** Frames copied into the database. */
  done: number;
}

const port = parentPort;
if (!port) throw new Error('sqlite-checkpoint-worker: runs only as the checkpoint thread of SqliteCheckpointer, not imported');
const { file, driver } = workerData as CheckpointWorkerData;
// The parent passes the driver's resolved path, so the thread loads the same copy wherever the
// package is installed (and from a data: URL, which cannot resolve bare names).
const Database = createRequire(driver)(driver) as typeof BetterSqlite3;
const db = new Database(file);
db.pragma('busy_timeout = 5000');
// NORMAL syncs the WAL before copying and the database file after: the writer may start the WAL
// over (overwrite acknowledged frames) only after that second sync (docs/architecture.md).
db.pragma('synchronous = NORMAL');

port.on('message', (m: CheckpointRequest) => {
  if (m === 'close') {
    db.close();
    port.close();
    return;
  }
  let result: CheckpointResult;
  try {
    // PASSIVE: never waits for the writer nor blocks it, and never truncates the WAL.
    const [r] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    result = { error: null, log: r.log, done: r.checkpointed };
  } catch (e) {
    result = { error: e instanceof Error ? e.message : String(e), log: 0, done: 0 };
  }
  port.postMessage(result);
});
