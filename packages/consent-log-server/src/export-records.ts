import type { ServerResponse } from 'node:http';
import { csvCell, RECORD_FIELDS, type StoredConsentRecord } from '@akkoord/consent-log';
import { PAGE_ROWS } from './constants.js';
import { sendError } from './http-reply.js';
import { parseTime } from './parse-time.js';
import type { PageQuery, Store } from './types.js';

/** Export formats of `GET /v1/export` and `akkoord-log export`. */
export type ExportFormat = 'ndjson' | 'csv';

/** The CSV columns: the record's exported fields, in the positions its field table gives them. */
export const CSV_COLUMNS: readonly (keyof StoredConsentRecord)[] = RECORD_FIELDS.flatMap((f) => ('csv' in f ? [f] : []))
  .sort((a, b) => a.csv - b.csv)
  .map((f) => f.name);

/** A record value as a CSV cell: absent is empty, an object (`choices`) its JSON; see {@link csvCell}. */
function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  return csvCell(typeof value === 'object' ? JSON.stringify(value) : String(value));
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

/**
 * Yields the records of the given sites (all sites when undefined), site after site in the
 * export's order (by site, then seq): one paged query per site, so a token's or the command
 * line's few sites need no store query of their own. Site ids are ASCII (the record schema), so
 * JavaScript's sort is the stores' byte order.
 */
export async function* iterateSites(
  store: Store,
  sites: Iterable<string> | undefined,
  query: Omit<PageQuery, 'after' | 'limit' | 'site'>,
): AsyncGenerator<StoredConsentRecord> {
  if (sites === undefined) return yield* iterateRecords(store, query);
  for (const site of [...new Set(sites)].sort()) yield* iterateRecords(store, { ...query, site });
}

/**
 * Answers `GET /v1/export?site=&from=&to=&format=`: validates the query, then streams the records
 * page by page, waiting for the socket to drain, so any export runs in flat memory. `scope`
 * limits it to a site token's sites: without `site` it covers those sites, and a `site` outside
 * them gets exactly the answer of a site without records (the same headers, an empty body or the
 * CSV header line alone).
 */
export async function streamExport(
  store: Store,
  res: ServerResponse,
  params: URLSearchParams,
  scope: ReadonlySet<string> | null = null,
): Promise<void> {
  const format = (params.get('format') ?? 'ndjson') as ExportFormat;
  if (format !== 'ndjson' && format !== 'csv')
    return sendError(res, 400, 'invalid_query', 'format must be ndjson or csv', { path: 'format' });
  // undefined: not given; null: not a time.
  const time = (name: string): number | undefined | null => {
    const v = params.get(name);
    return v === null || v === '' ? undefined : (parseTime(v) ?? null);
  };
  const from = time('from');
  const to = time('to');
  if (from === null || to === null) {
    return sendError(
      res,
      400,
      'invalid_query',
      `${from === null ? 'from' : 'to'} must be an ISO date (2025-01-31 or 2025-01-31T12:00:00Z) or ms since 1970`,
      { path: from === null ? 'from' : 'to' },
    );
  }
  const site = params.get('site') ?? undefined;
  const sites = site !== undefined ? (scope === null || scope.has(site) ? [site] : []) : (scope ?? undefined);
  res.writeHead(200, {
    'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'Content-Disposition': `attachment; filename="consents.${format === 'csv' ? 'csv' : 'ndjson'}"`,
    'Cache-Control': 'no-store',
  });
  if (format === 'csv') res.write(csvHeader());
  for await (const r of iterateSites(store, sites, { from, to })) {
    if (res.destroyed) return;
    if (!res.write(exportLine(r, format))) await new Promise((ok) => res.once('drain', ok).once('close', ok));
  }
  res.end();
}
