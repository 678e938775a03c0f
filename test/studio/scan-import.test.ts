/**
 * The studio imports a JSON scan report (`akkoord scan --format json`) in real Chromium: it shows
 * the scan's findings in the reports' words, applies the scan to the cookie list, and the new
 * entries reach the YAML export. A file that is not a scan report is refused with its name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sampleReport } from '../../packages/scanner/test/sample-report.js';
import { browserAvailable } from '../helpers/launch-browser.mjs';
import { DIST, ROOT, savedState, useStudio } from './studio-page.js';

/** The marketer's declarations before the scan: one cookie, which the scan also finds. */
const DECLARATIONS = `organisation:
  legalName: Bakkerij De Korenschoof B.V.
cookies:
  - name: CookieConsent
    category: necessary
    purpose: { nl: onthoudt uw cookiekeuze, en: remembers your cookie choice }
    duration: P1Y
`;

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe.runIf(browserAvailable())('studio: importing a scan report (Chromium)', () => {
  const { open } = useStudio({ '/axe.min.js': `${ROOT}node_modules/axe-core/axe.min.js` });

  it("the bundle carries the scanner's browser part and nothing of Node or playwright", () => {
    const js = readFileSync(`${DIST}/studio.js`, 'utf8');
    expect(js).toContain('akkoord-scan');
    expect(js).not.toMatch(/playwright/i);
    expect(js).not.toMatch(/(?:\bfrom|\bimport\s*\(?)\s*["']node:/);
  });

  it('shows the findings, applies the scan to the cookies and exports them', async () => {
    const { page, errors } = await open('en');
    await page.setInputFiles('#import-file', { name: 'privacy.yaml', mimeType: 'text/yaml', buffer: Buffer.from(DECLARATIONS) });
    await expect.poll(() => page.inputValue('#f-organisation-legalName')).toBe('Bakkerij De Korenschoof B.V.');

    await page.setInputFiles('#import-scan', file('bakkerij-scan.json', JSON.stringify(sampleReport(), null, 2)));
    await page.locator('#scan-h').waitFor();
    expect(await page.locator('#import-status').innerText()).toContain('Scan opened: bakkerij-scan.json');
    // The heading takes focus, so a screen reader announces the new panel.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scan-h');
    const first = page.locator('.scan-finding').first();
    expect(await first.locator('.scan-sentence').innerText()).toBe(
      'Cookie _fbp (Meta Pixel, marketing) was still stored after the visitor rejected all, on 2 pages.',
    );
    expect(await page.locator('.scan-panel h3').allInnerTexts()).toEqual(['Violations (4)', 'Undeclared (2)', 'To check (3)', 'Hints (1)']);
    // Pages are folded until asked for.
    expect(await first.locator('details li').first().isVisible()).toBe(false);
    await first.locator('summary').first().click();
    expect(await first.locator('details li').first().innerText()).toBe('https://bakkerij.example/');
    await page.addScriptTag({ url: '/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
      ).axe;
      return (await axe.run('#scan')).violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    });
    expect(violations).toEqual([]);

    await page.click('#apply-scan');
    await expect.poll(() => page.locator('#scan-applied').innerText()).toMatch(/^Added 5 entries to the cookies: /);
    const names = () =>
      page.locator('#s-cookies input[id^="f-cookies-"][id$="-name"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const expected = ['CookieConsent', '*script*alert(1)*/script*', '_fbp', '_ga', '_gid', 'a|b'];
    await expect.poll(names).toEqual(expected);
    expect(await page.inputValue('#f-cookies-2-provider')).toBe('Meta Platforms');
    expect(await page.inputValue('#f-cookieScan-date')).toBe('2025-06-02');
    // Applying again changes nothing.
    await page.click('#apply-scan');
    await expect.poll(() => page.locator('#scan-applied').innerText()).toBe('The last scan is set; there was nothing new to add.');
    expect(await names()).toEqual(expected);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-yaml')]);
    const exported = parse(readFileSync(await download.path(), 'utf8')) as {
      cookies: { name: string; purpose: unknown }[];
      cookieScan: unknown;
    };
    expect(exported.cookies.map((c) => c.name)).toEqual(expected);
    expect(exported.cookies[0]?.purpose).toEqual({ nl: 'onthoudt uw cookiekeuze', en: 'remembers your cookie choice' });
    expect(exported.cookieScan).toEqual({
      date: '2025-06-02',
      found: ['"><script>alert(1)</script>', 'CookieConsent', '_fbp', '_ga', '_gid', 'a|b'],
    });
    expect(((await savedState(page)) as { cookies: unknown[] }).cookies).toHaveLength(6);
    // Closing the panel gives focus back to the scan button.
    await page.click('#close-scan');
    expect(await page.locator('#scan').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-scan');
    expect(errors).toEqual([]);
  });

  it('refuses a file that is no scan report, naming it, in Dutch, and keeps the form', async () => {
    const { page, errors } = await open('nl');
    expect(await page.locator('label:has(#import-scan)').innerText()).toBe('Scan importeren');
    await page.fill('#f-organisation-legalName', 'Blijf staan B.V.');
    const status = page.locator('#import-status');
    await page.setInputFiles('#import-scan', file('privacy.json', '{"organisation": {"legalName": "X"}}'));
    await expect
      .poll(() => status.innerText())
      .toContain('privacy.json is geen scanrapport van Akkoord: "format": "akkoord-scan" ontbreekt.');
    await page.setInputFiles('#import-scan', file('scan-v2.json', JSON.stringify({ ...sampleReport(), version: 2 })));
    await expect
      .poll(() => status.innerText())
      .toContain('scan-v2.json is een scanrapport van Akkoord met versie 2; deze studio kan alleen versie 1 lezen.');
    await page.setInputFiles('#import-scan', file('kapot.json', '{"format": "akkoord-scan",'));
    await expect.poll(() => status.innerText()).toContain('kapot.json is geen JSON-bestand');
    expect(await page.locator('#scan').count()).toBe(0);
    expect(await page.inputValue('#f-organisation-legalName')).toBe('Blijf staan B.V.');
    expect(errors).toEqual([]);
  });
});
