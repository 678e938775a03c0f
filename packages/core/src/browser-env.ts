import { documentCookies } from './document-cookies.js';
import type { Env } from './env.js';
import { randomId } from './random-id.js';

/**
 * The real environment: `document.cookie` (documentCookies), `navigator`, `location`, `window`.
 * Read at call time, never at import, so importing core in Node or during SSR is safe; outside
 * a browser it returns inert stand-ins (no cookies, no document).
 */
export function browserEnv(): Env {
  const w = typeof window == 'undefined' ? undefined : window;
  const nav = w && (navigator as Navigator & { globalPrivacyControl?: boolean });
  return {
    now: Date.now,
    randomId: () => randomId(),
    cookies: w ? documentCookies(document) : { get: ((n?: string) => (n ? undefined : {})) as never, set() {}, remove() {} },
    gpc: () => nav?.globalPrivacyControl === true,
    languages: () => (nav ? nav.languages || [nav.language] : []),
    doc: w && document,
    location: w ? location : { protocol: '', hostname: '', pathname: '/', reload() {} },
    win: (w || {}) as Env['win'],
  };
}
