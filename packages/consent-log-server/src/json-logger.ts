/** A log sink: one object per line. Callers never pass IPs, user agents, ids or bodies. */
export type Logger = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, string | number | boolean>) => void;

/** Writes JSON lines (`{"t":…,"level":…,"msg":…}`) to stdout, or nothing when `silent`. */
export function jsonLogger(silent = false): Logger {
  return (level, msg, fields) => {
    if (!silent) process.stdout.write(JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields }) + '\n');
  };
}
