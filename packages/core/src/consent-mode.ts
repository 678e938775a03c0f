import { browserEnv } from './browser-env.js';
import { CONSENT_MODE_TYPES } from './constants.js';
import type { Env } from './env.js';
import { isGranted } from './is-granted.js';
import type { ConsentManager } from './types.js';

/**
 * Google Consent Mode v2. Pushes `consent default` (every type denied except `security_storage` and the types
 * the required category maps to, with `wait_for_update`) into `window.dataLayer` at once, then `consent update` when a stored
 * decision exists and after every change. A type is granted when any granted category maps to it
 * (`config.consentMode.mapping`, defaults in constants.ts).
 *
 * Call it before createGate, so the default is in `dataLayer` before any gated tag can run.
 * gtag.js only processes `arguments` objects in `dataLayer`, not arrays, so commands go through
 * the page's `window.gtag` when defined, otherwise through the same `dataLayer.push(arguments)`.
 * Nothing else (`ads_data_redaction`, `url_passthrough`) is set: those are the site's choice.
 * @returns a function that pushes `consent update` now (it also runs on every `change`)
 */
export function consentMode(manager: ConsentManager, env: Env = browserEnv()): () => void {
  const { enabled, waitForUpdate, mapping } = manager.config.consentMode!;
  const update = () => gtag('consent', 'update', state(manager.has));
  if (enabled === false) return () => {};
  const w = env.win;
  const layer = (w.dataLayer ||= []);
  const gtag =
    w.gtag ||
    function () {
      // eslint-disable-next-line prefer-rest-params
      layer.push(arguments);
    };
  const state = (has: (category: string) => boolean) => {
    const s: Record<string, string> = {};
    for (const t of CONSENT_MODE_TYPES) s[t] = t == 'security_storage' ? 'granted' : 'denied';
    for (const c in mapping) if (has(c)) for (const t of mapping[c]!) s[t] = 'granted';
    return s;
  };
  // Before any decision only the required category counts as granted.
  gtag('consent', 'default', { ...state((c) => isGranted(manager.config, null, c)), wait_for_update: waitForUpdate });
  if (manager.get()) update();
  manager.on('change', update);
  return update;
}
