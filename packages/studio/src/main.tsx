/**
 * Entry of the studio bundle: restores the autosaved declarations, mounts the app, keeps saving.
 * Nothing here runs at import time except `start()` guarded for the browser.
 */
import { render } from 'preact';
import { App } from './app.js';
import { attachAutosave, clearSaved, loadSaved, type KeyValueStorage } from './autosave.js';
import { UI_LANG_KEY } from './constants.js';
import type { UiLang } from './i18n.js';
import { adoptSavedStatementUrl } from './statement-url.js';
import { createStore } from './store.js';

const storage = (): KeyValueStorage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** The saved interface language, else the browser's (Dutch unless it prefers something else). */
function initialLang(s: KeyValueStorage | undefined): UiLang {
  const saved = s?.getItem(UI_LANG_KEY);
  if (saved === 'nl' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** Mounts the studio into `#app`. */
export function start(root: HTMLElement): void {
  const s = storage();
  const store = createStore(loadSaved(s) ?? {});
  const flush = attachAutosave(store, s);
  // An address an earlier version kept beside the declarations moves into them, saved at once.
  store.replace(adoptSavedStatementUrl(s, store.get()));
  flush();
  addEventListener('pagehide', flush);
  const today = new Date().toISOString().slice(0, 10);
  // Remove the static "Loading…" text: Preact renders beside existing children, not over them.
  root.textContent = '';
  render(
    <App
      store={store}
      initialLang={initialLang(s)}
      today={today}
      onLang={(l) => s?.setItem(UI_LANG_KEY, l)}
      onStartOver={() => {
        clearSaved(s);
        store.replace({});
      }}
    />,
    root,
  );
  // Navigation start → form rendered, for the browser test and `npm run bench`.
  performance.mark('akkoord-studio:interactive');
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    // Offline after the first visit; relative URL so the studio works under any path.
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  }
}

if (typeof document !== 'undefined') {
  const root = document.getElementById('app');
  if (root) start(root);
}
