/**
 * The one place the declarations live while the marketer edits them. Every change goes through
 * `set`/`update` and produces a new object (see set-in.ts), so views compare by reference and an
 * older state is never changed under a render that still holds it.
 */
import type { Declarations } from '@akkoord/privacy-statement';
import { setIn, type Path } from './set-in.js';

/** A listener called after every change with the new declarations. */
export type Listener = (d: Declarations) => void;

/** The declarations store. */
export interface Store {
  /** The current declarations (never mutated). */
  get(): Declarations;
  /** Writes `value` at `path`; `undefined` or `''` removes the key. */
  set(path: Path, value: unknown): void;
  /** Replaces the declarations with what `fn` returns for the current ones. */
  update(fn: (d: Declarations) => Declarations): void;
  /** Replaces the whole declarations (import, start over). */
  replace(d: Declarations): void;
  /** Calls `fn` after each change; returns the unsubscribe function. */
  subscribe(fn: Listener): () => void;
}

/** Creates a store holding `initial`. */
export function createStore(initial: Declarations = {}): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  const commit = (next: Declarations) => {
    if (next === state) return;
    state = next;
    for (const fn of [...listeners]) fn(state);
  };
  return {
    get: () => state,
    set: (path, value) => commit(setIn(state, path, value)),
    update: (fn) => commit(fn(state)),
    replace: (d) => commit(d),
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
