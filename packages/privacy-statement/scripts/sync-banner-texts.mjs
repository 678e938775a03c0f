/**
 * Copies the banner's German and French texts (packages/banner/src/locales/<lang>/banner.json)
 * to locales/<lang>/banner.json here. `akkoord banner-config` inlines them into consent.json's
 * `texts` when the declarations ask for those banner languages; they are not in akkoord.js, and
 * this package cannot read the banner's source folder once installed from npm, so it ships a copy.
 * test/banner-languages.test.ts fails when a copy differs from its source: run this script then.
 *
 *   node packages/privacy-statement/scripts/sync-banner-texts.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

for (const lang of ['de', 'fr']) {
  const from = fileURLToPath(new URL(`../../banner/src/locales/${lang}/banner.json`, import.meta.url));
  const to = fileURLToPath(new URL(`../locales/${lang}/banner.json`, import.meta.url));
  writeFileSync(to, readFileSync(from));
  console.log(`wrote ${to}`);
}
