import { createHash } from 'node:crypto';
import { DASHBOARD_LANGS, DASHBOARD_SCRIPTS, readDashboardFile } from './dashboard-files.js';
import type { ConsentStats } from './types.js';

/** What a report shows: the statistics as `GET /v1/stats` gives them, per period and per revision. */
export interface ReportData {
  /** The language it opens in; the other is a switch away (both are embedded). */
  lang: (typeof DASHBOARD_LANGS)[number];
  sites: string[];
  /** When it was made (ms since epoch). */
  generatedAt: number;
  /** By day or week. */
  stats: ConsentStats;
  /** By revision, over the same range. */
  revisions: ConsentStats;
}

/** Text as HTML element content or attribute value. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The CSP source of an inline script or style: `'sha256-…'` of its exact text. */
const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The report as one self-contained HTML file: the dashboard's own stylesheet, scripts and both
 * languages inlined, the statistics embedded as JSON, so it renders exactly the dashboard's view
 * with no network (for a monthly mail to a client). Its Content-Security-Policy admits only these
 * inline scripts and this style, by hash, and no connection at all. The JSON is embedded in a
 * `<script type="application/json">` (never run) with every `<` escaped, so no text in it can
 * close the element.
 */
export async function renderReport(data: ReportData): Promise<string> {
  const read = async (file: string) => (await readDashboardFile(file)).toString('utf8');
  const css = await read('dashboard.css');
  const scripts = await Promise.all(DASHBOARD_SCRIPTS.map(read));
  const locales = Object.fromEntries(
    await Promise.all(DASHBOARD_LANGS.map(async (l) => [l, JSON.parse(await read(`locales/${l}/dashboard.json`))] as const)),
  );
  const json = JSON.stringify({ ...data, locales }).replace(/</g, '\\u003c');
  const csp = `default-src 'none'; script-src ${scripts.map(cspHash).join(' ')}; style-src ${cspHash(css)}; base-uri 'none'; form-action 'none'`;
  const title = `${locales[data.lang].report.title} — ${data.sites.join(', ')}`;
  const option = (l: string, name: string) => `<option value="${l}" lang="${l}"${l === data.lang ? ' selected' : ''}>${name}</option>`;
  return `<!doctype html>
<html lang="${data.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<header class="ak-top">
  <h1 data-i18n="report.title"></h1>
  <div class="ak-top-tools">
    <label for="ak-lang" data-i18n="app.language"></label>
    <select id="ak-lang">${option('nl', 'Nederlands')}${option('en', 'English')}</select>
  </div>
</header>
<main>
  <section class="ak-card" aria-labelledby="ak-report-sites-h">
    <h2 id="ak-report-sites-h" data-i18n="report.sites"></h2>
    <p id="ak-report-sites"></p>
    <p id="ak-report-range" class="ak-report-meta"></p>
    <p id="ak-report-made" class="ak-report-meta"></p>
  </section>
  <div id="ak-view"></div>
</main>
<script type="application/json" id="akkoord-report-data">${json}</script>
${scripts.map((s) => `<script>${s}</script>`).join('\n')}
</body>
</html>
`;
}
