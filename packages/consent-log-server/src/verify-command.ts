import { loadVerifyKey } from './checkpoint.js';
import type { CliCommand } from './cli-command.js';
import { requireDb, stringValue } from './cli-values.js';
import { openStore } from './open-store.js';
import { verifyChain, type VerifyProblem } from './verify-chain.js';

/** One problem as a line for stderr. */
function problemLine(p: VerifyProblem): string {
  if (p.hash !== undefined) return `akkoord-log: snapshot ${p.hash} of site ${p.site}: ${p.reason}\n`;
  return `akkoord-log: chain broken at site ${p.site}${p.seq ? ` seq ${p.seq}` : ''}: ${p.reason}\n`;
}

/**
 * `akkoord-log verify --db … [--public-key <file>] [--all]`: checks every chain link, every config
 * snapshot against its hash and, with a key, every checkpoint signature. Prints the result as
 * JSON (with `--all`, every problem instead of the first); exit 1 when anything is broken.
 */
export const verifyCommand: CliCommand = {
  // --signing-key is read too, so the serve command line can be reused (a private key verifies as well).
  options: { db: { type: 'string' }, 'public-key': { type: 'string' }, 'signing-key': { type: 'string' }, all: { type: 'boolean' } },
  async run(values, io) {
    const db = requireDb('verify', values);
    const keyFile = stringValue(values, 'public-key') ?? stringValue(values, 'signing-key');
    // Without the collector lock: verifying runs beside a serving collector.
    const store = await openStore(db, { now: io.now, lock: false });
    try {
      const result = await verifyChain(store, keyFile ? loadVerifyKey(keyFile) : undefined, { all: values['all'] === true });
      io.stdout.write(JSON.stringify(result) + '\n');
      if (!result.ok) for (const p of result.problems ?? [result]) io.stderr.write(problemLine(p));
      return result.ok ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
