import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { generateSigningKey } from './checkpoint.js';
import type { CliCommand } from './cli-command.js';
import { stringValue } from './cli-values.js';
import { UsageError } from './usage-error.js';

/** `akkoord-log keygen --out <file>`: an Ed25519 key pair for signed checkpoints; never overwrites a key. */
export const keygenCommand: CliCommand = {
  options: { out: { type: 'string' } },
  async run(values, io) {
    const out = stringValue(values, 'out');
    if (!out) throw new UsageError('keygen: --out <file> is required (the private key is written there)');
    if (existsSync(out)) throw new UsageError(`keygen: ${out} exists; refusing to overwrite a key`);
    const k = generateSigningKey();
    writeFileSync(out, k.privateKeyPem, { mode: 0o600 });
    // The mode above is masked by the umask; the key must not be readable by others whatever it is.
    chmodSync(out, 0o600);
    writeFileSync(`${out}.pub`, k.publicKeyPem);
    io.stdout.write(`private key: ${out}\npublic key:  ${out}.pub (publish or hand this to whoever verifies)\n`);
    return 0;
  },
};
