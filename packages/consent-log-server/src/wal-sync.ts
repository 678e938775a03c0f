import { closeSync, fdatasync, fstatSync, openSync, statSync } from 'node:fs';

/**
 * Makes SQLite commits durable off the event loop. The write connection runs with
 * `synchronous=NORMAL`, so a COMMIT only writes the WAL (safe against kill -9: the kernel holds
 * the pages); this then calls `fdatasync` on the WAL file in libuv's thread pool, which is the
 * sync `synchronous=FULL` would have done inside COMMIT, blocking the event loop. Callers wait for
 * a sync that started after their commit; callers arriving together share one.
 */
export class WalSync {
  private _committed = 0;
  private _synced = 0;
  /** The sync started last and still running: the commit count it covers, and its waiters. */
  private _latest: { target: number; waiting: { ok: () => void; fail: (e: Error) => void }[] } | undefined;
  private _fd: number | undefined;

  /**
   * @param walFile the database's `-wal` file, which SQLite keeps while any connection is open.
   * @param sync `fs.fdatasync`; tests pass a fake to decide when each sync finishes.
   */
  constructor(
    private readonly walFile: string,
    private readonly sync: (fd: number, done: (err: Error | null) => void) => void = fdatasync,
  ) {}

  /** Records that a transaction committed (its WAL pages are written, not yet synced). */
  committed(): void {
    this._committed++;
  }

  /**
   * Resolves once every commit recorded so far is on disk; rejects when the sync failed. Joins the
   * running sync when it started after the last commit; otherwise starts another one at once
   * rather than queueing behind it (the file system merges concurrent syncs into one journal commit).
   */
  durable(): Promise<void> {
    if (this._synced >= this._committed) return Promise.resolve();
    return new Promise((ok, fail) => {
      if (this._latest && this._latest.target >= this._committed) {
        this._latest.waiting.push({ ok, fail });
        return;
      }
      const run = { target: this._committed, waiting: [{ ok, fail }] };
      this._latest = run;
      const done = (err: Error | null | undefined) => {
        if (this._latest === run) this._latest = undefined;
        if (!err) this._synced = Math.max(this._synced, run.target);
        for (const w of run.waiting) {
          if (err) w.fail(new Error(`could not sync ${this.walFile}: ${err.message}`));
          else w.ok();
        }
      };
      let fd: number;
      try {
        fd = this._file();
      } catch (e) {
        done(e as Error);
        return;
      }
      this.sync(fd, done);
    });
  }

  /** Closes the WAL file handle (after the last commit). */
  close(): void {
    if (this._fd !== undefined) closeSync(this._fd);
    this._fd = undefined;
  }

  // SQLite deletes the WAL only when the last connection closes; still check that the handle is
  // the file now at that path (same inode), so a sync never goes to a replaced file.
  private _file(): number {
    if (this._fd !== undefined && fstatSync(this._fd).ino === statSync(this.walFile).ino) return this._fd;
    this.close();
    this._fd = openSync(this.walFile, 'r');
    return this._fd;
  }
}
