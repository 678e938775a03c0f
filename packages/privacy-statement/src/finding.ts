/** A problem found in a declarations file, by the parser, the schema or a validator rule. */

/** How serious a finding is. Errors block generation unless forced; warnings and info never do. */
export type Severity = 'error' | 'warning' | 'info';

/** One path segment: an object key or an array index. */
export type PathSegment = string | number;

/** A finding with everything needed to show it as `file:line:col path: message`. */
export interface Finding {
  /** Rule id (`V05`), `SYNTAX` for YAML errors or `SCHEMA` for schema errors. */
  rule: string;
  severity: Severity;
  /** Where in the declarations, e.g. `purposes[2].retention`. Empty for the whole file. */
  path: string;
  /** What is wrong, in the language of the run. */
  message: string;
  /** Why it matters, citing the article, in the language of the run. */
  why?: string;
  file: string;
  /** 1-based line, 0 when unknown. */
  line: number;
  /** 1-based column, 0 when unknown. */
  column: number;
}

/** Writes a path as `purposes[2].retention.period`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/** `file:line:col path: message` — the one-line form the CLI prints. */
export function formatFinding(f: Finding): string {
  const where = f.line ? `${f.file}:${f.line}:${f.column}` : f.file;
  const path = f.path ? ` ${f.path}` : '';
  return `${where}:${path} ${f.severity} ${f.rule}: ${f.message}${f.why ? ` (${f.why})` : ''}`;
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
