import { RECORD_COLUMNS } from './record-row.js';
import type { StatsQuery } from './types.js';

// The daily summary behind Store.stats: `consent_days` holds one row per site, UTC day, revision,
// action and `choices` text with the number of records and their first and last receive time.
// The append path adds a group's records to it in the same transaction as the records, so it is
// exactly as durable as they are and never disagrees with them; a purge rebuilds the days it
// touched from the records left. Stats read it for the whole UTC days of a range and the records
// only for the part-days at its edges: a million records of one site over 90 days are a few
// hundred summary rows (figures: docs/consent-log.md, "Statistics at scale").

/** A day in ms: the summary's days are UTC days, numbered as `received_at / DAY_MS` in SQL (integer division). */
export const DAY_MS = 86_400_000;

/** One `consent_days` row to add: the records of one key in one append group. */
export interface DayCount {
  site: string;
  day: number;
  revision: string;
  action: string;
  choices: string;
  decisions: number;
  firstAt: number;
  lastAt: number;
}

/** Columns of `consent_days` in {@link DayCount} order. */
export const DAY_COLUMNS = ['site', 'day', 'revision', 'action', 'choices', 'decisions', 'first_at', 'last_at'] as const;

/** The key columns (the primary key), in the order an upsert names them. */
export const DAY_KEY = 'site, day, revision, action, choices';

/**
 * The summary rows of `consent_records` rows chosen by `where` (on alias `r`), as an `INSERT … SELECT`
 * valid in SQLite and PostgreSQL: the migration's back-fill (every record) and a purge's rebuild
 * (the days it touched). Times before 1970 have no summary day (integer division would put them
 * on day 0 with the first day after it), so they are left to the records.
 */
export function daysFromRecordsSql(where: string): string {
  return `INSERT INTO consent_days (${DAY_COLUMNS.join(', ')})
SELECT r.site, r.received_at / ${DAY_MS}, r.revision, r.action, r.choices, COUNT(*), MIN(r.received_at), MAX(r.received_at)
FROM consent_records AS r WHERE r.received_at >= 0 AND (${where})
GROUP BY r.site, r.received_at / ${DAY_MS}, r.revision, r.action, r.choices`;
}

/**
 * Rebuilds the whole summary from the records: for records changed in the database behind the
 * collector's back (tests that plant odd names do; so would an operator repairing rows by hand),
 * which the append path never sees.
 */
export const REBUILD_DAYS_SQL = `DELETE FROM consent_days;\n${daysFromRecordsSql('1 = 1')};`;

const SITE = RECORD_COLUMNS.indexOf('site');
const RECEIVED_AT = RECORD_COLUMNS.indexOf('received_at');
const REVISION = RECORD_COLUMNS.indexOf('revision');
const ACTION = RECORD_COLUMNS.indexOf('action');
const CHOICES = RECORD_COLUMNS.indexOf('choices');

/**
 * The summary rows of a group's inserted records (row values in RECORD_COLUMNS order, the very
 * text stored), one per distinct key: a group writes one upsert per key, not one per record.
 * Keys come out sorted, so two transactions never take the same rows' locks in opposite orders.
 */
export function dayCounts(rows: readonly (readonly (string | number | null)[])[]): DayCount[] {
  const byKey = new Map<string, DayCount>();
  for (const v of rows) {
    const at = v[RECEIVED_AT] as number;
    if (at < 0) continue;
    const c: DayCount = {
      site: v[SITE] as string,
      day: Math.floor(at / DAY_MS),
      revision: v[REVISION] as string,
      action: v[ACTION] as string,
      choices: v[CHOICES] as string,
      decisions: 1,
      firstAt: at,
      lastAt: at,
    };
    // NUL cannot occur in the TEXT values of either store, so it separates the parts unambiguously.
    const key = `${c.site}\0${c.day}\0${c.revision}\0${c.action}\0${c.choices}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, c);
    else {
      seen.decisions++;
      if (at < seen.firstAt) seen.firstAt = at;
      if (at > seen.lastAt) seen.lastAt = at;
    }
  }
  return [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
}

/** How a stats range splits: whole UTC days read from the summary, part-days at the edges from the records. */
export interface StatsSplit {
  /** Summary days `day >= lo`, `day < hi` (hi null: no upper bound); null when no whole day lies inside. */
  days: { lo: number; hi: number | null } | null;
  /** Time ranges `[from, to)` (null: open) read from the records. */
  records: { from: number | null; to: number | null }[];
}

/**
 * Splits `[from, to)` into the whole days from `ceil(from)` to `floor(to)` and what is left at either
 * side. Only days from 1970 on are summarised, so an open or earlier start reads the records before
 * 1970 (none, in practice: one index look-up).
 */
export function splitRange(q: Pick<StatsQuery, 'from' | 'to'>): StatsSplit {
  const from = q.from ?? null;
  const to = q.to ?? null;
  const lo = Math.max(0, from === null ? 0 : Math.ceil(from / DAY_MS));
  const hi = to === null ? null : Math.floor(to / DAY_MS);
  if (hi !== null && hi <= lo) return { days: null, records: [{ from, to }] };
  const records: StatsSplit['records'] = [];
  if (from === null || from < lo * DAY_MS) records.push({ from, to: lo * DAY_MS });
  if (hi !== null && to! > hi * DAY_MS) records.push({ from: hi * DAY_MS, to });
  return { days: { lo, hi }, records };
}
