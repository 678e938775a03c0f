import type { CliCommand } from './cli-command.js';
import { requireDb, stringValue } from './cli-values.js';
import { openStore } from './open-store.js';
import { UsageError } from './usage-error.js';

/** Milliseconds in an age such as `5y`, `13m`, `400d`, `2w`. */
export function parseAge(text: string): number {
  const m = /^(\d+)([dwmy])$/.exec(text);
  if (!m) throw new UsageError(`--older-than: "${text}" is not an age; use a number and d, w, m or y (e.g. 5y, 13m, 400d)`);
  const days = { d: 1, w: 7, m: 30.44, y: 365.25 }[m[2] as 'd' | 'w' | 'm' | 'y'];
  return Math.round(Number(m[1]) * days * 864e5);
}

/**
 * `akkoord-log purge --db … [--older-than 5y]`: deletes records older than the retention period,
 * keeping the chain verifiable. Prints what it removed as JSON.
 */
export const purgeCommand: CliCommand = {
  options: { db: { type: 'string' }, 'older-than': { type: 'string' } },
  async run(values, io) {
    const db = requireDb('purge', values);
    const age = parseAge(stringValue(values, 'older-than') ?? '5y');
    // Without the collector lock: runs beside a serving collector.
    const store = await openStore(db, { now: io.now, lock: false });
    try {
      const before = (io.now ?? Date.now)() - age;
      const result = await store.purge(before);
      io.stdout.write(JSON.stringify({ ok: true, before: new Date(before).toISOString(), ...result }) + '\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
