import { loadVerifyKey } from './checkpoint.js';
import type { CliCommand } from './cli-command.js';
import { requireDb, stringValue } from './cli-values.js';
import { openStore } from './open-store.js';
import { verifyChain } from './verify-chain.js';

/**
 * `akkoord-log verify --db … [--public-key <file>]`: checks every chain link and, with a key, every
 * checkpoint signature. Prints the result as JSON; exit 1 when the chain is broken.
 */
export const verifyCommand: CliCommand = {
  // --signing-key is read too, so the serve command line can be reused (a private key verifies as well).
  options: { db: { type: 'string' }, 'public-key': { type: 'string' }, 'signing-key': { type: 'string' } },
  async run(values, io) {
    const db = requireDb('verify', values);
    const keyFile = stringValue(values, 'public-key') ?? stringValue(values, 'signing-key');
    const store = await openStore(db, { now: io.now });
    try {
      const result = await verifyChain(store, keyFile ? loadVerifyKey(keyFile) : undefined);
      io.stdout.write(JSON.stringify(result) + '\n');
      if (!result.ok) io.stderr.write(`akkoord-log: chain broken at site ${result.site}${result.seq ? ` seq ${result.seq}` : ''}: ${result.reason}\n`);
      return result.ok ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
