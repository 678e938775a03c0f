import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { makeChoice, type ChoiceOptions } from './make-choice.js';
import { BINDING, observer, type WriteEvent } from './observer-script.js';
import { parseSetCookie, type SetCookie } from './parse-set-cookie.js';
import { siteOf } from './site-of.js';
import type {
  ChoiceResult,
  ObservedCookie,
  ObservedDatabase,
  ObservedRequest,
  ObservedStorage,
  PageVisit,
  ScanMode,
  SetBy,
} from './types.js';
import { waitForQuiet, type QuietTracker, trackQuiet } from './wait-for-quiet.js';

/** How one visit runs. */
export interface VisitOptions {
  /** The scanned site's registrable domain (first party). */
  site: string;
  /** Time for the main document to load, in ms. @default 30000 */
  timeoutMs?: number;
  /** Quiet time (no request in flight) that ends a wait, in ms. @default 500 */
  idleMs?: number;
  /** Longest wait for quiet after load and after the choice, in ms. @default 5000 */
  maxWaitMs?: number;
  choice?: ChoiceOptions;
  /** Called with each phase's wall time, for the profile script (scripts/bench/scanner-profile.mjs). */
  onPhase?: (phase: string, ms: number) => void;
}

/** A visit and the links its page holds (the crawler reads them from the `before` visit). */
export interface VisitResult {
  visit: PageVisit;
  links: string[];
}

/** A request as seen while the page ran. */
interface SeenRequest {
  request: Request;
  at: number;
}

/** A Set-Cookie line and the response that carried it. */
interface SeenSetCookie extends SetCookie {
  url: string;
  at: number;
}

const noQuery = (url: string): string => {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
};

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/**
 * Visits one page in a fresh browser context in one mode: `before` (no clicks at all), `accept`
 * or `reject` (the choice is made once the page is quiet, then the page is left to go quiet
 * again). Records the cookies the browser holds and those it refused, storage keys and IndexedDB
 * databases of every frame, and every request to another site, each with who caused it.
 * Never throws for what the site does: a failure becomes `visit.error`.
 */
export async function visitPage(browser: Browser, url: string, mode: ScanMode, options: VisitOptions): Promise<VisitResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const idleMs = options.idleMs ?? 500;
  const maxWaitMs = options.maxWaitMs ?? 5000;
  const visit: PageVisit = { mode, status: null, finalUrl: url, akkoord: false, cookies: [], storage: [], indexedDB: [], requests: [] };
  const writes: (WriteEvent & { at: number })[] = [];
  const setCookies: SeenSetCookie[] = [];
  const requests: SeenRequest[] = [];
  const pending: Promise<unknown>[] = [];
  const initiators = new Map<string, string>();
  let context: BrowserContext | undefined;
  let links: string[] = [];
  let choiceAt = Infinity;
  let mark = Date.now();
  const phase = (name: string) => {
    const now = Date.now();
    options.onPhase?.(name, now - mark);
    mark = now;
  };
  try {
    // Service workers are blocked so every request shows up here, not inside a worker.
    // A visitor's user agent: "HeadlessChrome" is another signal banners hide from.
    const userAgent = (await userAgentOf(browser)).replace('HeadlessChrome', 'Chrome');
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', userAgent });
    await context.exposeBinding(BINDING, (_source, event: WriteEvent) => {
      writes.push({ ...event, at: Date.now() });
    });
    await context.addInitScript(observer, BINDING);
    const quiet: QuietTracker = trackQuiet(context);
    context.on('request', (request) => requests.push({ request, at: Date.now() }));
    context.on('response', (response) => {
      const at = Date.now();
      pending.push(
        response
          .headersArray()
          .then((headers) => {
            for (const h of headers) {
              if (h.name.toLowerCase() !== 'set-cookie') continue;
              for (const line of h.value.split('\n')) {
                const parsed = parseSetCookie(line, response.url());
                if (parsed) setCookies.push({ ...parsed, url: response.url(), at });
              }
            }
          })
          .catch(() => undefined),
      );
    });
    const page = await context.newPage();
    await watchInitiators(page, initiators);
    phase('open context');
    const navigation = await loadPage(page, url, timeoutMs);
    phase('load');
    visit.status = navigation.status;
    if (navigation.error) visit.error = navigation.error;
    visit.finalUrl = page.url() === 'about:blank' ? url : page.url();
    if (navigation.committed) {
      // Before consent the page is left until the network is quiet. With a choice to make, the
      // scanner clicks as soon as a banner is there (as a quick visitor would): whatever the page
      // does before that click is the `before` visit's business, so a second wait buys nothing.
      if (mode === 'before') {
        await waitForQuiet(quiet, idleMs, maxWaitMs);
        phase('quiet');
      } else {
        const choice: ChoiceResult = await makeChoice(page, mode, { ...options.choice, beforeAct: () => (choiceAt = Date.now()) }).catch(
          (e: Error) => ({
            method: 'none' as const,
            found: false,
            detail: `the click failed: ${firstLine(e.message)}`,
          }),
        );
        visit.choice = choice;
        phase('choice');
        // Quiet is counted from the choice: a banner may start what it grants a beat after the
        // click (Akkoord after the next frame, others on a timer), and a network that was already
        // quiet before the click would otherwise end the wait before the first granted request.
        quiet.lastChange = Math.max(quiet.lastChange, Date.now());
        await waitForQuiet(quiet, idleMs, maxWaitMs);
        phase('quiet');
      }
      visit.akkoord = await page
        .evaluate(() => typeof (window as unknown as { akkoord?: unknown }).akkoord === 'object')
        .catch(() => false);
      if (mode === 'before') links = await readLinks(page);
      await readStorage(page, options.site, writes, visit);
      if (visit.akkoord && visit.choice?.found) visit.consentLog = await sentToConsentLog(page, requests, choiceAt);
    }
    await Promise.all(pending);
    visit.cookies = await readCookies(context, options.site, setCookies, writes);
    visit.requests = thirdPartyRequests(requests, options.site, initiators, choiceAt);
    phase('read');
  } catch (e) {
    visit.error = visit.error ?? firstLine((e as Error).message);
  } finally {
    await context?.close().catch(() => undefined);
    phase('close');
  }
  return { visit, links };
}

const agents = new WeakMap<Browser, Promise<string>>();
/** The browser's own user agent, read once per browser. */
function userAgentOf(browser: Browser): Promise<string> {
  let ua = agents.get(browser);
  if (!ua) {
    ua = browser.newPage().then(async (p) => {
      const value = await p.evaluate(() => navigator.userAgent);
      await p.close();
      return value;
    });
    agents.set(browser, ua);
  }
  return ua;
}

const firstLine = (s: string): string =>
  s
    .split('\n')[0]!
    .replace(/^page\.goto: /, '')
    .trim();

/** Loads the page: committed as soon as the document answers, then waits for `load`. */
async function loadPage(
  page: Page,
  url: string,
  timeoutMs: number,
): Promise<{ status: number | null; committed: boolean; error?: string }> {
  const started = Date.now();
  let status: number | null = null;
  try {
    const response = await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    status = response?.status() ?? null;
  } catch (e) {
    const message = firstLine((e as Error).message);
    return { status, committed: false, error: /Timeout/i.test(message) ? `no answer within ${Math.round(timeoutMs / 1000)} s` : message };
  }
  try {
    await page.waitForLoadState('load', { timeout: Math.max(1, timeoutMs - (Date.now() - started)) });
  } catch {
    // A page that never finishes loading is still scanned as far as it got; the report says so.
    return { status, committed: true, error: `the page did not finish loading within ${Math.round(timeoutMs / 1000)} s` };
  }
  return { status, committed: true };
}

/** Notes which script started each request (Chromium's initiator), for the main frame's process. */
async function watchInitiators(page: Page, initiators: Map<string, string>): Promise<void> {
  try {
    const cdp = await page.context().newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (e) => {
      const frames = e.initiator.stack?.callFrames ?? [];
      const by = frames.find((f) => /^https?:/.test(f.url))?.url ?? e.initiator.url;
      if (by && !initiators.has(e.request.url)) initiators.set(e.request.url, by);
    });
    await cdp.send('Network.enable');
  } catch {
    /* initiators are a nicety: without them the frame's URL stands in */
  }
}

/** Same-document links of the main frame, absolute, without those marked as downloads. */
function readLinks(page: Page): Promise<string[]> {
  return page
    .evaluate(() => Array.from(document.querySelectorAll('a[href]:not([download])'), (a) => (a as HTMLAnchorElement).href))
    .catch(() => []);
}

/** The setter of a storage key or cookie written by a script, if the observer saw it. */
function scriptSetter(writes: readonly WriteEvent[], kind: WriteEvent['kind'], name: string, origin?: string): SetBy | undefined {
  const w = writes.find((x) => x.kind === kind && x.name === name && !x.deletes && (origin === undefined || x.origin === origin));
  return w ? (w.by ? { kind: 'script', url: w.by } : { kind: 'script' }) : undefined;
}

/** localStorage, sessionStorage and IndexedDB names of every frame. */
async function readStorage(page: Page, site: string, writes: readonly WriteEvent[], visit: PageVisit): Promise<void> {
  const seen = new Set<string>();
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(async () => {
        const keys = (s: () => Storage) => {
          try {
            return Object.keys(s());
          } catch {
            return [];
          }
        };
        let idb: string[] = [];
        try {
          idb = (await indexedDB.databases()).map((d) => d.name ?? '').filter(Boolean);
        } catch {
          /* blocked in this frame */
        }
        return { origin: location.origin, local: keys(() => localStorage), session: keys(() => sessionStorage), idb };
      })
      .catch(() => null);
    if (!found || !/^https?:/.test(found.origin) || seen.has(found.origin)) continue;
    seen.add(found.origin);
    const party = siteOf(hostOf(found.origin)) === site ? 'first' : 'third';
    const add = (type: ObservedStorage['type'], key: string) =>
      visit.storage.push({
        type,
        origin: found.origin,
        key,
        party,
        setBy: scriptSetter(writes, type, key, found.origin) ?? { kind: 'unknown' },
      });
    for (const key of found.local) add('localStorage', key);
    for (const key of found.session) add('sessionStorage', key);
    for (const name of found.idb) visit.indexedDB.push({ origin: found.origin, name, party } satisfies ObservedDatabase);
  }
}

/** True when a request sent after the choice carried the decision's consent id (a consent-log record). */
async function sentToConsentLog(page: Page, requests: readonly SeenRequest[], choiceAt: number): Promise<boolean> {
  const id = await page
    .evaluate(() => (window as unknown as { akkoord?: { get(): { id?: string } | null } }).akkoord?.get()?.id ?? '')
    .catch(() => '');
  if (!id) return false;
  return requests.some(({ request, at }) => at >= choiceAt && request.method() === 'POST' && (request.postData() ?? '').includes(id));
}

/** Whether a cookie domain covers a host (host-only cookies match exactly). */
const domainMatches = (cookieDomain: string, host: string): boolean => {
  const d = cookieDomain.replace(/^\./, '').toLowerCase();
  const h = host.toLowerCase();
  return h === d || h.endsWith(`.${d}`) || d.endsWith(`.${h}`);
};

/**
 * Cookies in the jar at the end, with who set them, plus cookies the site tried to set that the
 * browser refused (a Set-Cookie it blocked, or a script write in a third-party frame) and that
 * were not deleted again within the visit.
 */
async function readCookies(
  context: BrowserContext,
  site: string,
  setCookies: readonly SeenSetCookie[],
  writes: readonly (WriteEvent & { at: number })[],
): Promise<ObservedCookie[]> {
  const jar = await context.cookies().catch(() => []);
  const out: ObservedCookie[] = [];
  const now = Date.now() / 1000;
  const partyOf = (domain: string) => (siteOf(domain) === site ? 'first' : 'third');
  for (const c of jar) {
    const header = [...setCookies].reverse().find((s) => s.name === c.name && !s.deletes && domainMatches(c.domain, s.domain));
    const setBy: SetBy = header
      ? { kind: 'header', url: noQuery(header.url) }
      : (scriptSetter([...writes].reverse(), 'cookie', c.name) ?? { kind: 'unknown' });
    out.push({
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires: c.expires > 0 ? Math.round(c.expires) : null,
      httpOnly: c.httpOnly,
      secure: c.secure,
      sameSite: c.sameSite ?? null,
      party: partyOf(c.domain),
      setBy,
      stored: true,
    });
  }
  const inJar = (name: string, domain: string) => out.some((c) => c.name === name && domainMatches(c.domain, domain));
  const deletedLater = (name: string, at: number) =>
    setCookies.some((s) => s.name === name && s.deletes && s.at >= at) ||
    writes.some((w) => w.kind === 'cookie' && w.name === name && w.deletes && w.at >= at);
  for (const s of setCookies) {
    if (s.deletes || inJar(s.name, s.domain) || deletedLater(s.name, s.at)) continue;
    out.push({
      name: s.name,
      domain: s.domain,
      path: s.path,
      expires: s.maxAge === undefined ? null : Math.round(now + s.maxAge),
      httpOnly: s.httpOnly,
      secure: s.secure,
      sameSite: s.sameSite,
      party: partyOf(s.domain),
      setBy: { kind: 'header', url: noQuery(s.url) },
      stored: false,
    });
  }
  for (const w of writes) {
    if (w.kind !== 'cookie' || w.deletes) continue;
    const domain = w.domain ?? hostOf(w.origin);
    if (partyOf(domain) === 'first' || inJar(w.name, domain) || deletedLater(w.name, w.at)) continue;
    out.push({
      name: w.name,
      domain,
      path: '/',
      expires: w.maxAge === undefined ? null : Math.round(now + w.maxAge),
      httpOnly: false,
      secure: false,
      sameSite: null,
      party: 'third',
      setBy: w.by ? { kind: 'script', url: w.by } : { kind: 'script' },
      stored: false,
    });
  }
  // One entry per name and domain (a refused cookie may have been tried on several responses).
  const unique = new Map<string, ObservedCookie>();
  for (const c of out) {
    const key = `${c.name}\u0000${c.domain.replace(/^\./, '')}`;
    if (!unique.has(key)) unique.set(key, c);
  }
  return [...unique.values()];
}

/** Requests to other sites (not `site`), without query strings, with their initiator. */
function thirdPartyRequests(
  requests: readonly SeenRequest[],
  site: string,
  initiators: ReadonlyMap<string, string>,
  choiceAt: number,
): ObservedRequest[] {
  const out: ObservedRequest[] = [];
  for (const { request, at } of requests) {
    const url = request.url();
    if (!/^https?:/.test(url)) continue;
    const host = hostOf(url);
    if (siteOf(host) === site) continue;
    let initiator = initiators.get(url);
    if (!initiator) {
      try {
        initiator = request.frame().url();
      } catch {
        initiator = undefined;
      }
    }
    const item: ObservedRequest = { url: noQuery(url), host, resourceType: request.resourceType(), afterChoice: at >= choiceAt };
    if (initiator && /^https?:/.test(initiator)) item.initiator = noQuery(initiator);
    out.push(item);
  }
  return out;
}
