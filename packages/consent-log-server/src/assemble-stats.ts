import { ACTIONS } from '@akkoord/consent-log';
import type { ChoiceShare, ConsentStats, StatsBucket, StatsBy, StatsQuery } from './types.js';

// The store-independent half of Store.stats: both stores count with the same GROUP BY (the SQL
// in stats-sql.ts, over the daily summary and the records) and hand their rows to assembleStats,
// so the answer, the period keys and the gaps between periods cannot differ between them.

/**
 * Fewer decisions than this in a period or revision and it is marked `tooFewToRead`: with 20, a
 * single decision still moves a share by 5 percentage points, so a share read from fewer says
 * more about chance than about the banner. A period below it is kept (a gap would read as "no
 * data"), marked, and drawn apart by the dashboard.
 */
export const STATS_MIN_DECISIONS = 20;

/**
 * Actions that answer no question of the banner: an embed's one service allowed from its
 * placeholder, and a reset (choices all refused). They are counted among the actions, but left
 * out of the shares granting each category and service, which they would pull down.
 */
export const NOT_ANSWERS = ['embed', 'reset'] as const;

/** SQL condition on a row alias `g` with an `action` column: the row answers the banner. */
export const ANSWERS_SQL = `g.action NOT IN (${NOT_ANSWERS.map((a) => `'${a}'`).join(', ')})`;

/** Most empty periods added before the first or after the last decision to reach `from` or `to` (see {@link assembleStats}). */
export const STATS_MAX_FILLED_PERIODS = 1000;

/** A day in ms. Stats periods are UTC days and ISO weeks of UTC days. */
const DAY_MS = 86_400_000;

/** Decisions of one bucket with one action, as both stores' GROUP BY returns them. */
export interface ActionRow {
  /** Day or week number (see {@link bucketSql}), or the revision. */
  bucket: number | string;
  action: string;
  decisions: number;
  firstAt: number;
  lastAt: number;
}

/** Decisions of one bucket whose `choices` name one key, and how many of them granted it. */
export interface ChoiceRow {
  bucket: number | string;
  key: string;
  offered: number;
  granted: number;
}

/** What a store's stats queries return. */
export interface StatsRows {
  actions: ActionRow[];
  choices: ChoiceRow[];
}

/**
 * One row of both stores' stats statement: `action` rows count decisions per bucket and action,
 * `choice` rows count per bucket and `choices` key the decisions offering it (`n`) and granting it.
 * node-postgres returns BIGINT and NUMERIC values (counts, day numbers, times) as text.
 */
export interface StatsRow {
  kind: 'action' | 'choice';
  bucket: number | string;
  name: string;
  n: number | string;
  first_at: number | string;
  last_at: number | string;
  granted: number | string;
}

/** The rows of a store's stats statement as {@link assembleStats} takes them. */
export function statsRows(rows: readonly StatsRow[], by: StatsBy): StatsRows {
  const out: StatsRows = { actions: [], choices: [] };
  for (const r of rows) {
    // A day or week number is a number (PostgreSQL sends it as text); a revision stays text, even "3".
    const bucket = by === 'revision' ? String(r.bucket) : Number(r.bucket);
    if (r.kind === 'action')
      out.actions.push({ bucket, action: r.name, decisions: Number(r.n), firstAt: Number(r.first_at), lastAt: Number(r.last_at) });
    else out.choices.push({ bucket, key: r.name, offered: Number(r.n), granted: Number(r.granted) });
  }
  return out;
}

/**
 * The bucket of a `consent_records` row aliased `r`, as SQL valid in SQLite and PostgreSQL alike
 * (both divide integers to an integer): the UTC day number since 1970, the ISO week number
 * (1970-01-01 was a Thursday, so +3 days puts every Monday on a multiple of 7), or the revision.
 */
export function bucketSql(by: StatsBy): string {
  if (by === 'revision') return 'r.revision';
  return by === 'day' ? `r.received_at / ${DAY_MS}` : `(r.received_at / ${DAY_MS} + 3) / 7`;
}

/** The day or week number (as {@link bucketSql} computes it) of a time. */
function periodOf(by: 'day' | 'week', ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  return by === 'day' ? day : Math.floor((day + 3) / 7);
}

/** Start and end (exclusive) of a day or week number, in ms. */
function periodBounds(by: 'day' | 'week', n: number): { start: number; end: number } {
  return by === 'day' ? { start: n * DAY_MS, end: (n + 1) * DAY_MS } : { start: (7 * n - 3) * DAY_MS, end: (7 * n + 4) * DAY_MS };
}

/** `2026-01-31` for a day; `2026-W05` for the ISO week starting on Monday `start` (its year is its Thursday's). */
function periodKey(by: 'day' | 'week', start: number): string {
  if (by === 'day') return new Date(start).toISOString().slice(0, 10);
  const thursday = start + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Sums of one bucket while rows are added. */
interface Tally {
  decisions: number;
  firstAt: number | null;
  lastAt: number | null;
  actions: Map<string, number>;
  choices: Map<string, { offered: number; granted: number }>;
}

const emptyTally = (): Tally => ({ decisions: 0, firstAt: null, lastAt: null, actions: new Map(), choices: new Map() });

function addAction(t: Tally, action: string, decisions: number, firstAt: number | null, lastAt: number | null): void {
  t.decisions += decisions;
  t.actions.set(action, (t.actions.get(action) ?? 0) + decisions);
  if (firstAt !== null && (t.firstAt === null || firstAt < t.firstAt)) t.firstAt = firstAt;
  if (lastAt !== null && (t.lastAt === null || lastAt > t.lastAt)) t.lastAt = lastAt;
}

function addChoice(t: Tally, key: string, offered: number, granted: number): void {
  const c = t.choices.get(key) ?? { offered: 0, granted: 0 };
  c.offered += offered;
  c.granted += granted;
  t.choices.set(key, c);
}

/**
 * The answer of Store.stats from the rows of its two GROUP BY queries. Every bucket lists every
 * action of the schema and every category and service found anywhere in the answer (0 offered:
 * share null), so the buckets line up as a table. Periods are in time order with the empty ones
 * between the first and last decision included; when `from` or `to` lies further out, empty periods
 * reach it too, up to {@link STATS_MAX_FILLED_PERIODS} on each side. Revisions are ordered by
 * their first decision. Objects are built with `Object.fromEntries` from Maps: a key is data
 * (a row stored before `__proto__` was refused may still name it), never an object's prototype.
 */
export function assembleStats(q: StatsQuery, rows: StatsRows): ConsentStats {
  const tallies = new Map<number | string, Tally>();
  const tally = (b: number | string): Tally => {
    let t = tallies.get(b);
    if (!t) tallies.set(b, (t = emptyTally()));
    return t;
  };
  const total = emptyTally();
  const actions = new Set<string>(ACTIONS);
  const keys = new Set<string>();
  for (const r of rows.actions) {
    addAction(tally(r.bucket), r.action, r.decisions, r.firstAt, r.lastAt);
    addAction(total, r.action, r.decisions, r.firstAt, r.lastAt);
    actions.add(r.action);
  }
  for (const r of rows.choices) {
    addChoice(tally(r.bucket), r.key, r.offered, r.granted);
    addChoice(total, r.key, r.offered, r.granted);
    keys.add(r.key);
  }
  // The schema's actions in their documented order, then any other the store holds, sorted.
  const actionOrder = [...ACTIONS, ...[...actions].filter((a) => !(ACTIONS as readonly string[]).includes(a)).sort()];
  const sorted = [...keys].sort();
  const bucket = (key: string, t: Tally, bounds?: { start: number; end: number }): StatsBucket => {
    const share = (k: string): [string, ChoiceShare] => {
      const c = t.choices.get(k) ?? { offered: 0, granted: 0 };
      return [k, { ...c, share: c.offered ? Math.round((c.granted / c.offered) * 10_000) / 10_000 : null }];
    };
    return {
      key,
      ...bounds,
      firstAt: t.firstAt,
      lastAt: t.lastAt,
      decisions: t.decisions,
      tooFewToRead: t.decisions < STATS_MIN_DECISIONS,
      actions: Object.fromEntries(actionOrder.map((a) => [a, t.actions.get(a) ?? 0])),
      categories: Object.fromEntries(sorted.filter((k) => !k.includes(':')).map(share)),
      services: Object.fromEntries(sorted.filter((k) => k.includes(':')).map(share)),
    };
  };

  let buckets: StatsBucket[];
  const by = q.by;
  if (by === 'revision') {
    buckets = [...tallies]
      .sort(([ka, a], [kb, b]) => (a.firstAt ?? 0) - (b.firstAt ?? 0) || (String(ka) < String(kb) ? -1 : 1))
      .map(([k, t]) => bucket(String(k), t));
  } else {
    const numbers = [...tallies.keys()].map(Number);
    const askedLo = q.from === undefined ? undefined : periodOf(by, q.from);
    const askedHi = q.to === undefined ? undefined : periodOf(by, q.to - 1);
    let lo = 0;
    let hi = -1;
    if (numbers.length) {
      lo = Math.min(...numbers);
      hi = Math.max(...numbers);
      if (askedLo !== undefined && askedLo < lo && lo - askedLo <= STATS_MAX_FILLED_PERIODS) lo = askedLo;
      if (askedHi !== undefined && askedHi > hi && askedHi - hi <= STATS_MAX_FILLED_PERIODS) hi = askedHi;
    } else if (askedLo !== undefined && askedHi !== undefined && askedHi - askedLo < STATS_MAX_FILLED_PERIODS) {
      // No decisions: the empty periods of a closed range (an open or very long one has none).
      lo = askedLo;
      hi = askedHi;
    }
    buckets = [];
    for (let n = lo; n <= hi; n++) {
      const bounds = periodBounds(by, n);
      buckets.push(bucket(periodKey(by, bounds.start), tallies.get(n) ?? emptyTally(), bounds));
    }
  }
  return {
    by,
    from: q.from ?? null,
    to: q.to ?? null,
    minDecisions: STATS_MIN_DECISIONS,
    total: bucket('total', total),
    buckets,
  };
}

/**
 * Store.stats from a store's row query: a query for no sites (a site token asking for another
 * site) answers as a site without records without asking the database.
 */
export function statsFrom(rowsOf: (q: StatsQuery) => Promise<StatsRows>): (q: StatsQuery) => Promise<ConsentStats> {
  return async (q) => assembleStats(q, q.sites?.length === 0 ? { actions: [], choices: [] } : await rowsOf(q));
}
