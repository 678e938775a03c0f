/**
 * What every form control needs, handed down through one Preact context instead of props on
 * every level: the current declarations, the write function, the interface text and the
 * validator findings grouped by the field that shows them.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Declarations, Finding } from './generator.js';
import type { T, UiLang } from './i18n.js';
import type { Path } from './set-in.js';

/** The studio context value. */
export interface StudioContextValue {
  d: Declarations;
  set: (path: Path, value: unknown) => void;
  update: (fn: (d: Declarations) => Declarations) => void;
  t: T;
  lang: UiLang;
  /** Findings keyed by the resolved field path (see field-path.ts); `''` holds whole-file findings. */
  findingsByField: ReadonlyMap<string, readonly Finding[]>;
}

/** The context; the app provides it once at the top. */
export const StudioContext = createContext<StudioContextValue | null>(null);

/** Reads the studio context; throws when used outside the app (a programming error). */
export function useStudio(): StudioContextValue {
  const v = useContext(StudioContext);
  if (!v) throw new Error('useStudio() needs <StudioContext.Provider>');
  return v;
}
