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

describe('WalSync', () => {
  it('answers at once when nothing was committed since the last sync', async () => {
    const s = new WalSync(join(tmpdir(), 'no-such-dir-akkoord', 'x.db-wal'));
    // No commit yet: nothing to sync, so the missing file is never opened.
    await expect(s.durable()).resolves.toBeUndefined();
  });

  it('waits for a sync after a commit, and callers waiting together share it', async () => {
    const s = new WalSync(walFile());
    s.committed();
    const order: string[] = [];
    const a = s.durable().then(() => order.push('a'));
    const b = s.durable().then(() => order.push('b'));
    expect(order).toEqual([]); // fdatasync runs in the thread pool: not settled synchronously
    await Promise.all([a, b]);
    expect(order).toEqual(['a', 'b']);
    // Everything committed is synced: the next caller does not wait for the disk.
    let settled = false;
    void s.durable().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(true);
    s.close();
  });

  it('makes a caller that committed during a running sync wait for the next one', async () => {
    const s = new WalSync(walFile());
    s.committed();
    const first = s.durable();
    s.committed(); // committed after the first sync started: that sync may not cover it
    const second = s.durable();
    await first;
    let secondDone = false;
    void second.then(() => (secondDone = true));
    await Promise.resolve();
    expect(secondDone).toBe(false);
    await second;
    s.close();
  });

  it('rejects, naming the file, when the WAL cannot be synced', async () => {
    const missing = join(tmpdir(), 'no-such-dir-akkoord', 'x.db-wal');
    const s = new WalSync(missing);
    s.committed();
    await expect(s.durable()).rejects.toThrow(`could not sync ${missing}`);
  });
});
