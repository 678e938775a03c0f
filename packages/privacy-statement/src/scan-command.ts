import type { CliCommand, CliOptions, CliValues } from './cli-command.js';
import type { CliIo } from './cli-io.js';

/** What the CLI uses of @akkoord/scanner (declared here: the generator does not depend on it). */
interface ScannerModule {
  /** The options of `akkoord scan`, each taking a value: the scanner owns the list, as it is the one that reads them. */
  SCAN_FLAGS: readonly string[];
  runScanCommand(args: readonly string[], values: CliValues, io: CliIo): Promise<number>;
}

/**
 * `akkoord scan <url> …`: the command comes from @akkoord/scanner when it is installed, options
 * and all, so they are declared once (SCAN_FLAGS in the scanner) and the dispatcher checks them
 * before the scan starts Chromium. The name is not a literal so neither TypeScript nor a bundler
 * makes the generator depend on the scanner (and its browser driver); the scanner depends on the
 * generator, never the other way round. Returns undefined, after saying why on stderr, when the
 * scanner cannot be loaded (exit code 2).
 */
export async function loadScanCommand(io: CliIo): Promise<CliCommand | undefined> {
  const name = '@akkoord/scanner';
  let scanner: ScannerModule;
  try {
    scanner = (await import(name)) as ScannerModule;
  } catch (e) {
    const error = e as { code?: string; message?: string };
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    io.stderr(
      String(error.message).includes(`'${name}'`)
        ? `akkoord scan: the scanner is a separate package. Install it beside this one: npm install --save-dev ${name}\n`
        : `akkoord scan: the scanner is installed but could not load: ${String(error.message).split('\n')[0]}\n`,
    );
    return undefined;
  }
  const options: CliOptions = Object.fromEntries(scanner.SCAN_FLAGS.map((flag) => [flag, { type: 'string' }]));
  return { options, run: (args, values, cliIo) => scanner.runScanCommand(args, values, cliIo) };
}
