/** A running demo (scripts/start.mjs). */
export interface RunningDemo {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Temp directory holding the demo's consent-log database and read token (`collector-token`). */
  dataDir: string;
  /** Everything the demo printed so far. */
  output(): string;
  /** SIGTERM, resolves with the exit code. */
  stop(): Promise<number | null>;
}
/** Starts `node scripts/start.mjs --port 0` and resolves once it prints its URL. */
export declare function startDemo(): Promise<RunningDemo>;
