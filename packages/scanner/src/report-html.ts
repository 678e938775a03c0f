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
  type InlineFormat,
  type ReportLang,
  type ReportTranslate,
} from './report-i18n.js';
import { pageStats } from './report-markdown.js';
import { SCAN_MODES, SEVERITY_ORDER } from './types.js';
import type { InventoryItem, ModeCounts, ScanFinding, ScanReport } from './types.js';

/** Options for {@link renderHtml}. */
export interface HtmlReportOptions {
  /** Language of the report's own words, also set as `<html lang>`. */
  lang: ReportLang;
}

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Nothing may load or run: the report is opened from disk or mailed around, and it holds names
 * and URLs chosen by the scanned site. Inline styles are the only exception.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const HTML: InlineFormat = { text: escapeHtml, code: (s) => `<code>${escapeHtml(s)}</code>`, value: escapeHtml };

// System fonts, no images, no web fonts: the CSP allows nothing else, and the file stays small.
// Severity colours pass WCAG AA against white text; the label is always written out as well.
const CSS = `
:root{color-scheme:light;--fg:#1b1f23;--muted:#57606a;--line:#d0d7de;--bg-soft:#f6f8fa;
--violation:#b42318;--undeclared:#8a3ffc;--check:#9a6700;--hint:#0969da}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fff}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0;overflow-wrap:anywhere}
h2{font-size:1.3rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
h4{font-size:1rem;margin:0 0 .5rem;overflow-wrap:anywhere}
p{margin:.4rem 0}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--bg-soft);padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0;overflow-wrap:anywhere}
ul.badges{list-style:none;padding:0;margin:.75rem 0;display:flex;flex-wrap:wrap;gap:.5rem}
.badge{display:inline-block;padding:.1rem .55rem;border-radius:999px;color:#fff;font-size:.85rem;font-weight:600;white-space:nowrap}
.sev-violation{background:var(--violation)}.sev-undeclared{background:var(--undeclared)}
.sev-check{background:var(--check)}.sev-hint{background:var(--hint)}
.zero{background:var(--bg-soft);color:var(--muted);border:1px solid var(--line)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--bg-soft)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.url,td.name{overflow-wrap:anywhere;min-width:10rem}
article.finding{border:1px solid var(--line);border-left:.4rem solid var(--muted);border-radius:4px;padding:.75rem 1rem;margin:.75rem 0;break-inside:avoid}
article.violation{border-left-color:var(--violation)}article.undeclared{border-left-color:var(--undeclared)}
article.check{border-left-color:var(--check)}article.hint{border-left-color:var(--hint)}
.label{font-weight:600;margin-top:.6rem}
ul.list{margin:.2rem 0;padding-left:1.25rem;overflow-wrap:anywhere}
.desc{color:var(--muted);font-size:.85rem}
footer{margin-top:2.5rem;border-top:1px solid var(--line);padding-top:.75rem;color:var(--muted);font-size:.85rem}
@media (max-width:40rem){main{padding:.6rem}dl.meta{grid-template-columns:1fr}dl.meta dd{margin-bottom:.4rem}
table{font-size:.8rem}th,td{padding:.25rem .35rem}td.url,td.name{min-width:7rem}}
@media print{body{font-size:11pt}main{max-width:none;padding:0}.scroll{overflow:visible}
.badge,article.finding{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2{break-after:avoid}tr{break-inside:avoid}}
@page{margin:1.5cm}
`;

const COUNT_ROWS: readonly (keyof ModeCounts)[] = ['cookies', 'storage', 'thirdPartyHosts', 'requests'];

/**
 * Renders the report as one self-contained HTML file: inline CSS, no scripts, no external
 * resources, a strict CSP, readable on a phone and printable. Every string from the report is
 * escaped with {@link escapeHtml}, in text and attributes.
 */
export function renderHtml(report: ScanReport, options: HtmlReportOptions): string {
  const { lang } = options;
  const t = createReportTranslate(lang);
  const w = (key: string, vars?: Record<string, unknown>) => escapeHtml(String(t(key, vars)));
  const title = phrase(t, 'title', { site: report.site }, HTML);
  const body = [
    `<header><h1>${title}</h1><p>${w('intro')}</p></header>`,
    summarySection(t, lang, report),
    countsSection(t, report),
    findingsSection(t, report.findings),
    pagesSection(t, report),
    inventorySection(t, report.inventory),
    `<footer><p>${phrase(t, 'footer.made', { scanner: report.scanner, browser: report.browser, date: dateText(report.startedAt) }, HTML)} ${w('footer.credit')}</p><p>${w('footer.data')}</p></footer>`,
  ];
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

/** Site facts as a definition list, then one badge per severity with its count in words. */
function summarySection(t: ReportTranslate, lang: ReportLang, report: ScanReport): string {
  const dd = (key: string, value: string) => `<dt>${escapeHtml(String(t(key)))}</dt><dd>${value}</dd>`;
  const declarations = report.options.declarations ? escapeHtml(report.options.declarations) : escapeHtml(String(t('meta.noDeclarations')));
  const badges = SEVERITY_ORDER.map((s) => {
    const n = report.summary[s];
    return `<li class="badge ${n ? `sev-${s}` : 'zero'}">${escapeHtml(String(t(`summary.${s}`, { count: n })))}</li>`;
  }).join('');
  return `<section aria-labelledby="summary"><h2 id="summary">${escapeHtml(String(t('heading.summary')))}</h2>
<dl class="meta">${[
    dd('meta.site', escapeHtml(report.site)),
    dd('meta.started', escapeHtml(dateText(report.startedAt))),
    dd('meta.duration', escapeHtml(durationText(t, lang, report.durationMs))),
    dd('meta.pages', String(report.pages.length)),
    dd('meta.banner', bannerPhrase(t, report.banner, HTML)),
    dd('meta.declarations', declarations),
  ].join('')}</dl>
<ul class="badges" aria-label="${escapeHtml(String(t('meta.findings')))}">${badges}</ul></section>`;
}

/** The before/accept/reject counts table. */
function countsSection(t: ReportTranslate, report: ScanReport): string {
  const w = (key: string) => escapeHtml(String(t(key)));
  const head = `<tr><th scope="col">${w('counts.what')}</th>${SCAN_MODES.map((m) => `<th scope="col" class="num">${w(`mode.${m}`)}</th>`).join('')}</tr>`;
  const rows = COUNT_ROWS.map(
    (r) =>
      `<tr><th scope="row">${w(`counts.${r}`)}</th>${SCAN_MODES.map((m) => `<td class="num">${report.counts[m][r]}</td>`).join('')}</tr>`,
  );
  return `<section aria-labelledby="counts"><h2 id="counts">${w('heading.counts')}</h2>
<div class="scroll"><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

/** Findings by severity, each as an article with explanation, fix, pages and evidence. */
function findingsSection(t: ReportTranslate, findings: readonly ScanFinding[]): string {
  const w = (key: string, vars?: Record<string, unknown>) => escapeHtml(String(t(key, vars)));
  const parts = [`<section aria-labelledby="findings"><h2 id="findings">${w('heading.findings')}</h2>`];
  if (findings.length === 0) parts.push(`<p>${w('findings.none')}</p>`);
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    parts.push(`<h3>${w(`severityGroup.${severity}`)} (${group.length})</h3>`);
    for (const f of group) {
      const list = (items: string[]) => `<ul class="list">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
      const { shown, more } = splitEvidence(f.evidence);
      const evidence = [...shown.map(escapeHtml), ...(more ? [w('findings.more', { count: more })] : [])];
      parts.push(
        `<article class="finding ${severity}">`,
        `<h4><span class="badge sev-${severity}">${w(`severity.${severity}`)}</span> ${w(`kind.${f.kind}`)}: ${subjectPhrase(t, f.subject, HTML)}</h4>`,
        `<p>${findingSentence(t, f, HTML)}</p>`,
        f.known ? `<p class="desc">${describe(t, f.known.description)}</p>` : '',
        `<p><strong>${w('findings.fix')}:</strong> ${findingFix(t, f, HTML)}</p>`,
        `<p class="label">${w('findings.pages')}</p>`,
        f.pages.length ? list(f.pages.map(escapeHtml)) : `<p>${w('findings.noPages')}</p>`,
        evidence.length ? `<p class="label">${w('findings.evidence')}</p>${list(evidence)}` : '',
        '</article>',
      );
    }
  }
  parts.push('</section>');
  return parts.filter(Boolean).join('\n');
}

/**
 * A database description, always in English as the database gives it: marked `lang="en"` for
 * screen readers and followed by a note naming the source (in Dutch: that it is English).
 */
function describe(t: ReportTranslate, description: string): string {
  const note = escapeHtml(String(t('inventory.descriptionNote')));
  return `<span lang="en">${escapeHtml(description)}</span> (${note})`;
}

/** Only web addresses become links; anything else (`javascript:`, `data:`) stays text. */
function urlCell(url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeHtml(url);
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`;
}

/** One row per page: status, cookies per mode and third-party hosts before a choice. */
function pagesSection(t: ReportTranslate, report: ScanReport): string {
  const w = (key: string) => escapeHtml(String(t(key)));
  const heads = ['pages.url', 'pages.status', 'pages.cookiesBefore', 'pages.cookiesAccept', 'pages.cookiesReject', 'pages.hostsBefore'];
  const numeric = new Set([2, 3, 4]);
  const head = heads.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="num"' : ''}>${w(h)}</th>`).join('');
  const rows = report.pages.map((page) => {
    const s = pageStats(page);
    const status = [s.status === null ? w('pages.noStatus') : String(s.status), ...(s.error ? [w('pages.error')] : [])].join(', ');
    const n = (v: number | null) => `<td class="num">${v === null ? '—' : v}</td>`;
    const hosts = s.hostsBefore.length ? s.hostsBefore.map(escapeHtml).join(', ') : w('pages.none');
    return `<tr><td class="url">${urlCell(s.url)}</td><td>${status}</td>${n(s.cookies.before)}${n(s.cookies.accept)}${n(s.cookies.reject)}<td class="url">${hosts}</td></tr>`;
  });
  return `<section aria-labelledby="pages"><h2 id="pages">${w('heading.pages')}</h2>
<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

/** Everything seen: name and domain, type, party, category with source, service, modes. */
function inventorySection(t: ReportTranslate, inventory: readonly InventoryItem[]): string {
  const w = (key: string) => escapeHtml(String(t(key)));
  const start = `<section aria-labelledby="inventory"><h2 id="inventory">${w('heading.inventory')}</h2>`;
  if (inventory.length === 0) return `${start}<p>${w('inventory.empty')}</p></section>`;
  const heads = ['name', 'domain', 'type', 'party', 'category', 'platform', 'seenIn'];
  const head = heads.map((h) => `<th scope="col">${w(`inventory.${h}`)}</th>`).join('');
  const rows = inventory.map((i) => {
    const platform = i.known ? `${escapeHtml(i.known.platform)}<br><span class="desc">${describe(t, i.known.description)}</span>` : '—';
    return `<tr><td class="name">${escapeHtml(i.name)}</td><td class="url">${escapeHtml(i.domain)}</td><td>${w(`itemType.${i.type}`)}</td><td>${w(`party.${i.party}`)}</td><td>${escapeHtml(categoryWithSource(t, i))}</td><td>${platform}</td><td>${i.seenIn.map((m) => w(`modeShort.${m}`)).join(', ')}</td></tr>`;
  });
  return `${start}
<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div></section>`;
}
