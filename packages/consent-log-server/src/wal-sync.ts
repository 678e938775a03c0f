import { closeSync, fdatasync, fstatSync, openSync, statSync } from 'node:fs';

/**
 * Makes SQLite commits durable off the event loop. The write connection runs with
 * `synchronous=NORMAL`, so a COMMIT only writes the WAL (safe against kill -9: the kernel holds
 * the pages); this then calls `fdatasync` on the WAL file in libuv's thread pool, which is the
 * sync `synchronous=FULL` would have done inside COMMIT, blocking the event loop. Callers wait for
 * a sync that started after their commit; concurrent callers share one sync (one per disk round).
 */
export class WalSync {
  private _committed = 0;
  private _synced = 0;
  private _busy = false;
  private _fd: number | undefined;
  private _waiting: { upTo: number; ok: () => void; fail: (e: Error) => void }[] = [];

  /** @param walFile the database's `-wal` file, which SQLite keeps while any connection is open. */
  constructor(private readonly walFile: string) {}

  /** Records that a transaction committed (its WAL pages are written, not yet synced). */
  committed(): void {
    this._committed++;
  }

  /** Resolves once every commit recorded so far is on disk; rejects when the sync failed. */
  durable(): Promise<void> {
    if (this._synced >= this._committed) return Promise.resolve();
    return new Promise((ok, fail) => {
      this._waiting.push({ upTo: this._committed, ok, fail });
      this._start();
    });
  }

  /** Closes the WAL file handle (after the last commit). */
  close(): void {
    if (this._fd !== undefined) closeSync(this._fd);
    this._fd = undefined;
  }

  private _start(): void {
    if (this._busy) return;
    this._busy = true;
    const target = this._committed;
    let fd: number;
    try {
      fd = this._file();
    } catch (e) {
      this._busy = false;
      this._settle(target, e as Error);
      return;
    }
    fdatasync(fd, (err) => {
      this._busy = false;
      if (!err) this._synced = target;
      this._settle(target, err ?? undefined);
      if (this._waiting.length) this._start();
    });
  }

  private _settle(target: number, err: Error | undefined): void {
    const done = this._waiting.filter((w) => w.upTo <= target);
    this._waiting = this._waiting.filter((w) => w.upTo > target);
    for (const w of done) {
      if (err) w.fail(new Error(`could not sync ${this.walFile}: ${err.message}`));
      else w.ok();
    }
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
