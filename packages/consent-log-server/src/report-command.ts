import { writeFile } from 'node:fs/promises';
import type { CliCommand } from './cli-command.js';
import { oneOf, requireDb, stringValue, stringValues, time } from './cli-values.js';
import { openStore } from './open-store.js';
import { renderReport } from './render-report.js';
import { UsageError } from './usage-error.js';

/**
 * `akkoord-log report --db … --site … [--from] [--to] [--by day|week] [--lang nl|en] [--out f]`:
 * the dashboard's statistics of these sites as one self-contained HTML file (render-report.ts),
 * for a monthly mail to a client. Counted in the database like `GET /v1/stats`; `--site` is
 * repeatable and the sites are counted together. Without `--out` the HTML goes to stdout.
 */
export const reportCommand: CliCommand = {
  options: {
    db: { type: 'string' },
    site: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    by: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
  },
  async run(values, io) {
    const db = requireDb('report', values);
    const sites = [...new Set(stringValues(values, 'site'))].sort();
    if (!sites.length) throw new UsageError('report: give at least one --site, e.g. --site www.bakker.nl');
    const by = oneOf('by', stringValue(values, 'by'), ['day', 'week'] as const, 'day');
    const lang = oneOf('lang', stringValue(values, 'lang'), ['nl', 'en'] as const, 'nl');
    const from = time('from', stringValue(values, 'from'));
    const to = time('to', stringValue(values, 'to'));
    const file = stringValue(values, 'out');
    // Without the collector lock: runs beside a serving collector.
    const store = await openStore(db, { now: io.now, lock: false });
    let html: string;
    let decisions: number;
    try {
      const stats = await store.stats({ sites, from, to, by });
      const revisions = await store.stats({ sites, from, to, by: 'revision' });
      decisions = stats.total.decisions;
      html = await renderReport({ lang, sites, generatedAt: (io.now ?? Date.now)(), stats, revisions });
    } finally {
      await store.close();
    }
    if (file) await writeFile(file, html);
    else io.stdout.write(html);
    io.stderr.write(`akkoord-log: report of ${decisions} decisions on ${sites.join(', ')}${file ? ` written to ${file}` : ''}\n`);
    // Not an error (a quiet month is possible), but a misspelt site reads nothing.
    if (!decisions)
      io.stderr.write('akkoord-log: no decisions in this range; check the --site spelling and the dates if that is unexpected\n');
    return 0;
  },
};
