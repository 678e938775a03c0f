import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import typescriptPlugin from '@rollup/plugin-typescript';
import type { Browser, Page } from 'playwright-core';
import { rollup, type Plugin } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@akkoord/consent-log';
import { createCollector, openStore, type Collector, type Store } from '@akkoord/consent-log-server';
import { browserAvailable, launchBrowser } from '../helpers/launch-browser.mjs';

// The browser client in real Chromium against a real collector, same origin under a neutral path.
// Chromium comes from the shared helper (same binary and flags as every browser suite); in CI a
// missing browser fails the run, elsewhere the suite is skipped loudly.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOWN = {
  revision: '2',
  categories: [
    { id: 'analytics', title: { nl: 'Statistieken' } },
    { id: 'marketing', title: { nl: 'Marketing' } },
  ],
};
const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>log</title></head><body>
<script type="module">import { createConsentLog } from '/client.js'; window.log = createConsentLog({ endpoint: '/_k/v1/consents' });</script></body></html>`;

// The plugin's CommonJS typings do not resolve as callable under NodeNext; its runtime export is the factory.
const typescript = typescriptPlugin as unknown as (options: object) => Plugin;

let dir = '';
let store: Store;
let collector: Collector;
let server: Server;
let origin = '';
let browser: Browser;
let clientJs = '';

async function bundleClient(): Promise<string> {
  const b = await rollup({
    input: join(ROOT, 'packages/consent-log/src/create-consent-log.ts'),
    plugins: [
      typescript({
        tsconfig: join(ROOT, 'tsconfig.base.json'),
        include: [join(ROOT, 'packages/consent-log/src/**/*')],
        compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', declaration: false },
      }),
    ],
  });
  const { output } = await b.generate({ format: 'es' });
  await b.close();
  return output[0].code;
}

const record = (page: Page, action: string) =>
  page.evaluate(
    ([a, shown]) =>
      (window as unknown as { log: { record(i: unknown): string } }).log.record({
        consentId: 'c0ffee00-0000-4000-8000-00000000abcd',
        action: a,
        choices: { necessary: true, analytics: true, marketing: false },
        revision: '2',
        language: 'nl',
        shown,
      }),
    [action, SHOWN] as const,
  );
const openPage = async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${origin}/?utm_source=mail#top`);
  await page.waitForFunction(() => 'log' in window);
  return page;
};
const storedIds = async () => (await store.page({ limit: 1000 })).map((r) => r.id);

describe.runIf(browserAvailable())('consent-log client in Chromium', () => {
  beforeAll(async () => {
    clientJs = await bundleClient();
    dir = mkdtempSync(join(tmpdir(), 'akkoord-browser-log-'));
    store = await openStore(join(dir, 'c.db'));
    collector = createCollector({ store, basePath: '/_k', log: () => {}, rateLimit: false });
    server = createServer((req, res) => {
      if (req.url === '/' || req.url?.startsWith('/?')) return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
      if (req.url === '/client.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(clientJs);
      collector.handle(req, res);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
    await collector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores exactly one record per decision, with every choice, the page without query, and the snapshot', async () => {
    const page = await openPage();
    const id = await record(page, 'custom');
    await expect.poll(storedIds, { timeout: 10_000 }).toContain(id);
    const [r] = await store.byConsentId('c0ffee00-0000-4000-8000-00000000abcd');
    expect(r).toMatchObject({
      id,
      action: 'custom',
      choices: { necessary: true, analytics: true, marketing: false },
      page: `${origin}/`,
      site: '127.0.0.1',
    });
    const hash = createHash('sha256').update(canonicalJson(SHOWN)).digest('hex');
    expect(r.configHash).toBe(hash);
    expect((await store.snapshot(hash))?.config).toEqual(SHOWN);
    expect(await page.evaluate(() => localStorage.getItem('akkoord-log'))).toBeNull();
    expect((await storedIds()).filter((x) => x === id)).toHaveLength(1);
    await page.context().close();
  });

  it('keeps a record queued while the collector is unreachable and delivers it once after a reload', async () => {
    const page = await openPage();
    await page.route('**/_k/v1/consents', (route) => route.abort('internetdisconnected'));
    const id = await record(page, 'withdraw');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('akkoord-log') ?? ''), { timeout: 5000 }).toContain(id);
    expect(await storedIds()).not.toContain(id);
    await page.unroute('**/_k/v1/consents');
    await page.reload();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('akkoord-log')), { timeout: 10_000 }).toBeNull();
    expect((await storedIds()).filter((x) => x === id)).toHaveLength(1);
    await page.context().close();
  });
});
