/**
 * `akkoord-log report` (issue 15): the dashboard's view of a site's statistics as one
 * self-contained HTML file. Its rendering is checked in a real browser in
 * test/consent-log/dashboard.test.ts; here: the command, the embedded numbers and the file's safety.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DASHBOARD_SCRIPTS, DASHBOARD_DIR } from '../src/dashboard-files.js';
import { exportCommand } from '../src/export-command.js';
import { openStore } from '../src/open-store.js';
import { reportCommand } from '../src/report-command.js';
import { HELP, runCli } from '../src/run-cli.js';
import { REBUILD_DAYS_SQL } from '../src/stats-days.js';
import { tokenCommand } from '../src/token-command.js';
import { fakeClock, type FakeClock } from './helpers/fake-clock.js';
import { makeRecord } from './helpers/records.js';

let dir = '';
let db = '';
let clock: FakeClock;

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk, _e, done) {
        add(String(chunk));
        done();
      },
    });
  const code = await runCli(args, { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), now: clock.now });
  return { code, out, err };
}

/** The JSON a report embeds. */
const embedded = (html: string) => JSON.parse(/<script type="application\/json" id="akkoord-report-data">(.*?)<\/script>/s.exec(html)![1]);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'akkoord-report-'));
  db = join(dir, 'c.db');
  clock = fakeClock();
  const store = await openStore(db, { now: clock.now });
  for (let day = 0; day < 3; day++) {
    const records = [...Array(10 + day)].map((_, i) => {
      const { config: _c, ...r } = makeRecord({
        site: i % 4 ? 'www.bakker.nl' : 'www.jansen.nl',
        action: i % 3 ? 'accept-all' : 'reject-all',
        revision: String(1 + day),
      });
      return { ...r, configHash: 'c'.repeat(64) };
    });
    await store.append(records, []);
    clock.advance(86_400_000);
  }
  await store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('akkoord-log report', () => {
  it("writes one HTML file holding the store's statistics for the sites asked, per period and per revision", async () => {
    const out = join(dir, 'report.html');
    const r = await cli(
      'report',
      '--db',
      db,
      '--site',
      'www.bakker.nl',
      '--from',
      '2026-01-01',
      '--to',
      '2026-01-04',
      '--by',
      'week',
      '--lang',
      'en',
      '--out',
      out,
    );
    expect(r).toMatchObject({ code: 0, out: '' });
    const html = readFileSync(out, 'utf8');
    const data = embedded(html);
    const store = await openStore(db, { lock: false });
    const q = { sites: ['www.bakker.nl'], from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 4) };
    expect(data.stats).toEqual(await store.stats({ ...q, by: 'week' }));
    expect(data.revisions).toEqual(await store.stats({ ...q, by: 'revision' }));
    await store.close();
    expect(data).toMatchObject({ lang: 'en', sites: ['www.bakker.nl'], generatedAt: clock.now() });
    expect(data.stats.total.decisions).toBe(24);
    expect(r.err).toContain(`report of 24 decisions on www.bakker.nl written to ${out}`);
    expect(Object.keys(data.locales)).toEqual(['nl', 'en']);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
  });

  it('is self-contained: no URL to load, and a CSP admitting exactly its inline scripts and style', async () => {
    const html = (await cli('report', '--db', db, '--site', 'www.bakker.nl')).out;
    expect(html).not.toMatch(/\b(src|href)=/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const scripts = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1]);
    expect(scripts).toEqual(DASHBOARD_SCRIPTS.map((f) => readFileSync(join(DASHBOARD_DIR, f), 'utf8')));
    expect(csp).toBe(
      `default-src 'none'; script-src ${scripts.map(hash).join(' ')}; style-src ${hash(/<style>(.*?)<\/style>/s.exec(html)![1])}; base-uri 'none'; form-action 'none'`,
    );
  });

  it('embeds names that hold markup as data that cannot close its script element', async () => {
    const raw = new Database(db);
    raw.prepare("UPDATE consent_records SET revision = ? WHERE revision = '2'").run('</script><script>window.pwned=1</script><!--');
    // Edited behind the store's back: the daily summary the statistics read is rebuilt by hand.
    raw.exec(REBUILD_DAYS_SQL);
    raw.close();
    const html = (await cli('report', '--db', db, '--site', 'www.bakker.nl', '--by', 'day')).out;
    expect(html.match(/<\/script>/g)).toHaveLength(1 + DASHBOARD_SCRIPTS.length);
    expect(html).not.toContain('<!--');
    expect(embedded(html).revisions.buckets.map((b: { key: string }) => b.key)).toContain('</script><script>window.pwned=1</script><!--');
  });

  it('warns when the sites have no decisions, and refuses bad options with a usage error', async () => {
    const empty = await cli('report', '--db', db, '--site', 'www.bakkr.nl');
    expect(empty.code).toBe(0);
    expect(empty.err).toContain('no decisions in this range; check the --site spelling');
    for (const [args, message] of [
      [['report', '--db', db], 'report: give at least one --site'],
      [['report', '--site', 'a.nl'], 'report: --db is required'],
      [['report', '--db', db, '--site', 'a.nl', '--by', 'month'], '--by: "month" is not valid; use day or week'],
      [['report', '--db', db, '--site', 'a.nl', '--lang', 'de'], '--lang: "de" is not valid; use nl or en'],
      [['report', '--db', db, '--site', 'a.nl', '--to', 'soon'], '--to: "soon" is not a date'],
    ] as const) {
      const r = await cli(...args);
      expect(r.code, message).toBe(2);
      expect(r.err).toContain(message);
    }
  });

  it('is in the help, with its options in the shape the other commands give them', () => {
    expect(HELP).toContain('  report ');
    for (const [option, spec] of Object.entries(reportCommand.options)) {
      expect(HELP, option).toContain(`--${option}`);
      const other = exportCommand.options[option] ?? tokenCommand.options[option];
      if (other) expect(spec, option).toEqual(other);
    }
  });
});
