/** What the CLI needs from its environment; Node provides it in node-io.ts, tests pass a fake. */
export interface CliIo {
  readFile(path: string): Promise<string>;
  /** Writes a file, creating its folder when needed. */
  writeFile(path: string, content: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today as `YYYY-MM-DD`, for the review-date rule. */
  today(): string;
}
