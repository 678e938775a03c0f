/**
 * Reads an imported scan report (`akkoord scan --format json`). The scanner's own check decides
 * what is readable; this module words its verdict for the marketer, naming the file, in the
 * studio's language.
 */
import { parseScanReport, type ScanReport, type ScanReportProblem } from '@akkoord/scanner/browser';
import type { T } from './i18n.js';

/** The report, or one sentence that says what is wrong with the file. */
export type ScanRead = { ok: true; report: ScanReport } | { ok: false; error: string };

/** Checks `text` as an Akkoord scan report, version 1. */
export function readScan(text: string, file: string, t: T): ScanRead {
  const result = parseScanReport(text);
  return result.ok ? result : { ok: false, error: scanProblemText(result.problem, file, t) };
}

/** A problem as one sentence that names the file and, where it helps, what to do instead. */
export function scanProblemText(problem: ScanReportProblem, file: string, t: T): string {
  switch (problem.code) {
    case 'not-json':
      return t('scanImport.notJson', { file, detail: problem.detail });
    case 'not-object':
      return t('scanImport.notReport', { file });
    case 'format':
      // A file without any format is most likely a declarations file opened with the wrong button.
      return problem.found === undefined
        ? t('scanImport.noFormat', { file })
        : t('scanImport.otherFormat', { file, format: problem.found });
    case 'version':
      return problem.found === undefined
        ? t('scanImport.noVersion', { file })
        : t('scanImport.otherVersion', { file, version: problem.found });
    case 'shape': {
      const expected =
        problem.expected === 'one-of'
          ? t('scanImport.expected.one-of', { values: (problem.values ?? []).join(', ') })
          : t(`scanImport.expected.${problem.expected}`);
      return t('scanImport.damaged', { file, path: problem.path, expected });
    }
  }
}
