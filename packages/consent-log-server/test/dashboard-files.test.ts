/**
 * The dashboard's static files (issue 15): served from a fixed list with a strict CSP, loading
 * the scripts the report inlines, in nl and en with identical keys, every key the scripts ask for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '@akkoord/consent-log';
import { createCollector, type Collector } from '../src/create-collector.js';
import { DASHBOARD_CSP, DASHBOARD_DIR, DASHBOARD_LANGS, DASHBOARD_SCRIPTS } from '../src/dashboard-files.js';
import { openStore } from '../src/open-store.js';

const read = (file: string) => readFileSync(join(DASHBOARD_DIR, file), 'utf8');

/** Every leaf key of a nested resource object, as `a.b.c`. */
function leafKeys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? leafKeys(v as Record<string, unknown>, `${prefix}${k}.`) : [prefix + k],
  );
}

describe('dashboard files', () => {
  it('index.html loads exactly the scripts the report inlines, in the same order', () => {
    const srcs = [...read('index.html').matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs).toEqual([...DASHBOARD_SCRIPTS]);
    expect(readdirSync(DASHBOARD_DIR).filter((f) => f.endsWith('.js'))).toEqual([...DASHBOARD_SCRIPTS].sort());
  });

  it('has nl and en with the same keys, no empty text, and every key the scripts and pages ask for', () => {
    const [nl, en] = DASHBOARD_LANGS.map((l) => JSON.parse(read(`locales/${l}/dashboard.json`)) as Record<string, unknown>);
    const keys = leafKeys(nl).sort();
    expect(leafKeys(en).sort()).toEqual(keys);
    for (const [lang, res] of [
      ['nl', nl],
      ['en', en],
    ] as const)
      for (const k of leafKeys(res))
        expect(
          k.split('.').reduce((o: any, p) => o[p], res),
          `${lang} ${k}`,
        ).not.toBe('');
    // A key is asked for as written ('…'), by data-i18n, or built from a chart id or an action.
    const sources = [...DASHBOARD_SCRIPTS.map(read), read('index.html')].join('\n');
    const asked = new Set([
      ...[...sources.matchAll(/\b(?:t|status|error)\('([a-zA-Z.]+)'[,)]/g)].map((m) => m[1]),
      ...[...sources.matchAll(/data-i18n="([a-zA-Z.]+)"/g)].map((m) => m[1]),
      ...['optIn', 'actions', 'revisions', 'gpc', 'decisions'].flatMap((id) => [`charts.${id}.title`, `charts.${id}.desc`]),
      ...ACTIONS.map((a) => `actions.${a}`),
      'report.title',
      'report.sites',
    ]);
    expect(asked.size).toBeGreaterThan(40);
    const plural = (k: string) => keys.includes(`${k}_one`) && keys.includes(`${k}_other`);
    for (const k of asked) expect(keys.includes(k) || plural(k), k).toBe(true);
  });
});

describe('the collector serves the dashboard', () => {
  let collector: Collector;
  let base = '';
  beforeAll(async () => {
    const store = await openStore(':memory:');
    collector = createCollector({ store, basePath: '/_k', log: () => {}, rateLimit: false });
    base = `http://127.0.0.1:${(await collector.listen(0, '127.0.0.1')).port}/_k`;
  });
  afterAll(async () => collector.close());

  it('serves each file with its type, a strict Content-Security-Policy and nosniff', async () => {
    for (const [path, file, type] of [
      ['/dashboard/', 'index.html', 'text/html; charset=utf-8'],
      ['/dashboard/app.js', 'app.js', 'text/javascript; charset=utf-8'],
      ['/dashboard/dashboard.css', 'dashboard.css', 'text/css; charset=utf-8'],
      ['/dashboard/locales/nl/dashboard.json', 'locales/nl/dashboard.json', 'application/json; charset=utf-8'],
    ]) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toBe(read(file));
    }
    expect(DASHBOARD_CSP).toContain("script-src 'self';");
    expect(DASHBOARD_CSP).not.toContain('unsafe');
  });

  it('redirects /dashboard to /dashboard/ under the base path, and serves nothing outside its list', async () => {
    const redirect = await fetch(`${base}/dashboard`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/_k/dashboard/');
    for (const path of [
      '/dashboard/locales/../../package.json',
      '/dashboard/%2e%2e/src/index.ts',
      '/dashboard/locales/de/dashboard.json',
      '/dashboard/.env',
    ])
      expect((await fetch(base + path)).status, path).toBe(404);
    expect((await fetch(`${base}/dashboard/`, { method: 'POST' })).status).toBe(405);
    const head = await fetch(`${base}/dashboard/app.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
