/**
 * Keeps the declarations in localStorage so closing the tab loses nothing, and nothing leaves the
 * machine. Storage is injected (a plain object in tests, `window.localStorage` in the page).
 */
import type { Declarations } from '@akkoord/privacy-statement';
import { AUTOSAVE_DEBOUNCE_MS, STORAGE_KEY } from './constants.js';
import type { Store } from './store.js';

/** The part of the Web Storage API the autosave uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The saved declarations, or `undefined` when none are saved or the saved text is unreadable. */
export function loadSaved(storage: KeyValueStorage | undefined): Declarations | undefined {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const data: unknown = JSON.parse(raw);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Declarations) : undefined;
  } catch {
    // Private mode or a damaged entry: start empty rather than not at all.
    return undefined;
  }
}

/** Removes the saved declarations (start over). */
export function clearSaved(storage: KeyValueStorage | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    /* storage unavailable: nothing to clear */
  }
}

/**
 * Saves after each change once the user pauses for `delay` ms. Returns a function that writes a
 * pending save at once (call on page hide so the last keystrokes are kept); saving continues.
 */
export function attachAutosave(store: Store, storage: KeyValueStorage | undefined, delay = AUTOSAVE_DEBOUNCE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    try {
      storage?.setItem(STORAGE_KEY, JSON.stringify(store.get()));
    } catch {
      /* quota or private mode: the work stays in the page; export still works */
    }
  };
  store.subscribe(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delay);
  });
  return () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      save();
    }
  };
}
