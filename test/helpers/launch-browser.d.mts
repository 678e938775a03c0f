import type { Browser } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser; we never download one. */
export declare const CHROMIUM_PATH: string;
/** Flags that keep Chromium quiet, offline and deterministic on a shared CI box. */
export declare const CHROMIUM_ARGS: readonly string[];
/**
 * Whether the real-browser suites can run: true when Chromium is installed; throws when it is
 * missing in CI (`CI=true` or `CI=1`, see is-ci.mjs); otherwise warns loudly (with the install
 * command) and returns false.
 */
export declare function browserAvailable(): boolean;
/** Options of {@link launchBrowser}. */
export interface LaunchOptions {
  /** Extra Chromium command-line flags. */
  args?: string[];
}
/** Launches headless Chromium with a fresh temporary profile (see launch-browser.mjs). */
export declare function launchBrowser(options?: LaunchOptions): Promise<Browser>;
