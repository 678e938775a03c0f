import type { ChangeDetail, ConsentDecision, ConsentEvent, ConsentManager } from '@akkoord/core';
import type { Banner } from './mount-banner.js';

type Fn = ((detail: ChangeDetail) => void) | (() => void);

/** `window.akkoord`, the script-tag build's API (DESIGN.md "Global API"). */
export interface AkkoordApi {
  /** The current decision, or `null` (also before the config has loaded, or when it is invalid). */
  get(): ConsentDecision | null;
  /** Whether `category` or `category:service` is granted. */
  has(what: string): boolean;
  acceptAll(): void;
  rejectAll(): void;
  /** Grant exactly these categories (plus the required one). */
  accept(categories: string[]): void;
  /** Show the first layer again. */
  show(): void;
  /** Open the preferences dialog. */
  showPreferences(): void;
  /** Forget the decision and ask again. */
  reset(): void;
  /** Listen to `ready` or `change`; listeners added before the config has loaded are kept. */
  on(event: ConsentEvent, fn: Fn): void;
  off(event: ConsentEvent, fn: Fn): void;
  /** @internal connects the API once the manager and the banner exist. */
  _attach(m: ConsentManager, ui: Banner): void;
}

/**
 * Creates `window.akkoord` before the config has loaded, so a site can call `on()` at once. Until
 * then (and for good when the config is invalid) it grants nothing and does nothing: fail closed.
 */
export function createApi(): AkkoordApi {
  let m: ConsentManager | undefined;
  let ui: Banner | undefined;
  const early: [ConsentEvent, Fn][] = [];
  return {
    get: () => m?.get() ?? null,
    has: (what) => !!m?.has(what),
    acceptAll: () => m?.acceptAll(),
    rejectAll: () => m?.rejectAll(),
    accept: (c) => m?.accept(c),
    show: () => ui?.show(),
    showPreferences: () => ui?.showPreferences(),
    reset() {
      m?.reset();
      ui?.show();
    },
    on: (e, fn) => (m ? m.on(e, fn as never) : early.push([e, fn])),
    off: (e, fn) => m?.off(e, fn as never),
    _attach(manager, banner) {
      m = manager;
      ui = banner;
      for (const [e, fn] of early) m.on(e, fn as never);
    },
  };
}
