import { readFileSync } from 'node:fs';
import type { Declarations } from '@akkoord/privacy-statement';
import { chromium, type Browser } from 'playwright-core';
import { conclude } from './conclude.js';
import { lookupItem } from './cookie-database.js';
import { pageKey, parseSitemap, shouldFollow } from './crawl-rules.js';
import { findChromium } from './find-chromium.js';
import { ScanError } from './scan-error.js';
import { siteOf } from './site-of.js';
import { lookupHost } from './tracker-hosts.js';
import { SCAN_MODES, type ScanMode, type ScannedPage, type ScanReport } from './types.js';
import { visitPage, type VisitOptions } from './visit-page.js';

/** Chromium flags: headless on a shared machine, quiet, offline apart from the site itself. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Look like a visitor, not a bot: many banners (vanilla-cookieconsent's `hideFromBots`, the
  // default) stay hidden when navigator.webdriver is true, and the scan would wrongly find none.
  '--disable-blink-features=AutomationControlled',
];

/** Progress after each page (all three visits done). */
export interface ScanProgress {
  done: number;
  /** Pages admitted so far (grows as links are found), at most `pages`. */
  total: number;
  /** The page just finished. */
  url: string;
}

/** What `scanSite` needs. */
export interface ScanOptions {
  /** The start URL (http or https). */
  url: string;
  /** Most pages to visit. @default 20 */
  pages?: number;
  /** Pages at once in the one browser; each page's three visits run side by side. @default 4 */
  concurrency?: number;
  /** The site's declarations, to report undeclared and stale cookies. */
  declarations?: Declarations;
  /** Its file name, for the report. */
  declarationsFile?: string;
  acceptSelector?: string;
  rejectSelector?: string;
  /** The browser to drive; else found with {@link findChromium}. */
  chromium?: string;
  /** Extra Chromium flags, e.g. `--host-resolver-rules=…` for a staging host not in DNS. */
  chromiumArgs?: string[];
  /** Time for a page to load, in ms. @default 30000 */
  timeoutMs?: number;
  /** Quiet time that ends a wait, in ms. @default 500 */
  idleMs?: number;
  /** Longest wait for quiet after load and after a choice, in ms. @default 5000 */
  maxWaitMs?: number;
  /** Name of Akkoord's decision cookie on this site. @default "akkoord" */
  decisionCookie?: string;
  onProgress?: (p: ScanProgress) => void;
}

/** This package's name and version, for the report. */
function scannerVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    return `${pkg.name} ${pkg.version}`;
  } catch {
    return '@akkoord/scanner';
  }
}

/** Checks the start URL; a clear error for anything that is not an http(s) URL. */
export function parseStartUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ScanError(`"${url}" is not a URL. Give the full address, e.g. https://www.example.nl`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ScanError(`"${url}" is not an http or https URL.`);
  return u;
}

/**
 * Scans a site: the start URL, its sitemap.xml, then same-host links breadth first, up to
 * `pages`; every page visited in three fresh browser contexts (before any choice, after accept
 * all, after reject all), `concurrency` visits at a time in one Chromium. Returns the whole
 * report. Throws {@link ScanError} when the scan cannot run at all (no browser, bad URL, the
 * start page unreachable); a single page that fails is reported and the scan goes on.
 */
export async function scanSite(options: ScanOptions): Promise<ScanReport> {
  const start = parseStartUrl(options.url);
  const limit = Math.max(1, options.pages ?? 20);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const executablePath = findChromium(options.chromium);
  const startedAt = Date.now();
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      ignoreDefaultArgs: ['--enable-automation'],
      args: [...CHROMIUM_FLAGS, ...(options.chromiumArgs ?? [])],
    });
  } catch (e) {
    throw new ScanError(`could not start the browser at ${executablePath}: ${(e as Error).message.split('\n')[0]}`);
  }
  try {
    const site = siteOf(start.hostname);
    const visitOptions: VisitOptions = {
      site,
      timeoutMs: options.timeoutMs ?? 30_000,
      idleMs: options.idleMs ?? 500,
      maxWaitMs: options.maxWaitMs ?? 5000,
      choice: { acceptSelector: options.acceptSelector, rejectSelector: options.rejectSelector },
    };
    const pages: ScannedPage[] = [];
    const seen = new Set<string>();
    const queue: ScannedPage[] = [];
    const admit = (url: string, foundVia: ScannedPage['foundVia']) => {
      const key = pageKey(url);
      if (pages.length >= limit || seen.has(key)) return;
      seen.add(key);
      const page: ScannedPage = { url: key, foundVia, visits: [] };
      pages.push(page);
      queue.push(page);
    };
    admit(start.href, 'start');
    for (const url of await readSitemaps(browser, start, visitOptions.timeoutMs!)) if (shouldFollow(url, start)) admit(url, 'sitemap');

    // A banner may take seconds to appear, so a choice waits up to 5 s for it; once three pages are
    // done without finding a way to make that choice, later pages wait only 1 s (no 5 s per page
    // on a site without a banner, or without a reject button).
    const foundOnce: Record<'accept' | 'reject', boolean> = { accept: false, reject: false };
    let done = 0;
    let active = 0;
    const visit = async (page: ScannedPage, mode: ScanMode) => {
      const waitMs = mode !== 'before' && done >= 3 && !foundOnce[mode] ? 1000 : 5000;
      const { visit, links } = await visitPage(browser, page.url, mode, { ...visitOptions, choice: { ...visitOptions.choice, waitMs } });
      page.visits.push(visit);
      if (mode !== 'before' && visit.choice?.found) foundOnce[mode] = true;
      if (mode === 'before') {
        if (visit.status === null && visit.error) page.error = visit.error;
        const from = new URL(visit.finalUrl);
        if (shouldFollow(from.href, start)) for (const link of links) if (shouldFollow(link, start)) admit(link, 'link');
      }
    };
    // The three visits of a page run side by side: most of a visit is waiting (for the network to
    // go quiet, for a banner to appear), so three at once cost little more wall time than one.
    const run = async (page: ScannedPage) => {
      await Promise.all(SCAN_MODES.map((mode) => visit(page, mode)));
      page.visits.sort((a, b) => SCAN_MODES.indexOf(a.mode) - SCAN_MODES.indexOf(b.mode));
      options.onProgress?.({ done: ++done, total: pages.length, url: page.url });
    };
    await new Promise<void>((resolve, reject) => {
      const pump = () => {
        while (active < concurrency && queue.length) {
          const page = queue.shift()!;
          active++;
          run(page)
            .catch(reject)
            .finally(() => {
              active--;
              pump();
            });
        }
        if (!active && !queue.length) resolve();
      };
      pump();
    });

    const first = pages[0]!;
    if (first.error && pages.every((p) => p.error)) throw new ScanError(`could not load ${start.href}: ${first.error}`);
    const concluded = conclude(pages, {
      lookupItem,
      lookupHost,
      declarations: options.declarations,
      declarationsFile: options.declarationsFile,
      decisionCookie: options.decisionCookie,
      scanStartedAt: startedAt,
    });
    const visits = pages.flatMap((p) => p.visits);
    const byButton = (mode: ScanMode) =>
      visits.find((v) => v.mode === mode && v.choice?.found && v.choice.method !== 'akkoord')?.choice?.detail;
    const banner: ScanReport['banner'] = visits.some((v) => v.akkoord)
      ? { kind: 'akkoord' }
      : byButton('accept') || byButton('reject')
        ? {
            kind: 'other',
            ...(byButton('accept') ? { accept: byButton('accept') } : {}),
            ...(byButton('reject') ? { reject: byButton('reject') } : {}),
          }
        : { kind: 'none' };
    const reportOptions: ScanReport['options'] = { pages: limit, concurrency };
    if (options.declarationsFile) reportOptions.declarations = options.declarationsFile;
    if (options.acceptSelector) reportOptions.acceptSelector = options.acceptSelector;
    if (options.rejectSelector) reportOptions.rejectSelector = options.rejectSelector;
    return {
      format: 'akkoord-scan',
      version: 1,
      site: options.url,
      startedAt: new Date(startedAt).toISOString(),
      durationMs: Date.now() - startedAt,
      scanner: scannerVersion(),
      browser: `Chromium ${browser.version()}`,
      options: reportOptions,
      banner,
      pages,
      ...concluded,
    };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** Page URLs from /sitemap.xml (and, for a sitemap index, up to five of its sitemaps), read through the browser. */
async function readSitemaps(browser: Browser, start: URL, timeoutMs: number): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const read = async (url: string): Promise<string> => {
      try {
        const response = await page.goto(url, { waitUntil: 'commit', timeout: Math.min(timeoutMs, 10_000) });
        if (!response || response.status() !== 200) return '';
        return await response.text();
      } catch {
        return '';
      }
    };
    const root = parseSitemap(await read(new URL('/sitemap.xml', start).href));
    const urls = [...root.pages];
    for (const child of root.sitemaps.slice(0, 5)) urls.push(...parseSitemap(await read(child)).pages);
    return urls;
  } finally {
    await context.close().catch(() => undefined);
  }
}
