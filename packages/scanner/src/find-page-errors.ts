import { sorted } from './compare-text.js';
import { listText } from './describe-item.js';
import { makeFinding } from './make-finding.js';
import type { ScanFinding, ScannedPage } from './types.js';

/**
 * What went wrong on a page: its own error, each visit's error, and an HTTP status of 400 or
 * more (`HTTP 404`). Empty when the page was scanned without trouble.
 */
export function pageProblems(page: ScannedPage): string[] {
  const problems: string[] = [];
  if (page.error) problems.push(page.error);
  for (const v of page.visits) {
    if (v.error) problems.push(v.error);
    if (v.status !== null && v.status >= 400) problems.push(`HTTP ${v.status}`);
  }
  return problems;
}

/**
 * `page-error`, `check`: one finding per page that could not be visited, or not fully. Its other
 * findings may be incomplete, which is why the reader should look before trusting a clean result.
 */
export function findPageErrors(pages: readonly ScannedPage[]): ScanFinding[] {
  return pages.flatMap((page) => {
    const problems = pageProblems(page);
    if (!problems.length) return [];
    return [
      makeFinding({
        kind: 'page-error',
        severity: 'check',
        subject: { type: 'page', name: page.url },
        pages: [page.url],
        evidence: problems,
        message: `Page ${page.url} could not be scanned fully (${listText(sorted(problems), 3)}), so its other findings may be incomplete.`,
      }),
    ];
  });
}
