// The consent-statistics dashboard and report (issue 15) in real Chromium against a real collector
// on a seeded SQLite database: sign in with a site token, every chart drawn, the table numbers equal
// to SQL run here on the same file, no axe-core violation (serious or not), a 390 px phone without sideways
// scrolling, and names holding markup shown as text. The report must render the same offline.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, type ConsentAction } from '@akkoord/consent-log';
import { createCollector, openStore, type Collector, type PendingRecord, type Store } from '@akkoord/consent-log-server';
// Not public API: the CLI and token making are reached by path, as the package's own tests do.
import { runCli } from '../../packages/consent-log-server/src/run-cli.js';
import { newSiteToken } from '../../packages/consent-log-server/src/site-token.js';
import { REBUILD_DAYS_SQL } from '../../packages/consent-log-server/src/stats-days.js';
import { useBrowser } from '../helpers/browser-suite.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';

const axeSource = readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5); // a Monday
const BAKKER = 'www.bakker.nl';
/** Decisions per day: quiet days under the threshold of 20 and one without any. */
const PER_DAY = [25, 30, 8, 22, 40, 0, 21, 35, 26, 12, 28, 24, 30, 5];
const FROM = '2026-01-05';
const TO = '2026-01-18'; // inclusive in the form
/** Names an attacker might get into the database (the validator refuses them; a raw write does not). */
const XSS_SITE = '<img src=x onerror="window.pwned=\'site\'">';
const XSS_SERVICE = 'analytics:<img src=x onerror="window.pwned=\'service\'">';
const XSS_CATEGORY = '<svg onload="window.pwned=\'category\'">';
const XSS_REVISION = '<script>window.pwned="revision"</script>';

let dir = '';
let file = '';
let store: Store;
let collector: Collector;
let base = '';
let siteToken = '';
const ADMIN = 'admin-token-for-the-dashboard-test';
let now = START;

/** A deterministic generator: every run seeds the same decisions. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function decision(site: string, rnd: () => number, revision: string): PendingRecord {
  return {
    v: 1,
    id: crypto.randomUUID(),
    consentId: `visitor-${Math.floor(rnd() * 1e12)}`,
    site,
    action: ACTIONS[Math.floor(rnd() * ACTIONS.length)] as ConsentAction,
    choices: { necessary: true, analytics: rnd() < 0.55, 'analytics:matomo': rnd() < 0.45, marketing: rnd() < 0.25 },
    revision,
    language: 'nl',
    configHash: 'd'.repeat(64),
  } as PendingRecord;
}

/** SQL run here on the same file: the truth the dashboard's numbers must equal. */
function sql<T>(query: string, ...args: (string | number)[]): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(query).all(...args) as T[];
  } finally {
    db.close();
  }
}
const RANGE = `site = ? AND received_at >= ${START} AND received_at < ${START + 14 * DAY}`;
const dayOf = `strftime('%Y-%m-%d', received_at / 1000, 'unixepoch')`;

/** axe-core over the whole page, WCAG 2.x A and AA. */
async function axe(page: Page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const r = await a.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, at: JSON.stringify(v.nodes.map((n) => n.target)) }));
  });
}

/** The rows of a chart's table: row key → the exact values (`data-value`) of its cells, by column heading. */
async function table(page: Page, chart: string) {
  return page.evaluate((id) => {
    const t = document.querySelector(`[data-chart="${id}"] table`)!;
    const head = [...t.querySelectorAll('thead th')].map((th) => th.textContent!);
    return Object.fromEntries(
      [...t.querySelectorAll('tbody tr')].map((tr) => [
        tr.getAttribute('data-key')!,
        Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [head[i + 1], td.getAttribute('data-value')])),
      ]),
    );
  }, chart);
}

describe.runIf(browserAvailable())('consent dashboard (Chromium)', () => {
  const s = useBrowser();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'akkoord-dashboard-'));
    file = join(dir, 'consents.db');
    store = await openStore(file, { now: () => now });
    const rnd = random(42);
    for (const [day, n] of PER_DAY.entries()) {
      const revision = day < 7 ? '2025-12' : '2026-01';
      // Three commits a day, hours apart.
      for (let part = 0; part < 3; part++) {
        now = START + day * DAY + (2 + part * 7) * 3_600_000;
        const count = Math.floor(n / 3) + (part < n % 3 ? 1 : 0);
        if (count)
          await store.append(
            [...Array(count)].map(() => decision(BAKKER, rnd, revision)),
            [],
          );
      }
    }
    // A site whose stored names hold markup, written behind the validator's back.
    now = START + 3 * DAY;
    await store.append(
      [...Array(24)].map(() => decision('evil.example', rnd, 'x')),
      [],
    );
    const raw = new Database(file);
    raw
      .prepare('UPDATE consent_records SET site = ?, revision = ?, choices = ? WHERE site = ?')
      .run(XSS_SITE, XSS_REVISION, JSON.stringify({ [XSS_CATEGORY]: true, [XSS_SERVICE]: true }), 'evil.example');
    raw.prepare('UPDATE chain_heads SET site = ? WHERE site = ?').run(XSS_SITE, 'evil.example');
    // And one of Bakker's decisions names a service that holds markup (an answer to the banner,
    // so it counts in the shares: not an embed's or a reset's record).
    raw
      .prepare(`UPDATE consent_records SET choices = ?, action = 'custom' WHERE site = ? AND seq = 3`)
      .run(JSON.stringify({ necessary: true, [XSS_SERVICE]: true }), BAKKER);
    // Edited behind the store's back: the daily summary the statistics read is rebuilt by hand.
    raw.exec(REBUILD_DAYS_SQL);
    raw.close();
    const t = newSiteToken();
    siteToken = t.token;
    await store.access.addToken({ id: t.id, name: 'Bakker marketing', sites: [BAKKER], createdAt: now }, t.tokenHash);
    collector = createCollector({ store, token: ADMIN, basePath: '/_k', log: () => {}, rateLimit: false });
    base = `http://127.0.0.1:${(await collector.listen(0, '127.0.0.1')).port}/_k`;
  });

  afterAll(async () => {
    await collector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the dashboard, signs in and shows the seeded fortnight for `site` ('' for all the token's sites). */
  async function signIn(page: Page, token: string, site = '') {
    await page.goto(`${base}/dashboard/`);
    await page.locator('#ak-token').fill(token);
    await page.locator('#ak-signin-form button[type=submit]').click();
    await page.locator('#ak-filters').waitFor({ state: 'visible' });
    await page.locator('#ak-from').fill(FROM);
    await page.locator('#ak-to').fill(TO);
    if (site) await page.locator('#ak-site').selectOption(site);
    await page.locator('#ak-filters button[type=submit]').click();
    await page.locator('[data-chart="decisions"] svg').waitFor();
    await page.waitForFunction(() => !document.getElementById('ak-status')!.textContent!.includes('…'));
  }

  it('signs in with a site token and draws every chart from the database, numbers equal to SQL', async () => {
    const { context, page } = await s.open({ initScript: 'window.pwned = undefined;' });
    await page.goto(`${base}/dashboard/`);
    await page.locator('#ak-signin').waitFor({ state: 'visible' });
    await signIn(page, siteToken);
    // The token's own site only, and the token kept in this tab alone.
    expect(await page.locator('#ak-site option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(['', BAKKER]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.getItem('akkoord-dashboard-token')?.slice(0, 4)])).toEqual([
      0,
      'akk_',
    ]);
    expect(await context.cookies()).toEqual([]);

    for (const chart of ['optIn', 'actions', 'revisions', 'gpc', 'decisions'])
      expect(await page.locator(`[data-chart="${chart}"] svg[role="img"] :is(path, rect)`).count(), chart).toBeGreaterThan(0);

    const total = sql<{ n: number }>(`SELECT COUNT(*) AS n FROM consent_records WHERE ${RANGE}`, BAKKER)[0].n;
    expect(total).toBe(PER_DAY.reduce((a, b) => a + b));
    expect(await page.locator('[data-tile="decisions"] dd').textContent()).toBe(new Intl.NumberFormat('en').format(total));

    // Per day: decisions and every action, as SQL counts them.
    const perDay = sql<{ day: string; action: string; n: number }>(
      `SELECT ${dayOf} AS day, action, COUNT(*) AS n FROM consent_records WHERE ${RANGE} GROUP BY 1, 2`,
      BAKKER,
    );
    const actions = await table(page, 'actions');
    expect(Object.keys(actions)).toHaveLength(14); // the empty day is kept
    for (const [day, row] of Object.entries(actions)) {
      const mine = perDay.filter((r) => r.day === day);
      expect(Number(row['Decisions']), day).toBe(mine.reduce((a, r) => a + r.n, 0));
      for (const a of ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'renewal'] as const) {
        const label = {
          'accept-all': 'Accept all',
          'reject-all': 'Reject all',
          custom: 'Own choice',
          withdraw: 'Withdrawn',
          gpc: 'GPC signal',
          renewal: 'Renewed',
        }[a];
        expect(Number(row[label]), `${day} ${a}`).toBe(mine.find((r) => r.action === a)?.n ?? 0);
      }
    }
    expect((await table(page, 'decisions'))['2026-01-10']).toEqual({ Decisions: '0', Note: '1' });

    // Opt-in per category: granted / offered, as SQL counts it from the stored JSON, over the
    // records that answer the banner (an embed's one service and a reset do not).
    const optIn = sql<{ day: string; share: number }>(
      `SELECT ${dayOf} AS day, ROUND(1.0 * SUM(json_extract(choices, '$.analytics') = 1) / COUNT(json_extract(choices, '$.analytics')), 4) AS share
       FROM consent_records WHERE ${RANGE} AND action NOT IN ('embed', 'reset') GROUP BY 1`,
      BAKKER,
    );
    const shown = await table(page, 'optIn');
    for (const { day, share } of optIn) expect(Number(shown[day]['analytics']), day).toBe(share);
    // Per revision.
    const revs = sql<{ revision: string; n: number }>(
      `SELECT revision, COUNT(*) AS n FROM consent_records WHERE ${RANGE} GROUP BY 1 ORDER BY MIN(received_at)`,
      BAKKER,
    );
    const revTable = await table(page, 'revisions');
    expect(Object.keys(revTable)).toEqual(revs.map((r) => r.revision));
    for (const r of revs) expect(Number(revTable[r.revision]['Decisions'])).toBe(r.n);
    // The service whose name holds markup is a column heading, as text.
    expect(await page.locator('[data-chart="optIn"] thead th').allTextContents()).toContain(XSS_SERVICE);
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
  });

  it('shows a table on request and downloads the same numbers as CSV', async () => {
    const { page } = await s.open();
    await signIn(page, siteToken, BAKKER);
    const section = page.locator('[data-chart="decisions"]');
    const toggle = section.locator('button[aria-expanded]');
    expect(await toggle.textContent()).toBe('Show as table');
    // Out of sight (a 1 px clip) but in the accessibility tree until shown.
    const width = async () => (await section.locator('.ak-table-wrap').boundingBox())!.width;
    expect(await width()).toBeLessThanOrEqual(1);
    expect(await section.getByRole('table').count()).toBe(1);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.textContent()).toBe('Hide table');
    expect(await width()).toBeGreaterThan(100);
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`akkoord-${BAKKER}-${FROM}-${TO}-decisions.csv`);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('Day,Decisions,Note');
    expect(csv.slice(1).map((l) => Number(l.split(',')[1]))).toEqual(PER_DAY);
  });

  it('has no axe-core violation, signed out, signed in, and with the tables shown', async () => {
    const { page } = await s.open();
    await page.goto(`${base}/dashboard/`);
    await page.locator('#ak-signin').waitFor({ state: 'visible' });
    // Not only no serious or critical one: none at all, so a new minor one is seen too.
    expect(await axe(page)).toEqual([]);
    await signIn(page, siteToken);
    expect(await axe(page)).toEqual([]);
    for (const b of await page.locator('#ak-view button[aria-expanded]').all()) await b.click();
    expect(await page.locator('#ak-view table:visible').count()).toBe(5);
    expect(await axe(page)).toEqual([]);
  });

  it('fits a 390 px phone without sideways scrolling, in Dutch', async () => {
    const { page } = await s.open({
      viewport: { width: 390, height: 844 },
      initScript: "sessionStorage.setItem('akkoord-dashboard-lang', 'nl');",
    });
    await signIn(page, siteToken);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('[data-chart="optIn"] h2').textContent()).toBe('Toestemming per categorie');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const w of await page.locator('svg.ak-chart').evaluateAll((svgs) => svgs.map((x) => x.getBoundingClientRect().right)))
      expect(w).toBeLessThanOrEqual(390);
  });

  it('shows site, category, service and revision names holding markup as text, and runs none of it', async () => {
    const { page } = await s.open({ initScript: 'window.pwned = undefined;' });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signIn(page, ADMIN, XSS_SITE);
    expect(await page.locator('#ak-site option:checked').textContent()).toBe(XSS_SITE);
    expect(await page.locator('[data-chart="optIn"] .ak-legend').textContent()).toContain(XSS_CATEGORY);
    expect(await page.locator('[data-chart="revisions"] tbody th').allTextContents()).toEqual([XSS_REVISION]);
    expect(await page.locator('[data-chart="optIn"] thead th').allTextContents()).toContain(XSS_SERVICE);
    expect(await page.locator('#ak-view img, #ak-view script, #ak-view svg svg').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('refuses a wrong token with a message and keeps the sign-in form', async () => {
    const { page } = await s.open();
    await page.goto(`${base}/dashboard/`);
    await page.locator('#ak-token').fill('akk_not-a-real-token');
    await page.locator('#ak-signin-form button[type=submit]').click();
    await expect.poll(() => page.locator('#ak-error').textContent()).toContain('not valid');
    expect(await page.locator('#ak-signin').isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('akkoord-dashboard-token'))).toBeNull();
  });

  it('writes a report that renders the same numbers offline, from one file', async () => {
    const out = join(dir, 'report.html');
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const code = await runCli(
      ['report', '--db', file, '--site', BAKKER, '--from', FROM, '--to', '2026-01-19', '--lang', 'en', '--out', out],
      {
        stdout: sink,
        stderr: sink,
      },
    );
    expect(code).toBe(0);
    const { context, page } = await s.open({ initScript: 'window.pwned = undefined;' });
    await context.setOffline(true);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(out).href);
    await page.locator('[data-chart="decisions"] svg').waitFor();
    expect(requests).toEqual([pathToFileURL(out).href]);
    expect(await page.locator('#ak-report-sites').textContent()).toBe(BAKKER);
    for (const chart of ['optIn', 'actions', 'revisions', 'gpc', 'decisions'])
      expect(await page.locator(`[data-chart="${chart}"] svg[role="img"]`).count(), chart).toBe(1);
    const days = await table(page, 'decisions');
    expect(Object.values(days).map((r) => Number(r['Decisions']))).toEqual(PER_DAY);
    const revs = sql<{ revision: string; n: number }>(
      `SELECT revision, COUNT(*) AS n FROM consent_records WHERE ${RANGE} GROUP BY 1 ORDER BY MIN(received_at)`,
      BAKKER,
    );
    expect(Object.entries(await table(page, 'revisions')).map(([k, r]) => [k, Number(r['Decisions'])])).toEqual(
      revs.map((r) => [r.revision, r.n]),
    );
    expect(await axe(page)).toEqual([]);
    // The language switch works offline too: both languages are in the file.
    await page.locator('#ak-lang').selectOption('nl');
    expect(await page.locator('h1').textContent()).toBe('Toestemmingsrapport');
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
  });
});
