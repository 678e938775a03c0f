import { ANSWERS_SQL, bucketSql } from './assemble-stats.js';
import { splitRange } from './stats-days.js';
import type { StatsBy, StatsQuery } from './types.js';

/** How one store writes the parts of the stats statement that differ. */
export interface StatsDialect {
  /** A condition that column `col` is one of `sites`, adding its parameters in text order. */
  sites(col: string, sites: readonly string[]): string;
  /** A parameter holding `v`, added in text order. */
  arg(v: number): string;
  /** FROM item after `g` giving a row `j` with `j.key` for each key of `g.choices`. */
  choicesJoin: string;
  /** Condition on `j`: the key's value is `true`. */
  granted: string;
}

/** The bucket of a `consent_days` row aliased `d`: the same numbers {@link bucketSql} gives its records. */
function dayBucketSql(by: StatsBy): string {
  if (by === 'revision') return 'd.revision';
  return by === 'day' ? 'd.day' : '(d.day + 3) / 7';
}

/**
 * The one statement of Store.stats for both stores. `g` holds decisions grouped by bucket, action
 * and `choices` text: from `consent_days` for the whole UTC days of the range, and from
 * `consent_records` for the part-days at its edges (stats-days.ts). A key can appear in both (a
 * week holding an edge day); the two outer sums add them up. Then, as before the summary existed,
 * the groups are summed per bucket and action, and per bucket and `choices` key. Only sums leave
 * the database.
 */
export function statsSql(q: StatsQuery, d: StatsDialect): string {
  const split = splitRange(q);
  const parts: string[] = [];
  if (split.days) {
    // Conditions in text order: SQLite's parameters are positional.
    const where: string[] = [];
    if (q.sites) where.push(d.sites('d.site', q.sites));
    where.push(`d.day >= ${d.arg(split.days.lo)}`);
    if (split.days.hi !== null) where.push(`d.day < ${d.arg(split.days.hi)}`);
    parts.push(`SELECT ${dayBucketSql(q.by)} AS bucket, d.action AS action, d.choices AS choices, SUM(d.decisions) AS n,
         MIN(d.first_at) AS first_at, MAX(d.last_at) AS last_at
  FROM consent_days AS d WHERE ${where.join(' AND ')}
  GROUP BY 1, 2, 3`);
  }
  for (const range of split.records) {
    const where: string[] = [];
    if (q.sites) where.push(d.sites('r.site', q.sites));
    if (range.from !== null) where.push(`r.received_at >= ${d.arg(range.from)}`);
    if (range.to !== null) where.push(`r.received_at < ${d.arg(range.to)}`);
    parts.push(`SELECT ${bucketSql(q.by)} AS bucket, r.action AS action, r.choices AS choices, COUNT(*) AS n,
         MIN(r.received_at) AS first_at, MAX(r.received_at) AS last_at
  FROM consent_records AS r ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
  GROUP BY 1, 2, 3`);
  }
  return `WITH g AS MATERIALIZED (
  ${parts.join('\n  UNION ALL\n  ')})
SELECT 'action' AS kind, bucket, action AS name, SUM(n) AS n, MIN(first_at) AS first_at, MAX(last_at) AS last_at, 0 AS granted
FROM g GROUP BY bucket, action
UNION ALL
SELECT 'choice', g.bucket, j.key, SUM(g.n), 0, 0, SUM(CASE WHEN ${d.granted} THEN g.n ELSE 0 END)
FROM g, ${d.choicesJoin} WHERE ${ANSWERS_SQL} GROUP BY g.bucket, j.key`;
}
