/**
 * The scan could not run at all (bad URL, no browser, start page unreachable). The CLI prints its
 * message as one line and exits 2; anything else that escapes is a bug and keeps its stack.
 */
export class ScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScanError';
  }
}
