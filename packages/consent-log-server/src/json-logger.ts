/**
 * A log sink: one object per line. Callers never pass IPs, user agents, tokens or bodies, and no
 * ids except in the read audit (`read` lines, read-side.ts): which consent id or snapshot a
 * reader looked up is what that line is for.
 */
export type Logger = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, string | number | boolean>) => void;

/** Writes JSON lines (`{"t":…,"level":…,"msg":…}`) to stdout, or nothing when `silent`. */
export function jsonLogger(silent = false): Logger {
  return (level, msg, fields) => {
    if (!silent) process.stdout.write(JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields }) + '\n');
  };
}
