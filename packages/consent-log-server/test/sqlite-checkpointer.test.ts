import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteCheckpointer } from '../src/sqlite-checkpointer.js';

describe('SqliteCheckpointer', () => {
  it('lets a writer waiting for a catch-up go on when the checkpoint thread is gone', async () => {
    // The thread fails at once: its driver cannot be loaded.
    const c = new SqliteCheckpointer({ file: join(tmpdir(), 'akkoord-no-such.db'), driver: join(tmpdir(), 'akkoord-no-such-driver.js') });
    const hung = new Promise((ok) => setTimeout(() => ok('still waiting'), 5_000));
    expect(await Promise.race([c.catchUp().then(() => 'went on'), hung])).toBe('went on');
    // And later groups do not wait either.
    expect(c.restartDue).toBe(false);
    expect(await Promise.race([c.catchUp().then(() => 'went on'), hung])).toBe('went on');
    await c.close();
  });
});
