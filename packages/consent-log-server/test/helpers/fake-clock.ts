/** A clock that moves only when told: pass `now` as a store's, collector's or CLI's clock. */
export interface FakeClock {
  now: () => number;
  /** Moves the clock forward by `ms` (default 1). */
  advance(ms?: number): void;
}

/** A fake clock starting at `start` (ms since epoch); a fixed date, so every run stores the same times. */
export function fakeClock(start = Date.UTC(2026, 0, 1)): FakeClock {
  let t = start;
  return {
    now: () => t,
    advance(ms = 1) {
      t += ms;
    },
  };
}
