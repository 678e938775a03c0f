import type { StoredConsentRecord } from '@akkoord/consent-log';
import { PAGE_ROWS } from './constants.js';
import type { PageQuery, Store } from './types.js';

/** Export formats of `GET /v1/export` and `akkoord-log export`. */
export type ExportFormat = 'ndjson' | 'csv';

const CSV_COLUMNS: (keyof StoredConsentRecord)[] = [
  'site', 'seq', 'id', 'consentId', 'receivedAt', 'action', 'choices', 'revision', 'statementVersion',
  'language', 'configHash', 'page', 'clientTime', 'ip', 'ua', 'prevHash', 'hash', 'v',
];

/** A CSV field: quoted when needed, and prefixed with `'` when a spreadsheet would run it as a formula. */
function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header line of a CSV export. */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\r\n';
}

/** One record as an export line in the given format. */
export function exportLine(r: StoredConsentRecord, format: ExportFormat): string {
  return format === 'csv' ? CSV_COLUMNS.map((c) => csvField(r[c])).join(',') + '\r\n' : JSON.stringify(r) + '\n';
}

/** Yields matching records page by page (ordered by site, seq), so any export runs in flat memory. */
export async function* iterateRecords(store: Store, query: Omit<PageQuery, 'after' | 'limit'>): AsyncGenerator<StoredConsentRecord> {
  let after: PageQuery['after'];
  for (;;) {
    const page = await store.page({ ...query, after, limit: PAGE_ROWS });
    yield* page;
    if (page.length < PAGE_ROWS) return;
    const last = page[page.length - 1];
    after = { site: last.site, seq: last.seq };
  }
}
