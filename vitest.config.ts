import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    // Sibling packages are tested from source, like the root tsconfig `paths`.
    alias: [
      { find: /^@akkoord\/([a-z-]+)$/, replacement: `${root}packages/$1/src/index.ts` },
      // The scanner's browser-safe subpath (the studio imports it).
      { find: /^@akkoord\/scanner\/browser$/, replacement: `${root}packages/scanner/src/browser.ts` },
    ],
  },
  // Production JSX transform in tests too: the development one adds `__self`/`__source` props,
  // which the banner's own renderer (packages/banner/src/dom.ts) would write as attributes.
  oxc: { jsx: { development: false } },
  test: {
    // The JSON report feeds the one-line summary CI prints (scripts/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.{ts,tsx}'],
          environment: 'node',
          // The studio's whole-form renders in happy-dom take 1–3 s alone and over 5 s (the default)
          // when the two cores also run the browser project and PostgreSQL: a slow machine is not a bug.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // Real Chromium, real HTTP servers on 127.0.0.1: one file at a time on 2 cores.
          name: 'browser',
          include: ['test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
