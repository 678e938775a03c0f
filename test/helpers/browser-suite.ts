/**
 * One Chromium and one test server per test file (both are slow to start), a fresh browser
 * context per test (a clean cookie jar), everything closed afterwards.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, type LaunchOptions } from './launch-browser.mjs';
import { startTestServer, type Route, type TestServer } from './test-server.mjs';

/** What {@link useBrowser} hands to the tests once `beforeAll` has run. */
export interface BrowserSuite {
  browser: Browser;
  server: TestServer;
  /** A new context (closed after the test) with one page. */
  open(options?: { viewport?: { width: number; height: number }; initScript?: string }): Promise<{ context: BrowserContext; page: Page }>;
}

/** Registers the hooks; call at the top of a `describe`. */
export function useBrowser(routes: Record<string, Route> = {}, launch: LaunchOptions = {}): BrowserSuite {
  const contexts: BrowserContext[] = [];
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.server = await startTestServer(routes);
    suite.browser = await launchBrowser(launch);
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  suite.open = async (options = {}) => {
    const context = await suite.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
    contexts.push(context);
    if (options.initScript) await context.addInitScript(options.initScript);
    return { context, page: await context.newPage() };
  };
  return suite;
}
