// Screenshots for the docs: the first layer on the Dutch demo page and the preferences dialog
// on the English one. Run after `npm run build`:  node test/helpers/take-screenshots.mjs
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './launch-browser.mjs';
import { startDemo } from './start-demo.mjs';

const out = fileURLToPath(new URL('../../docs/img/', import.meta.url));
mkdirSync(out, { recursive: true });
const demo = await startDemo();
const browser = await launchBrowser();
try {
  const shoot = async (path, file, openDialog) => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(demo.url + path);
    await page.locator('#akkoord-root [data-action="accept-all"]').waitFor({ state: 'visible' });
    if (openDialog) {
      await page.locator('#akkoord-root [data-action="preferences"]').first().click();
      await page.locator('#akkoord-root [data-action="save"]').waitFor({ state: 'visible' });
    }
    await page.waitForTimeout(500); // entry animations done
    await page.screenshot({ path: out + file });
    await context.close();
    console.log(`wrote docs/img/${file}`);
  };
  await shoot('/', 'banner-nl.png', false);
  await shoot('/en/', 'dialog-en.png', true);
} finally {
  await browser.close();
  await demo.stop();
}
