import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WalSync } from '../src/wal-sync.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function walFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'akkoord-walsync-'));
  dirs.push(dir);
  const file = join(dir, 'x.db-wal');
  writeFileSync(file, 'frames');
  return file;
}

/** A stand-in for fdatasync that finishes only when the test says so. */
function fakeSync() {
  const running: ((err: Error | null) => void)[] = [];
  return { running, sync: (_fd: number, done: (err: Error | null) => void) => void running.push(done) };
}
const settledNow = async (p: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setImmediate(r));
  return done;
};

describe('WalSync', () => {
  it('answers at once when nothing was committed since the last sync', async () => {
    const s = new WalSync(join(tmpdir(), 'no-such-dir-akkoord', 'x.db-wal'));
    // No commit yet: nothing to sync, so the missing file is never opened.
    await expect(s.durable()).resolves.toBeUndefined();
  });

  it('syncs the real file after a commit (fdatasync), then answers later callers at once', async () => {
    const s = new WalSync(walFile());
    s.committed();
    await Promise.all([s.durable(), s.durable()]);
    expect(await settledNow(s.durable())).toBe(true);
    s.close();
  });

  it('lets callers arriving together share one sync', async () => {
    const f = fakeSync();
    const s = new WalSync(walFile(), f.sync);
    s.committed();
    const a = s.durable();
    const b = s.durable();
    expect(f.running).toHaveLength(1);
    expect(await settledNow(a)).toBe(false);
    f.running[0](null);
    await Promise.all([a, b]);
    s.close();
  });

  it('never answers a commit with a sync that started before it: a second sync starts at once', async () => {
    const f = fakeSync();
    const s = new WalSync(walFile(), f.sync);
    s.committed();
    const first = s.durable();
    s.committed(); // committed while the first sync runs: that sync may not cover it
    const second = s.durable();
    expect(f.running).toHaveLength(2); // started right away, not queued behind the first
    f.running[0](null);
    await first;
    expect(await settledNow(second)).toBe(false);
    f.running[1](null);
    await second;
    s.close();
  });

  it('rejects the waiters of a failed sync, naming the file, and syncs again for the next caller', async () => {
    const f = fakeSync();
    const file = walFile();
    const s = new WalSync(file, f.sync);
    s.committed();
    const failing = s.durable();
    f.running[0](new Error('EIO: i/o error'));
    await expect(failing).rejects.toThrow(`could not sync ${file}: EIO`);
    const retry = s.durable();
    expect(f.running).toHaveLength(2);
    f.running[1](null);
    await retry;
    s.close();
  });

  it('rejects, naming the file, when the WAL file is not there', async () => {
    const missing = join(tmpdir(), 'no-such-dir-akkoord', 'x.db-wal');
    const s = new WalSync(missing);
    s.committed();
    await expect(s.durable()).rejects.toThrow(`could not sync ${missing}`);
  });
});
