import type { Writable } from 'node:stream';

/**
 * Where `akkoord-log` writes; tests pass their own streams. Streams rather than the text
 * functions of the `akkoord` CLI's CliIo: `export` writes millions of lines and must wait for
 * `drain`, and `serve` runs for months, so there is nothing to read or buffer in between.
 */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
}
