import { accessSync, constants } from 'node:fs';

/** Where Chromium or Chrome is usually installed, in the order we try them. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The one line printed when no browser is found: what we looked for and how to get one. */
export class ChromiumNotFound extends Error {
  constructor(tried: string[]) {
    super(
      `no Chromium found (looked at ${tried.join(', ')}). Install it (Debian/Ubuntu: apt-get install -y chromium; ` +
        'macOS: install Google Chrome) or name it with --chromium <path> or CHROMIUM_PATH. The scanner never downloads a browser.',
    );
    this.name = 'ChromiumNotFound';
  }
}

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The browser to drive: `explicit` (--chromium) if given, else `CHROMIUM_PATH`, else the first
 * usual location that exists. An explicit path that is not executable is an error too, rather
 * than silently using another browser.
 */
export function findChromium(explicit?: string, env: Record<string, string | undefined> = process.env): string {
  const named = explicit ?? env['CHROMIUM_PATH'];
  if (named) {
    if (isExecutable(named)) return named;
    throw new ChromiumNotFound([named]);
  }
  const found = CHROMIUM_CANDIDATES.find(isExecutable);
  if (!found) throw new ChromiumNotFound(CHROMIUM_CANDIDATES);
  return found;
}
