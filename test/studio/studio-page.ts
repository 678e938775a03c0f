/**
 * Shared steps of the studio's real-browser tests: make sure the build exists, serve it, open a
 * page with a chosen interface language, read the sandboxed preview, fill a small business.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser } from '../helpers/launch-browser.mjs';
import { serveStatic, type StaticServer } from './static-server.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The studio's static build. */
export const DIST = `${ROOT}packages/studio/dist`;
/** The autosave key (same as src/constants.ts, kept literal so the test notices a silent change). */
export const STORAGE_KEY = 'akkoord-studio:declarations:v1';

/**
 * The suite tests the real build, which `npm test` makes first. A missing build is an error that
 * says so (it used to fall back to a rollup config that no longer exists).
 */
export function ensureBuilt(): void {
  if (existsSync(`${DIST}/studio.js`) && existsSync(`${DIST}/index.html`)) return;
  throw new Error(`the studio is not built (${DIST}/studio.js or index.html is missing): run npm run build first`);
}

/** An init script that fixes the interface language before the app reads it. */
export const uiLang = (lang: 'nl' | 'en') => `try{localStorage.setItem('akkoord-studio:ui-lang','${lang}')}catch(e){}`;

/** The frame of the preview iframe (sandboxed; Playwright reaches it through the browser protocol). */
export async function previewFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.preview-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('preview iframe has no frame');
  return frame;
}

/** The preview's visible text once the frame has been rebuilt. */
export async function previewText(page: Page): Promise<string> {
  const frame = await previewFrame(page);
  return frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
}

/** The declarations as autosaved (after the autosave pause). */
export async function savedState(page: Page): Promise<unknown> {
  await page.waitForTimeout(600);
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), STORAGE_KEY);
}

/** Fills a small invented business through the form: a bakery with a webshop and a US mailing service. */
export async function fillSmallBusiness(page: Page): Promise<void> {
  await page.fill('#f-organisation-legalName', 'Bakkerij Het Zoete Broodje B.V.');
  await page.fill('#f-organisation-kvk', '81234567');
  await page.fill('#f-organisation-address-street', 'Molenstraat 3');
  await page.fill('#f-organisation-address-postalCode', '3811 AB');
  await page.fill('#f-organisation-address-city', 'Amersfoort');
  await page.fill('#f-organisation-email', 'info@zoetebroodje.example');
  await page.check('#f-dpo-none');
  await page.locator('#s-subjects .add').first().click();
  await page.fill('#f-dataSubjects-0-label-nl', 'klanten');
  await page.fill('#f-dataSubjects-0-label-en', 'customers');
  await page.locator('#s-subjects .add').nth(1).click();
  await page.fill('#f-dataCategories-0-label-nl', 'naam en e-mailadres');
  await page.fill('#f-dataCategories-0-label-en', 'name and email address');
  await page.locator('#s-recipients .add').last().click();
  // A company name starts as one text for both languages.
  await page.fill('#f-recipients-0-name-both', 'Mailwolk Inc.');
  await page.fill('#f-recipients-0-service-nl', 'verstuurt onze nieuwsbrief');
  await page.fill('#f-recipients-0-service-en', 'sends our newsletter');
  await page.selectOption('#f-recipients-0-country', 'US');
  await page.selectOption('#f-recipients-0-transfer-mechanism', 'dpf');
  await page.fill('#f-recipients-0-transfer-dpfCheckedOn', '2026-10-01');
  await page.selectOption('#f-recipients-0-transfer-fallback', 'sccs');
  await page.check('#f-recipients-0-processingAgreement-signed');
  await page.locator('#s-purposes .add').last().click();
  await page.fill('#f-purposes-0-name-nl', 'Nieuwsbrief sturen');
  await page.fill('#f-purposes-0-name-en', 'Sending the newsletter');
  await page.fill('#f-purposes-0-description-nl', 'Wij mailen u één keer per maand ons nieuwe brood.');
  await page.fill('#f-purposes-0-description-en', 'We email you our new bread once a month.');
  await page.check('#f-purposes-0-dataSubjects-0');
  await page.check('#f-purposes-0-dataCategories-0');
  await page.check('#f-purposes-0-legalBasis-consent');
  await page.fill('#f-purposes-0-consentWithdrawal-nl', 'met de afmeldlink onder elke nieuwsbrief');
  await page.fill('#f-purposes-0-consentWithdrawal-en', 'with the unsubscribe link in every newsletter');
  await page.selectOption('#f-purposes-0-provision-requirement', 'voluntary');
  await page.check('#f-purposes-0-recipients-0');
  await page.fill('#f-purposes-0-retention-criterion-nl', 'tot u zich afmeldt');
  await page.fill('#f-purposes-0-retention-criterion-en', 'until you unsubscribe');
  await page.fill('#f-meta-version', '1.0');
  await page.fill('#f-meta-effectiveDate', '2026-11-01');
}

/** What {@link useStudio} hands to the tests once `beforeAll` has run. */
export interface StudioSuite {
  browser: Browser;
  server: StaticServer;
  /** A new context (closed after the test) with one page, kept for a test that builds its own. */
  track(context: BrowserContext): BrowserContext;
  /**
   * The studio in a fresh context with the interface in `lang`, once its form is there; a script
   * error at load fails at once with that error instead of a timeout. Confirm dialogs are accepted.
   */
  open(lang?: 'nl' | 'en', viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
}

/**
 * One Chromium and one static server for the studio's build per test file, a fresh context per
 * test. Call at the top of a `describe`; `extra` serves more files (e.g. axe-core).
 */
export function useStudio(extra: Record<string, string> = {}): StudioSuite {
  const contexts: BrowserContext[] = [];
  const suite = {} as StudioSuite;
  beforeAll(async () => {
    ensureBuilt();
    suite.server = await serveStatic(DIST, extra);
    suite.browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  suite.track = (context) => (contexts.push(context), context);
  suite.open = async (lang = 'en', viewport = { width: 1400, height: 900 }) => {
    const context = suite.track(await suite.browser.newContext({ viewport, acceptDownloads: true, serviceWorkers: 'block' }));
    await context.addInitScript(uiLang(lang));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${suite.server.origin}/`);
    const deadline = Date.now() + 20_000;
    while (!(await page.$('#f-organisation-legalName'))) {
      if (errors.length) throw new Error(`the studio failed to start (${DIST}/studio.js): ${errors.join('; ')}`);
      if (Date.now() > deadline) throw new Error('the studio form did not appear within 20 s');
      await page.waitForTimeout(100);
    }
    return { page, errors };
  };
  return suite;
}
