import {
  bannerPhrase,
  createReportTranslate,
  dateText,
  durationText,
  splitEvidence,
  subjectPhrase,
  summaryLine,
  type InlineFormat,
  type ReportLang,
  type ReportTranslate,
} from './report-i18n.js';
import { SCAN_MODES, SEVERITY_ORDER } from './types.js';
import type { ModeCounts, ScanFinding, ScanReport, Severity } from './types.js';

/** Options for {@link renderText}. */
export interface TextReportOptions {
  /** Language of the report's own words. */
  lang: ReportLang;
  /**
   * ANSI colours for a terminal. The CLI decides (TTY, `NO_COLOR`); a file or pipe gets none.
   * @default false
   */
  color?: boolean;
}

/** The width the terminal report keeps to, where the data allows. */
export const TEXT_WIDTH = 100;

const ANSI = { bold: '1', dim: '2', red: '31', yellow: '33', magenta: '35', cyan: '36' } as const;
const SEVERITY_COLOR: Readonly<Record<Severity, keyof typeof ANSI>> = {
  violation: 'red',
  undeclared: 'magenta',
  check: 'yellow',
  hint: 'cyan',
};

/**
 * Removes control characters (C0, DEL, C1) from site data: a cookie name holding an escape
 * sequence must not be able to move the cursor or recolour the reader's terminal.
 */
export function stripControl(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** Shortens to `max` characters (code points), ending with `…` when cut. */
export function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

const width = (s: string) => Array.from(s).length;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

/** Plain text: the locale's words as they are, site data without control characters. */
const PLAIN: InlineFormat = { text: (s) => s, code: (s) => `\`${s}\``, value: stripControl };

const COUNT_ROWS: readonly (keyof ModeCounts)[] = ['cookies', 'storage', 'thirdPartyHosts', 'requests'];

/**
 * Renders the report for a terminal: header, the before/accept/reject counts, the findings by
 * severity (one line each plus the first evidence), and a one-line summary. Colour only when
 * asked for, so piping to a file gives clean text.
 */
export function renderText(report: ScanReport, options: TextReportOptions): string {
  const t = createReportTranslate(options.lang);
  const paint = (code: keyof typeof ANSI, s: string) => (options.color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s);
  const lines: string[] = [];

  lines.push(paint('bold', truncate(String(t('title', { site: stripControl(report.site) })), TEXT_WIDTH)));
  lines.push(...header(t, options.lang, report));
  lines.push('');
  lines.push(...countsTable(t, report, paint));
  lines.push('');

  if (report.findings.length === 0) lines.push(String(t('findings.none')), '');
  else lines.push(...findingLines(t, report.findings, paint));

  lines.push(paint('bold', summaryLine(t, report.summary)));
  return `${lines.join('\n')}\n`;
}

type Paint = (code: keyof typeof ANSI, s: string) => string;

/** Pages, duration, banner, start time and declarations, as `label: value` pairs. */
function header(t: ReportTranslate, lang: ReportLang, report: ScanReport): string[] {
  const pair = (key: string, value: string) => `${String(t(key))}: ${value}`;
  const first = [
    pair('meta.pages', String(report.pages.length)),
    pair('meta.duration', durationText(t, lang, report.durationMs)),
    pair('meta.started', dateText(report.startedAt)),
  ].join(' · ');
  const declarations = report.options.declarations ? stripControl(report.options.declarations) : String(t('meta.noDeclarations'));
  return [
    first,
    truncate(pair('meta.banner', bannerPhrase(t, report.banner, PLAIN)), TEXT_WIDTH),
    truncate(pair('meta.declarations', declarations), TEXT_WIDTH),
  ];
}

/** The counts per mode with right-aligned numbers under each mode's heading. */
function countsTable(t: ReportTranslate, report: ScanReport, paint: Paint): string[] {
  const heads = [String(t('counts.what')), ...SCAN_MODES.map((m) => String(t(`mode.${m}`)))];
  const rows = COUNT_ROWS.map((row) => [String(t(`counts.${row}`)), ...SCAN_MODES.map((m) => String(report.counts[m][row]))]);
  const widths = heads.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? padEnd(c, widths[0] ?? 0) : padStart(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [paint('bold', line(heads)), ...rows.map(line)];
}

/** A finding's cells for the one-line listing. */
interface FindingRow {
  f: ScanFinding;
  severity: string;
  kind: string;
  subject: string;
  pages: string;
}

/**
 * Findings as lines — severity, kind, subject, pages — in columns aligned across all groups, each
 * followed by its first evidence on an indented line. The subject takes the room the rest leaves.
 */
function findingLines(t: ReportTranslate, findings: readonly ScanFinding[], paint: Paint): string[] {
  const rows: FindingRow[] = findings.map((f) => ({
    f,
    severity: String(t(`severity.${f.severity}`)),
    kind: String(t(`kind.${f.kind}`)),
    subject: subjectPhrase(t, f.subject, PLAIN),
    pages: f.pages.length ? String(t('findings.pageCount', { count: f.pages.length })) : '',
  }));
  const widest = (pick: (r: FindingRow) => string) => Math.max(0, ...rows.map((r) => width(pick(r))));
  const sevW = widest((r) => r.severity);
  const kindW = widest((r) => r.kind);
  const pagesW = widest((r) => r.pages);
  const subjectW = Math.min(
    Math.max(20, TEXT_WIDTH - 2 - sevW - 2 - kindW - 2 - 2 - pagesW),
    widest((r) => r.subject),
  );
  const out: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const group = rows.filter((r) => r.f.severity === severity);
    if (group.length === 0) continue;
    out.push(paint('bold', `${String(t(`severityGroup.${severity}`))} (${group.length})`));
    for (const r of group) {
      const cells = [
        paint(SEVERITY_COLOR[severity], padEnd(r.severity, sevW)),
        padEnd(r.kind, kindW),
        padEnd(truncate(r.subject, subjectW), subjectW),
        padStart(r.pages, pagesW),
      ];
      out.push(`  ${cells.join('  ')}`.trimEnd());
      out.push(...evidenceLine(t, r.f, paint));
    }
    out.push('');
  }
  return out;
}

/** The first evidence, shortened to fit, with how many more there are. */
function evidenceLine(t: ReportTranslate, f: ScanFinding, paint: Paint): string[] {
  const { shown, more: hidden } = splitEvidence(f.evidence);
  const first = shown[0];
  if (first === undefined) return [];
  const rest = shown.length - 1 + hidden;
  const more = rest > 0 ? ` ${String(t('findings.more', { count: rest }))}` : '';
  return [paint('dim', `    ↳ ${truncate(stripControl(first), TEXT_WIDTH - 6 - width(more))}${more}`)];
}
