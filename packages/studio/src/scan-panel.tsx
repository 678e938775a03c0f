/**
 * The imported scan: what `akkoord scan` found on the live site, in the words of its reports, and
 * the button that applies it to the declarations. The findings are the scan's, judged against the
 * declarations file it was run with; they stay as imported and are not recomputed from the form.
 */
import {
  bannerPhrase,
  createReportTranslate,
  dateText,
  SCAN_MODES,
  summaryLine,
  type NewCookieEntry,
  type ScanReport,
} from '@akkoord/scanner/browser';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { applyScan, entriesToAdd, type ApplyScanResult } from './apply-scan.js';
import type { T, UiLang } from './i18n.js';
import { listText } from './list-text.js';
import { ScanFindings } from './scan-findings.js';
import { Inline, TEXT_FORMAT } from './scan-inline.js';
import { useStudio } from './studio-context.js';

/** A scan report and the name of the file it came from. */
export interface ImportedScan {
  report: ScanReport;
  file: string;
}

/** Props of {@link ScanPanel}. */
export interface ScanPanelProps {
  scan: ImportedScan;
  /** Today as YYYY-MM-DD, for a report without a start date (a checked report has one). */
  today: string;
  onClose: () => void;
}

const COUNT_ROWS = ['cookies', 'storage', 'thirdPartyHosts', 'requests'] as const;

/** The entries' names as a list in a sentence ("a, b en c"). */
const names = (entries: readonly NewCookieEntry[], lang: UiLang) =>
  listText(
    entries.map((e) => e.entry.name),
    lang,
  );

/** What applying would add, before the button is pressed. */
function pendingText(t: T, lang: UiLang, pending: readonly NewCookieEntry[]): string {
  if (!pending.length) return t('scan.nothingToAdd');
  return t('scan.willAdd', { count: pending.length, names: names(pending, lang) });
}

/** What applying did, with the entries whose category and purpose are only placeholders. */
function AppliedNote({ result }: { result: ApplyScanResult }) {
  const { t, lang } = useStudio();
  if (result.cookiesNotList) return <p class="bad">{t('scan.cookiesNotList')}</p>;
  if (!result.added.length) return <p>{t('scan.appliedNothing')}</p>;
  const unknown = result.added.filter((e) => e.review.includes('unknown'));
  const count = result.added.length;
  return (
    <>
      <p>
        {t('scan.added', { count, names: names(result.added, lang) })} {t('scan.reviewHint')}{' '}
        <a href="#s-cookies">{t('scan.goToCookies')}</a>
      </p>
      {unknown.length ? <p>{t('scan.unknownNote', { names: names(unknown, lang) })}</p> : null}
    </>
  );
}

/** The panel: facts of the scan, the before/after counts, the findings, then apply and close. */
export function ScanPanel({ scan, today, onClose }: ScanPanelProps) {
  const { t, lang, d, update } = useStudio();
  const rt = useMemo(() => createReportTranslate(lang), [lang]);
  const w = (key: string, vars?: Record<string, unknown>) => String(rt(key, vars));
  const { report, file } = scan;
  const heading = useRef<HTMLHeadingElement>(null);
  // Kept with the report it belongs to, so the note of an earlier scan never shows under a new one.
  const [applied, setApplied] = useState<{ report: ScanReport; result: ApplyScanResult } | undefined>(undefined);
  // Another file: its heading takes focus, so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), [report, file]);
  const pending = useMemo(() => entriesToAdd(d, report), [d, report]);
  const apply = () => {
    let result: ApplyScanResult | undefined;
    // The store's current declarations, not this render's: nothing typed meanwhile is lost.
    update((cur) => {
      result = applyScan(cur, report, today);
      return result.declarations;
    });
    if (result) setApplied({ report, result });
  };
  const fact = (label: string, value: ComponentChildren) => (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <section class="scan-panel" id="scan" aria-labelledby="scan-h">
      <h2 id="scan-h" tabIndex={-1} ref={heading}>
        {w('title', { site: report.site })}
      </h2>
      <p class="hint">{t('scan.asImported')}</p>
      <dl class="scan-facts">
        {fact(t('scan.file'), file)}
        {fact(w('meta.site'), report.site)}
        {fact(w('meta.started'), dateText(report.startedAt))}
        {fact(w('meta.pages'), String(report.pages.length))}
        {fact(w('meta.banner'), <Inline text={bannerPhrase(rt, report.banner, TEXT_FORMAT)} />)}
      </dl>
      <div class="scan-scroll">
        <table class="scan-counts">
          <caption>{w('heading.counts')}</caption>
          <thead>
            <tr>
              <th scope="col">{w('counts.what')}</th>
              {SCAN_MODES.map((m) => (
                <th scope="col" class="num">
                  {w(`mode.${m}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COUNT_ROWS.map((r) => (
              <tr>
                <th scope="row">{w(`counts.${r}`)}</th>
                {SCAN_MODES.map((m) => (
                  <td class="num">{report.counts[m][r]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="scan-summary">
        <strong>{w('heading.findings')}:</strong> {summaryLine(rt, report.summary)}
      </p>
      <ScanFindings findings={report.findings} rt={rt} />
      <div class="scan-apply">
        <p>
          {pendingText(t, lang, pending)} {t('scan.applyHelp')}
        </p>
        <div class="scan-actions">
          <button type="button" id="apply-scan" onClick={apply}>
            {t('scan.apply')}
          </button>
          <button type="button" id="close-scan" onClick={onClose}>
            {t('scan.close')}
          </button>
        </div>
        <div role="status" aria-live="polite" id="scan-applied">
          {applied?.report === report ? <AppliedNote result={applied.result} /> : null}
        </div>
      </div>
    </section>
  );
}
