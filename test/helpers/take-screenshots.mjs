// Screenshots for the docs, on the demo site (its own colours, docs/configuration.md "Theming"):
// the first layer as a box and as a bar, light and dark, on a 390 px phone and a 1280 px laptop;
// the first layer on the Dutch page and the preferences dialog on the English one.
// Run after `npm run build`:  node test/helpers/take-screenshots.mjs
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './launch-browser.mjs';
import { startDemo } from './start-demo.mjs';

const out = fileURLToPath(new URL('../../docs/img/', import.meta.url));
mkdirSync(out, { recursive: true });
const demo = await startDemo();
const browser = await launchBrowser();
try {
  /**
   * One screenshot of the demo at `path`. `look` is laid over the demo's consent.json (as
   * `akkoord banner-config --layout …` would write it); `openDialog` opens the preferences first.
   */
  const shoot = async (file, { path = '/', width = 1100, height = 760, colorScheme = 'light', look, openDialog = false }) => {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, colorScheme });
    const page = await context.newPage();
    if (look)
      await page.route('**/consent.json', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, json: { ...(await response.json()), ...look } });
      });
    await page.goto(demo.url + path);
    await page.locator('#akkoord-root [data-action="accept-all"]').waitFor({ state: 'visible' });
    if (openDialog) {
      await page.locator('#akkoord-root [data-action="preferences"]').first().click();
      await page.locator('#akkoord-root [data-action="save"]').waitFor({ state: 'visible' });
    }
    await page.waitForTimeout(300); // fonts and images of the page settled
    await page.screenshot({ path: out + file });
    await context.close();
    console.log(`wrote docs/img/${file}`);
  };
  await shoot('banner-nl.png', { path: '/' });
  await shoot('dialog-en.png', { path: '/en/', openDialog: true });
  for (const layout of ['box', 'bar'])
    for (const colorScheme of ['light', 'dark'])
      for (const [width, height] of [
        [390, 760],
        [1280, 720],
      ])
        await shoot(`banner-${layout}-${colorScheme}-${width}.png`, { path: '/en/', width, height, colorScheme, look: { layout } });
  await shoot('banner-box-bottom-right-1280.png', {
    path: '/en/',
    width: 1280,
    height: 720,
    look: { layout: 'box', position: 'bottom-right' },
  });
} finally {
  await browser.close();
  await demo.stop();
}
