import { formatFinding, parseDeclarations, type Declarations } from '@akkoord/privacy-statement';
import { renderHtml } from './report-html.js';
import { renderMarkdown } from './report-markdown.js';
import { renderText } from './report-text.js';
import { progressPrinter } from './progress-printer.js';
import { ScanError } from './scan-error.js';
import { scanSite, type ScanOptions } from './scan-site.js';
import { SEVERITY_ORDER, type ScanReport, type Severity } from './types.js';
import { updateDeclarations } from './write-declarations.js';

/** What `akkoord scan` needs from its environment (the `akkoord` CLI's io, plus the terminal). */
export interface ScanIo {
  readFile(path: string): Promise<string>;
  writeFile(path: string, content: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress bar) — else plain progress lines. @default process.stderr.isTTY */
  isTTY?: boolean;
  /** Terminal width for the progress bar. */
  columns?: number;
}

/**
 * The options of `akkoord scan`: the one list of them. Each takes a value (`--pages 3` or
 * `--pages=3`); a flag without one would need a type here. The `akkoord` CLI (in
 * @akkoord/privacy-statement, which cannot import the scanner statically) loads this module
 * before parsing, rejects any other option and passes the values on; the order is the order its
 * `Valid: …` message lists them in.
 */
export const SCAN_FLAGS = [
  'declarations',
  'pages',
  'concurrency',
  'format',
  'out',
  'fail-on',
  'lang',
  'write',
  'accept-selector',
  'reject-selector',
  'chromium',
  'chromium-args',
  'timeout',
] as const;

/** Option values as parseArgs gives them: a string per given option (`true` only from a caller that passes a flag without its value). */
type Flags = Readonly<Record<string, string | boolean | undefined>>;
type Format = 'text' | 'json' | 'md' | 'html';

/** A bad option: exit 2 with the message (the same shape as the `akkoord` CLI's UsageError). */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

const text = (flags: Flags, name: string): string | undefined => {
  const v = flags[name];
  if (typeof v === 'boolean') throw new UsageError(`--${name} needs a value.`);
  return v;
};

const oneOf = <T extends string>(flags: Flags, name: string, valid: readonly T[], fallback: T): T => {
  const v = text(flags, name);
  if (v === undefined) return fallback;
  if ((valid as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`--${name} must be one of: ${valid.join(', ')} (got "${v}").`);
};

const integer = (flags: Flags, name: string, min: number, max: number, fallback: number): number => {
  const v = text(flags, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${v}").`);
  return n;
};

/** Splits `--a=x y --b` into flags at the spaces before `--`, so a value may hold spaces (`MAP *.test 127.0.0.1`). */
export function splitFlags(value: string): string[] {
  return value
    .trim()
    .split(/\s+(?=--)/)
    .filter(Boolean);
}

/** The format: --format, else from --out's extension, else text. */
function formatOf(flags: Flags): Format {
  if (flags['format'] !== undefined) return oneOf(flags, 'format', ['text', 'json', 'md', 'html'] as const, 'text');
  const out = text(flags, 'out') ?? '';
  return out.endsWith('.json') ? 'json' : out.endsWith('.md') ? 'md' : out.endsWith('.html') ? 'html' : 'text';
}

/** Whether any finding is at or above `failOn`. */
export function failsOn(report: ScanReport, failOn: Severity | 'never'): boolean {
  if (failOn === 'never') return false;
  const bar = SEVERITY_ORDER.indexOf(failOn);
  return report.findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) <= bar);
}

/** Renders the report in a format. */
export function renderReport(report: ScanReport, format: Format, lang: 'nl' | 'en', color = false): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'md') return renderMarkdown(report, { lang });
  if (format === 'html') return renderHtml(report, { lang });
  return renderText(report, { lang, color });
}

/** Reads and parses a declarations file; a file that cannot be used is a usage error naming it. */
async function readDeclarations(file: string, io: ScanIo): Promise<{ text: string; data: Declarations }> {
  let content: string;
  try {
    content = await io.readFile(file);
  } catch (e) {
    throw new UsageError(`${file}: cannot read the file (${(e as Error).message}).`);
  }
  const parsed = parseDeclarations(content, file);
  if (!parsed.data) {
    throw new UsageError(`${file} is not a declarations file the scan can use:\n${parsed.findings.map(formatFinding).join('\n')}\n`);
  }
  return { text: content, data: parsed.data };
}

/**
 * Runs `akkoord scan <url> …` and returns the exit code: 0 no finding at or above --fail-on, 1
 * such findings, 2 the scan could not run (bad option, bad URL, no browser, site unreachable).
 */
export async function runScanCommand(
  args: readonly string[],
  flags: Flags,
  io: ScanIo,
  scan: (o: ScanOptions) => Promise<ScanReport> = scanSite,
): Promise<number> {
  try {
    const url = args[0];
    if (!url) throw new UsageError('missing <url>: the address of the site to scan, e.g. https://www.example.nl');
    if (args.length > 1) throw new UsageError(`one URL at a time (got ${args.length}: ${args.join(' ')}).`);
    const format = formatOf(flags);
    const lang = oneOf(flags, 'lang', ['nl', 'en'] as const, 'en');
    const failOn = oneOf(flags, 'fail-on', ['violation', 'undeclared', 'check', 'never'] as const, 'violation');
    const out = text(flags, 'out');
    const writeTo = text(flags, 'write');
    const declarationsFile = text(flags, 'declarations') ?? writeTo;
    const declarations = declarationsFile ? await readDeclarations(declarationsFile, io) : undefined;
    const options: ScanOptions = {
      url,
      pages: integer(flags, 'pages', 1, 1000, 20),
      concurrency: integer(flags, 'concurrency', 1, 16, 4),
      timeoutMs: integer(flags, 'timeout', 1, 600, 30) * 1000,
      declarations: declarations?.data,
      declarationsFile,
      acceptSelector: text(flags, 'accept-selector'),
      rejectSelector: text(flags, 'reject-selector'),
      chromium: text(flags, 'chromium'),
      chromiumArgs: splitFlags(text(flags, 'chromium-args') ?? ''),
      onProgress: progressPrinter(io),
    };
    const report = await scan(options);
    const rendered = renderReport(report, format, lang, !out && format === 'text' && (io.isTTY ?? false));
    if (out) {
      await io.writeFile(out, rendered);
      io.stderr(`wrote ${out}\n`);
    } else io.stdout(rendered);
    if (writeTo && declarations) {
      const updated = updateDeclarations(declarations.text, report, { file: writeTo });
      await io.writeFile(writeTo, updated.text);
      io.stderr(
        `updated ${writeTo}: cookieScan lists ${updated.scanFound} names; ${updated.added.length ? `added for review: ${updated.added.join(', ')}` : 'nothing new to add'}\n`,
      );
    }
    return failsOn(report, failOn) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ScanError) {
      io.stderr(`akkoord scan: ${e.message}${e instanceof UsageError ? ' See akkoord --help.' : ''}\n`);
      return 2;
    }
    if ((e as Error).name === 'ChromiumNotFound') {
      io.stderr(`akkoord scan: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
