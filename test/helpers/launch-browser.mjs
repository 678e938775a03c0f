// Starts the Debian Chromium through playwright-core for the real-browser tests and the bench.
// Plain JavaScript (typed by launch-browser.d.mts) so scripts/bench/*.mjs can share it without
// a TypeScript loader.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { isCI } from './is-ci.mjs';

/** Where Debian's `chromium` package installs the browser; we never download one. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep Chromium quiet, offline and deterministic on a shared CI box. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let warned = false;

/**
 * Whether the real-browser suites can run. In CI (`CI=true` or `CI=1`, see is-ci.mjs) a missing
 * browser is an error, so the run fails instead of passing with nothing tested; elsewhere the
 * suites are skipped with a loud warning that says how to install it.
 */
export function browserAvailable() {
  if (existsSync(CHROMIUM_PATH)) return true;
  const how = `Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium`;
  if (isCI()) throw new Error(`${how} (CI=${process.env.CI}: the real-browser tests must not be skipped)`);
  if (!warned) {
    warned = true;
    console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING the real-browser tests. ${how}\n${'!'.repeat(78)}\n`);
  }
  return false;
}

/**
 * Launches headless Chromium. `chromium.launch` gives every launch a fresh temporary profile
 * (user-data-dir) that Playwright deletes on `close()`, so no cookie or cache leaks from one run
 * into the next; each test then opens its own `browser.newContext()` for a clean cookie jar.
 */
export async function launchBrowser(options = {}) {
  if (!browserAvailable()) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
