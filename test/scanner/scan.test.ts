// `akkoord scan` against the fixture site in real Chromium, no network: one crawl of nine pages
// with a declarations file, asserting the exact findings (not just that a report was written),
// then the CLI's outputs, --write, and the errors a user can run into.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseDeclarations } from '@akkoord/privacy-statement';
import { runScanCommand, scanSite, type ScanIo, type ScanReport } from '@akkoord/scanner';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable } from '../helpers/launch-browser.mjs';
import { HOST_RULES, startScanFixture, TRACKER_HOST, type ScanFixture } from '../helpers/scan-fixture-site.mjs';

/** The bakery's declarations: what it says it uses (one entry, oud_koekje, is no longer used). */
const DECLARATIONS = `# The bakery's cookies
cookies:
  - name: akkoord
    category: necessary
    purpose: { nl: onthoudt uw cookiekeuze, en: remembers your cookie choice }
  - name: bk_session
    category: necessary
    purpose: { nl: houdt uw winkelmand bij, en: keeps your basket }
  - name: _ga
    category: analytics
    purpose: { nl: bezoekcijfers, en: visitor figures }
  - name: cc_cookie
    category: necessary
    purpose: { nl: keuze in de oude banner, en: choice in the old banner }
  - name: oud_koekje
    category: marketing
    purpose: { nl: niet meer gebruikt, en: no longer used }
`;

/** A finding as a short line, with page paths instead of URLs (the port changes per run). */
const line = (f: ScanReport['findings'][number]) =>
  `${f.severity} ${f.kind} ${f.subject.type}:${f.subject.name} [${f.pages.map((p) => new URL(p).pathname).join(' ')}]`;

/** A port on 127.0.0.1 that nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An in-memory io for the CLI. */
function memoryIo(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '', files };
  const io: ScanIo = {
    readFile: async (p) => {
      if (p in out.files) return out.files[p]!;
      throw new Error(`ENOENT: no such file, open '${p}'`);
    },
    writeFile: async (p, c) => void (out.files[p] = c),
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    isTTY: false,
  };
  return { io, out };
}

describe.runIf(browserAvailable())('akkoord scan (Chromium, fixture site)', () => {
  let fx: ScanFixture;
  let report: ScanReport;
  const progress: string[] = [];

  beforeAll(async () => {
    fx = await startScanFixture();
    report = await scanSite({
      url: fx.url('/'),
      pages: 9,
      chromiumArgs: [HOST_RULES],
      declarations: parseDeclarations(DECLARATIONS, 'privacy.yaml').data,
      declarationsFile: 'privacy.yaml',
      onProgress: (p) => progress.push(`${p.done}/${p.total}`),
    });
  });
  afterAll(async () => {
    await fx?.close();
  });

  test('crawls the start page, the sitemap, then same-host links breadth first, skipping mailto, downloads, logout and other hosts', () => {
    expect(report.pages.map((p) => `${new URL(p.url).pathname} ${p.foundVia}`)).toEqual([
      '/ start',
      '/sitemap-only/ sitemap',
      '/leaky/ link',
      '/foreign/ link',
      '/accept-only/ link',
      '/broken/ link',
      '/about/ link',
      '/contact/ link',
      '/p/1 link',
    ]);
    for (const p of report.pages) expect(p.visits.map((v) => v.mode)).toEqual(['before', 'accept', 'reject']);
    expect(progress.at(-1)).toBe('9/9');
  });

  test('finds exactly the problems the fixture has', () => {
    expect(report.findings.map(line)).toEqual([
      'violation after-reject cookie:_trk_uid [/leaky/]',
      'violation before-consent cookie:_ga [/leaky/]',
      'violation before-consent cookie:_trk_uid [/leaky/]',
      `violation before-consent request:${TRACKER_HOST} [/leaky/]`,
      'violation no-reject banner:reject all [/accept-only/]',
      'undeclared undeclared localStorage:_trk_id [/ /about/ /accept-only/ /contact/ /foreign/ /leaky/ /p/1 /sitemap-only/]',
      'undeclared undeclared cookie:_trk_uid [/ /about/ /accept-only/ /contact/ /foreign/ /leaky/ /p/1 /sitemap-only/]',
      'undeclared undeclared cookie:cookiebar [/accept-only/]',
      'check before-consent localStorage:_trk_id [/leaky/]',
      'check page-error page:' + fx.url('/broken/') + ' [/broken/]',
      'check stale-declaration cookie:oud_koekje []',
      'hint no-consent-log banner:consent log [/ /about/ /contact/ /leaky/ /p/1 /sitemap-only/]',
    ]);
    expect(report.summary).toEqual({ violation: 5, undeclared: 3, check: 3, hint: 1 });
  });

  test('the leak is traced to the script that set it, with the Open Cookie Database entry', () => {
    const ga = report.findings.find((f) => f.kind === 'before-consent' && f.subject.name === '_ga')!;
    expect(ga.evidence).toEqual([`http://${TRACKER_HOST}:${fx.port}/stats.js`]);
    expect(ga.known?.platform).toBe('Google Analytics');
    expect(ga.category).toBe('analytics');
    expect(ga.categorySource).toBe('declared');
    const uid = report.findings.find((f) => f.kind === 'before-consent' && f.subject.name === '_trk_uid')!;
    expect(uid.evidence).toEqual([`http://${TRACKER_HOST}:${fx.port}/frame.html`]);
    // The browser refused _trk_uid at every sighting (a third-party frame): the findings stand but
    // say the site tried to set it; _ga was stored, so its finding says nothing of the kind.
    expect(report.findings.filter((f) => f.subject.name === '_trk_uid').map((f) => `${f.kind} ${f.refused}`)).toEqual([
      'after-reject true',
      'before-consent true',
      'undeclared true',
    ]);
    expect(uid.message).toContain(
      `The site tries to set cookie _trk_uid from ${TRACKER_HOST} (category unknown) before the visitor chose, on 1 page (the browser refuses it`,
    );
    expect(ga.refused).toBeUndefined();
  });

  test('the Akkoord pages and the other banner gate everything: nothing optional before a choice or after reject all', () => {
    const clean = ['/', '/sitemap-only/', '/foreign/', '/about/', '/contact/', '/p/1'];
    const violations = report.findings.filter((f) => f.severity === 'violation').flatMap((f) => f.pages.map((p) => new URL(p).pathname));
    for (const path of clean) expect(violations).not.toContain(path);
    const home = report.pages[0]!;
    const names = (mode: string) =>
      home.visits
        .find((v) => v.mode === mode)!
        .cookies.map((c) => c.name)
        .sort();
    expect(names('before')).toEqual(['bk_session']);
    expect(names('accept')).toEqual(['_ga', '_trk_uid', 'akkoord', 'bk_session']);
    expect(names('reject')).toEqual(['akkoord', 'bk_session']);
  });

  test('decides through window.akkoord on Akkoord pages and by button text on another banner', () => {
    const choice = (path: string, mode: string) =>
      report.pages.find((p) => new URL(p.url).pathname === path)!.visits.find((v) => v.mode === mode)!.choice;
    expect(choice('/', 'accept')).toMatchObject({ method: 'akkoord', found: true });
    expect(choice('/', 'reject')).toMatchObject({ method: 'akkoord', found: true });
    expect(choice('/foreign/', 'accept')).toEqual({ method: 'button', found: true, detail: 'Accept all' });
    expect(choice('/foreign/', 'reject')).toEqual({ method: 'button', found: true, detail: 'Reject all' });
    expect(choice('/accept-only/', 'accept')).toEqual({ method: 'button', found: true, detail: 'Alles accepteren' });
    expect(choice('/accept-only/', 'reject')).toMatchObject({ method: 'none', found: false });
  });

  test('records what the browser holds and what it refused, with who set it', () => {
    const leaky = report.pages.find((p) => p.url.endsWith('/leaky/'))!.visits[0]!;
    const byName = Object.fromEntries(leaky.cookies.map((c) => [c.name, c]));
    expect(byName['bk_session']).toMatchObject({
      party: 'first',
      httpOnly: true,
      stored: true,
      setBy: { kind: 'header', url: fx.url('/leaky/') },
    });
    expect(byName['_ga']).toMatchObject({
      party: 'first',
      stored: true,
      setBy: { kind: 'script', url: `http://${TRACKER_HOST}:${fx.port}/stats.js` },
    });
    expect(byName['_ga']!.expires).toBeGreaterThan(Date.now() / 1000 + 365 * 86400);
    // A cookie set from a third-party iframe: the scanner's private context refuses it, the report keeps it.
    expect(byName['_trk_uid']).toMatchObject({ party: 'third', stored: false, domain: TRACKER_HOST });
    expect(leaky.storage).toEqual([
      {
        type: 'localStorage',
        origin: new URL(fx.url('/')).origin,
        key: '_trk_id',
        party: 'first',
        setBy: { kind: 'script', url: `http://${TRACKER_HOST}:${fx.port}/stats.js` },
      },
    ]);
    expect(leaky.requests.map((r) => `${new URL(r.url).pathname} ${r.resourceType} ${r.afterChoice}`).sort()).toEqual([
      '/frame.html document false',
      '/px.gif image false',
      '/stats.js script false',
    ]);
    expect(leaky.requests.every((r) => !r.url.includes('?'))).toBe(true);
  });

  test('counts per mode and the inventory classify what was seen', () => {
    expect(report.counts.before.cookies).toBeLessThan(report.counts.accept.cookies);
    const inv = Object.fromEntries(report.inventory.map((i) => [`${i.type}:${i.name}`, i]));
    expect(inv['cookie:_ga']).toMatchObject({ category: 'analytics', categorySource: 'declared', seenIn: ['before', 'accept'] });
    expect(inv['cookie:akkoord']).toMatchObject({ category: 'necessary', seenIn: ['accept', 'reject'] });
    expect(inv['cookie:cookiebar']?.category).toBeUndefined();
    expect(report).toMatchObject({ format: 'akkoord-scan', version: 1, banner: { kind: 'akkoord' } });
  });

  test('the CLI writes a JSON report, exits 1 on violations and --write updates the declarations file', async () => {
    const { io, out } = memoryIo({ 'privacy.yaml': DECLARATIONS });
    const code = await runScanCommand(
      [fx.url('/leaky/')],
      { pages: '1', write: 'privacy.yaml', out: 'scan.json', 'chromium-args': HOST_RULES },
      io,
    );
    expect(code).toBe(1);
    const json = JSON.parse(out.files['scan.json']!) as ScanReport;
    expect(json.pages).toHaveLength(1);
    expect(out.stderr).toContain('scan: 1/1 ');
    expect(out.stderr).toContain('wrote scan.json');
    const yaml = out.files['privacy.yaml']!;
    expect(yaml.startsWith("# The bakery's cookies\n")).toBe(true);
    const updated = parseDeclarations(yaml, 'privacy.yaml').data!;
    expect(updated.cookieScan?.found).toEqual(['_ga', '_trk_id', '_trk_uid', 'akkoord', 'bk_session']);
    expect(updated.cookies!.slice(5).map((c) => `${c.name} ${c.type ?? 'cookie'} ${c.party ?? ''}`)).toEqual([
      '_trk_uid cookie third',
      '_trk_id localStorage ',
    ]);
    expect(updated.cookies!.slice(0, 5).map((c) => c.name)).toEqual(['akkoord', 'bk_session', '_ga', 'cc_cookie', 'oud_koekje']);
  });

  test('--fail-on never exits 0 and the Markdown and HTML reports are written', async () => {
    const { io, out } = memoryIo();
    expect(
      await runScanCommand([fx.url('/leaky/')], { pages: '1', 'fail-on': 'never', format: 'md', 'chromium-args': HOST_RULES }, io),
    ).toBe(0);
    expect(out.stdout).toContain('_ga');
    const html = memoryIo();
    expect(await runScanCommand([fx.url('/leaky/')], { pages: '1', lang: 'nl', out: 'r.html', 'chromium-args': HOST_RULES }, html.io)).toBe(
      1,
    );
    expect(html.out.files['r.html']).toMatch(/^<!doctype html>/i);
    expect(html.out.files['r.html']).toContain('lang="nl"');
  });

  test('a page that never finishes loading is reported and the scan goes on', async () => {
    const r = await scanSite({ url: fx.url('/slow/'), pages: 1, chromiumArgs: [HOST_RULES], timeoutMs: 3000, maxWaitMs: 1000 });
    const before = r.pages[0]!.visits[0]!;
    expect(before.status).toBe(200);
    expect(before.error).toBe('the page did not finish loading within 3 s');
    expect(r.findings.map((f) => f.kind)).toContain('page-error');
  });

  test('clear errors, exit 2 and no stack trace: unreachable, invalid URL, no Chromium, a site that never answers', async () => {
    const closed = await closedPort();
    const cases: [string[], Record<string, string>, RegExp][] = [
      [
        [`http://127.0.0.1:${closed}/`],
        {},
        new RegExp(`^akkoord scan: could not load http://127\\.0\\.0\\.1:${closed}/: net::ERR_CONNECTION_REFUSED`, 'm'),
      ],
      [['www.example nl'], {}, /^akkoord scan: "www\.example nl" is not a URL\. Give the full address, e\.g\. https:\/\/www\.example\.nl/],
      [['ftp://example.nl/'], {}, /^akkoord scan: "ftp:\/\/example\.nl\/" is not an http or https URL\./],
      [
        [fx.url('/')],
        { chromium: '/nonexistent/chromium' },
        /^akkoord scan: no Chromium found \(looked at \/nonexistent\/chromium\)\. Install it/,
      ],
      [
        [fx.url('/', 'hang.test')],
        { timeout: '2', 'chromium-args': HOST_RULES },
        /^akkoord scan: could not load http:\/\/hang\.test:\d+\/: no answer within 2 s/,
      ],
      [[fx.url('/')], { pages: 'many' }, /^akkoord scan: --pages must be a whole number from 1 to 1000 \(got "many"\)\./],
      [[], {}, /^akkoord scan: missing <url>/],
    ];
    for (const [args, flags, message] of cases) {
      const { io, out } = memoryIo();
      expect(await runScanCommand(args, flags, io), args.join(' ')).toBe(2);
      // Progress lines may come first; the error is the last line, and one line.
      const last = out.stderr.trim().split('\n').at(-1)!;
      expect(last).toMatch(message);
      expect(out.stderr.split('\n').filter((l) => l.startsWith('akkoord scan:'))).toHaveLength(1);
      expect(out.stderr).not.toMatch(/\n\s+at /);
    }
  });

  test('npx akkoord scan works from the repository as docs/scanner.md says (the built packages, through the bin)', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const run = promisify(execFile);
    const { stdout, stderr } = await run(
      'npx',
      ['--no-install', 'akkoord', 'scan', fx.url('/about/'), '--pages', '1', '--lang', 'nl', `--chromium-args=${HOST_RULES}`],
      {
        cwd: root,
        env: { ...process.env, FORCE_COLOR: '0' },
      },
    );
    expect(stdout).toContain('Cookiescan van');
    expect(stdout).toMatch(/0 overtredingen/);
    expect(stderr).toMatch(/^scan: 1\/1 http:\/\/www\.bakkerij\.test:\d+\/about\/$/m);
  });

  test('runs through the akkoord CLI, which catches a typo before the browser starts', async () => {
    const { main } = await import('../../packages/privacy-statement/src/cli.js');
    const typo = memoryIo();
    expect(await main(['scan', fx.url('/'), '--pagse', '3'], { ...typo.io, today: () => '2026-12-05' })).toBe(2);
    expect(typo.out.stderr).toMatch(/^akkoord scan: unknown option --pagse\. Valid: --declarations, --pages,/);
    const run = memoryIo();
    const code = await main(['scan', fx.url('/about/'), '--pages', '1', '--format', 'json', `--chromium-args=${HOST_RULES}`], {
      ...run.io,
      today: () => '2026-12-05',
    });
    expect(code).toBe(0);
    expect((JSON.parse(run.out.stdout) as ScanReport).findings.filter((f) => f.severity === 'violation')).toEqual([]);
  });
});

describe('akkoord scan without a browser', () => {
  test('--write reads nothing it cannot use: a declarations file that does not parse is exit 2 naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akkoord-scan-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'cookies: [unclosed\n');
    const { io, out } = memoryIo({ [file]: readFileSync(file, 'utf8') });
    expect(await runScanCommand(['https://www.example.nl/'], { declarations: file }, io)).toBe(2);
    expect(out.stderr).toContain(`${file} is not a declarations file the scan can use`);
  });
});
