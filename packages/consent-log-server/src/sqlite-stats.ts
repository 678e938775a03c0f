import type Database from 'better-sqlite3';
import { statsFrom, statsRows, type StatsRow } from './assemble-stats.js';
import { statsSql } from './stats-sql.js';
import type { Store } from './types.js';

/**
 * Store.stats of a SQLite store: the statement of stats-sql.ts, which reads the daily summary for
 * whole days and the `(site, received_at)` index for the part-days at the edges. Reads only: runs
 * between the append path's synchronous transactions, so it sees the records and the summary of
 * the same committed groups.
 */
export function sqliteStats(db: Database.Database): Store['stats'] {
  return statsFrom(async (q) => {
    const args: (string | number)[] = [];
    const sql = statsSql(q, {
      sites(col, sites) {
        if (sites.length === 1) {
          args.push(sites[0]);
          return `${col} = ?`;
        }
        args.push(JSON.stringify(sites));
        return `${col} IN (SELECT value FROM json_each(?))`;
      },
      arg: (v) => (args.push(v), '?'),
      choicesJoin: 'json_each(g.choices) AS j',
      granted: "j.type = 'true'",
    });
    return statsRows(db.prepare<unknown[], StatsRow>(sql).all(...args), q.by);
  });
}
