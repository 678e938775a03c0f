/** Parsed command line: positionals and `--flag value` / `--flag=value` / boolean flags. */
export interface CliArgs {
  positionals: string[];
  flags: Record<string, string | true>;
}

/** Flags that take no value. */
const BOOLEAN_FLAGS = new Set(['force', 'help']);

/** Splits argv into positionals and flags; `-h` is `--help`. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-h') flags['help'] = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags[name] = a.slice(eq + 1);
      else if (BOOLEAN_FLAGS.has(name) || argv[i + 1] === undefined || (argv[i + 1] as string).startsWith('--')) flags[name] = true;
      else flags[name] = argv[++i] as string;
    } else positionals.push(a);
  }
  return { positionals, flags };
}
