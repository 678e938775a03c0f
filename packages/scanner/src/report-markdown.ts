import {
  bannerPhrase,
  categoryWithSource,
  createReportTranslate,
  dateText,
  durationText,
  findingFix,
  findingSentence,
  phrase,
  splitEvidence,
  subjectPhrase,
  summaryLine,
  type InlineFormat,
  type ReportLang,
  type ReportTranslate,
} from './report-i18n.js';
import { SCAN_MODES, SEVERITY_ORDER } from './types.js';
import type { ModeCounts, ScanFinding, ScannedPage, ScanReport } from './types.js';

/** Options for {@link renderMarkdown}. */
export interface MarkdownReportOptions {
  /** Language of the report's own words; site data is shown as found. */
  lang: ReportLang;
}

/**
 * Escapes text for inline Markdown, table cells included: everything that could start code,
 * emphasis, a link, raw HTML, an entity or strikethrough, or end a table cell gets a backslash,
 * and line breaks become spaces. A leading `#`, `-`, `+`, `=`, `>` or `1.` is escaped as well,
 * because a value may land at the start of a line or list item. A cookie named
 * `<img src=x onerror=alert(1)>` or `a|b` is therefore shown, never interpreted.
 */
export function escapeMarkdown(text: string): string {
  const s = text.replace(/[\r\n\t\f\v]+/g, ' ').replace(/[\\`*_[\]<>|&~!]/g, '\\$&');
  return s.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Markdown: our words and site data escaped alike; code spans fenced so no backtick can end them.
 * Code spans only come from the locale's fix lines, which are paragraphs, never table cells.
 */
const MARKDOWN: InlineFormat = {
  text: escapeMarkdown,
  code: (s) => {
    const fence = '`'.repeat(Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    return `${fence}${s}${fence}`;
  },
  value: escapeMarkdown,
};

/** What the per-page table shows of one page. */
export interface PageStats {
  url: string;
  /** Main document status of the first visit that answered, or `null`. */
  status: number | null;
  /** True when the page or one of its visits failed. */
  error: boolean;
  /** Cookies per mode; `null` when that visit is missing. */
  cookies: Record<(typeof SCAN_MODES)[number], number | null>;
  /** Distinct third-party hosts before any choice, sorted. */
  hostsBefore: string[];
}

/** Sums up one page for the per-page tables of the Markdown and HTML reports. */
export function pageStats(page: ScannedPage): PageStats {
  const visit = (mode: string) => page.visits.find((v) => v.mode === mode);
  const before = visit('before');
  const hosts = [...new Set((before?.requests ?? []).map((r) => r.host))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    url: page.url,
    status: page.visits.find((v) => v.status !== null)?.status ?? null,
    error: Boolean(page.error) || page.visits.some((v) => v.error),
    cookies: {
      before: before ? before.cookies.length : null,
      accept: visit('accept')?.cookies.length ?? null,
      reject: visit('reject')?.cookies.length ?? null,
    },
    hostsBefore: hosts,
  };
}

const COUNT_ROWS: readonly (keyof ModeCounts)[] = ['cookies', 'storage', 'thirdPartyHosts', 'requests'];

/** A GFM table row; cells are already escaped. */
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/**
 * Renders the report as GitHub-flavoured Markdown: summary, counts, findings with their
 * evidence, a per-page table and the inventory. Every string from the site is escaped.
 */
export function renderMarkdown(report: ScanReport, options: MarkdownReportOptions): string {
  const t = createReportTranslate(options.lang);
  const w = (key: string, vars?: Record<string, unknown>) => escapeMarkdown(String(t(key, vars)));
  const out: string[] = [];

  out.push(`# ${phrase(t, 'title', { site: report.site }, MARKDOWN)}`, '', w('intro'), '');

  out.push(`## ${w('heading.summary')}`, '');
  const item = (key: string, value: string) => out.push(`- **${w(key)}:** ${value}`);
  item('meta.site', escapeMarkdown(report.site));
  item('meta.started', escapeMarkdown(dateText(report.startedAt)));
  item('meta.duration', escapeMarkdown(durationText(t, options.lang, report.durationMs)));
  item('meta.pages', String(report.pages.length));
  item('meta.banner', bannerPhrase(t, report.banner, MARKDOWN));
  item('meta.declarations', report.options.declarations ? escapeMarkdown(report.options.declarations) : w('meta.noDeclarations'));
  item('meta.findings', escapeMarkdown(summaryLine(t, report.summary)));
  out.push('');

  out.push(`## ${w('heading.counts')}`, '');
  out.push(row([w('counts.what'), ...SCAN_MODES.map((m) => w(`mode.${m}`))]));
  out.push(row(['---', ...SCAN_MODES.map(() => '---:')]));
  for (const r of COUNT_ROWS) out.push(row([w(`counts.${r}`), ...SCAN_MODES.map((m) => String(report.counts[m][r]))]));
  out.push('');

  out.push(`## ${w('heading.findings')}`, '');
  if (report.findings.length === 0) out.push(w('findings.none'), '');
  for (const severity of SEVERITY_ORDER) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(`### ${w(`severityGroup.${severity}`)} (${group.length})`, '');
    for (const f of group) out.push(...findingBlock(t, f));
  }

  out.push(`## ${w('heading.pages')}`, '');
  out.push(
    row([
      w('pages.url'),
      w('pages.status'),
      w('pages.cookiesBefore'),
      w('pages.cookiesAccept'),
      w('pages.cookiesReject'),
      w('pages.hostsBefore'),
    ]),
  );
  out.push(row(['---', '---', '---:', '---:', '---:', '---']));
  for (const page of report.pages) {
    const s = pageStats(page);
    const status = [s.status === null ? w('pages.noStatus') : String(s.status), ...(s.error ? [w('pages.error')] : [])].join(', ');
    const n = (v: number | null) => (v === null ? '—' : String(v));
    const hosts = s.hostsBefore.length ? s.hostsBefore.map(escapeMarkdown).join(', ') : w('pages.none');
    out.push(row([escapeMarkdown(s.url), status, n(s.cookies.before), n(s.cookies.accept), n(s.cookies.reject), hosts]));
  }
  out.push('');

  out.push(`## ${w('heading.inventory')}`, '');
  if (report.inventory.length === 0) out.push(w('inventory.empty'), '');
  else {
    const heads = ['name', 'domain', 'type', 'party', 'category', 'platform', 'seenIn'];
    out.push(row(heads.map((h) => w(`inventory.${h}`))), row(heads.map(() => '---')));
    for (const i of report.inventory) {
      out.push(
        row([
          escapeMarkdown(i.name),
          escapeMarkdown(i.domain),
          w(`itemType.${i.type}`),
          w(`party.${i.party}`),
          escapeMarkdown(categoryWithSource(t, i)),
          i.known ? escapeMarkdown(i.known.platform) : '—',
          i.seenIn.map((m) => w(`modeShort.${m}`)).join(', '),
        ]),
      );
    }
    out.push('');
  }

  const made = phrase(t, 'footer.made', { scanner: report.scanner, browser: report.browser, date: dateText(report.startedAt) }, MARKDOWN);
  out.push('---', '', `${made} ${w('footer.credit')}`, '', w('footer.data'));
  return `${out.join('\n')}\n`;
}

/** One finding: heading, sentence, how to fix, pages and evidence. */
function findingBlock(t: ReportTranslate, f: ScanFinding): string[] {
  const w = (key: string) => escapeMarkdown(String(t(key)));
  const out = [`#### ${w(`kind.${f.kind}`)}: ${subjectPhrase(t, f.subject, MARKDOWN)}`, ''];
  out.push(findingSentence(t, f, MARKDOWN), '');
  out.push(`**${w('findings.fix')}:** ${findingFix(t, f, MARKDOWN)}`, '');
  out.push(`**${w('findings.pages')}:**${f.pages.length ? '' : ` ${w('findings.noPages')}`}`, '');
  if (f.pages.length) out.push(...f.pages.map((p) => `- ${escapeMarkdown(p)}`), '');
  const { shown, more } = splitEvidence(f.evidence);
  if (shown.length) {
    out.push(`**${w('findings.evidence')}:**`, '', ...shown.map((e) => `- ${escapeMarkdown(e)}`));
    if (more) out.push(`- ${escapeMarkdown(String(t('findings.more', { count: more })))}`);
    out.push('');
  }
  return out;
}
