import type { Writable } from 'node:stream';

/**
 * Where `akkoord-log` writes, and its clock; tests pass their own. Streams rather than the text
 * functions of the `akkoord` CLI's CliIo: `export` writes millions of lines and must wait for
 * `drain`, and `serve` runs for months, so there is nothing to read or buffer in between.
 */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  /**
   * The clock (ms since epoch) of purge cut-offs, and of the stores and the collector the
   * commands open; tests pass a fake one instead of sleeping.
   * @default Date.now
   */
  now?: () => number;
}
