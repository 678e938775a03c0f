import type { CliValues } from './cli-command.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './cli-usage-error.js';
import { stringValue } from './cli-values.js';
import { formatFinding, hasErrors, type Finding } from './finding.js';
import { parseDeclarations } from './parse-declarations.js';
import type { Declarations, Lang } from './types.js';
import { validateDeclarations } from './validate-declarations.js';

/**
 * Reads, parses and validates the declarations file of a generating command (statement, register,
 * banner-config), printing every finding to stderr. Returns the data, or undefined when the file
 * cannot be read or parsed, or has errors and `--force` is not given (the caller exits with 1).
 */
export async function loadDeclarations(
  file: string | undefined,
  values: CliValues,
  io: CliIo,
  lang: Lang,
): Promise<{ d: Declarations; findings: Finding[] } | undefined> {
  if (!file) throw new UsageError('missing <file>: the declarations file (YAML or JSON) to read.');
  const text = await readOrReport(file, io);
  if (text === undefined) return undefined;
  const parsed = parseDeclarations(text, file);
  const findings = validateDeclarations(parsed, { lang, today: stringValue(values, 'today') ?? io.today() });
  for (const f of findings) io.stderr(`${formatFinding(f)}\n`);
  if (!parsed.data) return undefined;
  if (hasErrors(findings) && values['force'] !== true) {
    io.stderr(`${file}: not generated because of the errors above (use --force to generate anyway).\n`);
    return undefined;
  }
  return { d: parsed.data, findings };
}

/** The file's text, or undefined after saying on stderr why it cannot be read (not a usage error: exit 1). */
export async function readOrReport(file: string, io: CliIo): Promise<string | undefined> {
  try {
    return await io.readFile(file);
  } catch (e) {
    io.stderr(`${file}: cannot read the file (${(e as Error).message}).\n`);
    return undefined;
  }
}

/** Writes generated text to `--out` (and says so on stderr), or to stdout without it. */
export async function emit(text: string, values: CliValues, io: CliIo): Promise<void> {
  const out = stringValue(values, 'out');
  if (out) {
    await io.writeFile(out, text);
    io.stderr(`wrote ${out}\n`);
  } else io.stdout(text);
}
