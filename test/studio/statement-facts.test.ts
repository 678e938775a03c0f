/**
 * Issue 12's new declarations in the real studio: camera surveillance and what does not happen
 * (`absent`), typed in the form, reach the live preview in both languages and the saved YAML file;
 * the statement's address is part of that file too. Real Chromium against the static build, as in
 * studio.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { browserAvailable } from '../helpers/launch-browser.mjs';
import { fillSmallBusiness, previewText, savedState, useStudio } from './studio-page.js';

describe.runIf(browserAvailable())('new declarations in the studio (Chromium)', () => {
  const { open } = useStudio();

  /** Shows the statement in `lang` and waits until its text matches. */
  async function previewShows(page: Page, lang: 'nl' | 'en', text: RegExp): Promise<void> {
    await page.check(`input[name=preview-lang][value=${lang}]`);
    await expect.poll(() => previewText(page), { timeout: 15_000 }).toMatch(text);
  }

  it('camera surveillance and what does not happen reach the preview and the YAML file', async () => {
    const { page, errors } = await open('en');
    await fillSmallBusiness(page);

    // The purpose the footage is for carries its basis and retention.
    await page.locator('#s-purposes .add').last().click();
    await page.fill('#f-purposes-1-name-nl', 'Cameratoezicht in de winkel');
    await page.fill('#f-purposes-1-name-en', 'Camera surveillance in the shop');
    await page.check('#f-purposes-1-legalBasis-legitimate-interests');
    await page.fill('#f-purposes-1-legitimateInterest-nl', 'diefstal voorkomen en bewijzen');
    await page.fill('#f-purposes-1-legitimateInterest-en', 'preventing and proving theft');
    await page.fill('#f-purposes-1-retention-period-amount', '4');
    await page.selectOption('#f-purposes-1-retention-period-unit', 'W');

    // Ticking the box opens the block; the one required answer is asked at once.
    expect(await page.locator('#f-camera-locations-nl').count()).toBe(0);
    await page.check('#f-camera-on');
    await expect.poll(() => page.locator('#f-camera-findings [data-rule="SCHEMA"]').count()).toBe(1);
    await page.selectOption('#f-camera-purpose', 'purpose-2');
    await page.fill('#f-camera-locations-nl', 'bij de ingang en boven de kassa');
    await page.fill('#f-camera-locations-en', 'at the entrance and above the till');
    await expect.poll(() => page.locator('#f-camera-findings [data-rule="SCHEMA"]').count()).toBe(0);
    await page.fill('#f-camera-notFilmed-nl', 'het toilet en de personeelsruimte');
    await page.fill('#f-camera-notFilmed-en', 'the toilet and the staff room');
    await page.selectOption('#f-camera-sound', 'no');
    await page.fill('#f-camera-viewers-nl', 'de eigenaar');
    await page.fill('#f-camera-viewers-en', 'the owner');
    await page.fill('#f-camera-viewingWhen-nl', 'alleen na een incident');
    await page.fill('#f-camera-viewingWhen-en', 'only after an incident');
    await page.selectOption('#f-camera-signs', 'yes');

    // Asked beside the data and the purposes they are about.
    expect(await page.locator('#s-subjects #f-absent-specialCategories').count()).toBe(1);
    expect(await page.locator('#s-purposes #f-absent-profiling').count()).toBe(1);
    await page.check('#f-absent-specialCategories');
    await page.check('#f-absent-profiling');

    const saved = (await savedState(page)) as Record<string, unknown>;
    expect(saved.camera).toEqual({
      purpose: 'purpose-2',
      locations: { nl: 'bij de ingang en boven de kassa', en: 'at the entrance and above the till' },
      notFilmed: { nl: 'het toilet en de personeelsruimte', en: 'the toilet and the staff room' },
      // "No" is written as false: the statement may then say the cameras record no sound.
      sound: false,
      viewers: { nl: 'de eigenaar', en: 'the owner' },
      viewingWhen: { nl: 'alleen na een incident', en: 'only after an incident' },
      signs: true,
    });
    // Only what was ticked: an unticked box is no claim.
    expect(saved.absent).toEqual({ specialCategories: true, profiling: true });

    // The statement starts each answer with a capital and closes it with a full stop.
    await previewShows(page, 'en', /at the entrance and above the till/i);
    const en = (await previewText(page)).toLowerCase();
    for (const s of ['the toilet and the staff room', 'the owner', 'only after an incident', 'do not record sound'])
      expect(en).toContain(s);
    expect(en).toMatch(/special categor/i);
    expect(en).toMatch(/profiling/i);
    await previewShows(page, 'nl', /bij de ingang en boven de kassa/i);
    const nl = (await previewText(page)).toLowerCase();
    for (const s of ['het toilet en de personeelsruimte', 'de eigenaar', 'alleen na een incident']) expect(nl).toContain(s);
    expect(nl).toMatch(/bijzondere persoonsgegevens/i);
    expect(nl).toMatch(/profilering/i);

    // The YAML file holds exactly what was autosaved, the new blocks included.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-yaml')]);
    const exported = parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(exported).toEqual(saved);
    expect(exported.camera).toMatchObject({ sound: false, signs: true });
    expect(exported.absent).toEqual({ specialCategories: true, profiling: true });

    // Unticking removes the whole block again.
    await page.uncheck('#f-camera-on');
    expect((await savedState(page)) as Record<string, unknown>).not.toHaveProperty('camera');
    expect(errors).toEqual([]);
  });

  it('a company name is one text until split, and the split names reach each language', async () => {
    const { page } = await open('nl');
    await fillSmallBusiness(page);
    await page.click('#f-recipients-0-name button.link');
    await page.fill('#f-recipients-0-name-nl', 'Mailwolk Nederland');
    await page.fill('#f-recipients-0-name-en', 'Mailwolk Netherlands');
    const saved = (await savedState(page)) as { recipients: { name: unknown }[] };
    expect(saved.recipients[0]?.name).toEqual({ nl: 'Mailwolk Nederland', en: 'Mailwolk Netherlands' });
    await previewShows(page, 'nl', /Mailwolk Nederland/);
    expect(await previewText(page)).not.toContain('Mailwolk Netherlands');
    await previewShows(page, 'en', /Mailwolk Netherlands/);
    expect(await previewText(page)).not.toContain('Mailwolk Nederland');
  });
});
