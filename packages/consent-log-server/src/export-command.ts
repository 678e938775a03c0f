import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { CliCommand } from './cli-command.js';
import { oneOf, requireDb, stringValue, stringValues, time } from './cli-values.js';
import { csvHeader, exportLine, iterateSites, type ExportFormat } from './export-records.js';
import { openStore } from './open-store.js';

/**
 * `akkoord-log export --db … [--site …] [--from] [--to] [--format ndjson|csv] [--out <file>]`:
 * streams the records to a file or stdout, waiting for `drain` so memory stays flat. `--site` is
 * repeatable (it is for `token create`, and parseArgs gives an option one shape for all commands).
 */
export const exportCommand: CliCommand = {
  options: {
    db: { type: 'string' },
    site: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  async run(values, io) {
    const db = requireDb('export', values);
    const format = oneOf<ExportFormat>('format', stringValue(values, 'format'), ['ndjson', 'csv'], 'ndjson');
    const sites = stringValues(values, 'site');
    const query = {
      from: time('from', stringValue(values, 'from')),
      to: time('to', stringValue(values, 'to')),
    };
    const file = stringValue(values, 'out');
    // Without the collector lock: runs beside a serving collector.
    const store = await openStore(db, { now: io.now, lock: false });
    try {
      const out: Writable = file ? createWriteStream(file) : io.stdout;
      if (format === 'csv') out.write(csvHeader());
      let n = 0;
      for await (const r of iterateSites(store, sites.length ? sites : undefined, query)) {
        if (!out.write(exportLine(r, format))) await new Promise((ok) => out.once('drain', ok));
        n++;
      }
      if (file) await new Promise((ok) => out.end(ok));
      io.stderr.write(`akkoord-log: exported ${n} records\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
