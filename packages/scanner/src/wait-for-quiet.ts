import type { BrowserContext } from 'playwright-core';

/** Requests in flight in one browser context, and when that last changed. */
export interface QuietTracker {
  inFlight: number;
  lastChange: number;
}

/** Starts counting a context's requests in flight. */
export function trackQuiet(context: BrowserContext): QuietTracker {
  const t: QuietTracker = { inFlight: 0, lastChange: Date.now() };
  const up = () => {
    t.inFlight++;
    t.lastChange = Date.now();
  };
  const down = () => {
    t.inFlight = Math.max(0, t.inFlight - 1);
    t.lastChange = Date.now();
  };
  context.on('request', up);
  context.on('requestfinished', down);
  context.on('requestfailed', down);
  return t;
}

/**
 * Waits until no request has been in flight for `idleMs`, or `maxMs` passed. Trackers often fire
 * a beat after `load` (a tag manager loads a tag, which sends a hit); a fixed sleep would either
 * miss them or waste seconds on every one of the scan's visits.
 */
export async function waitForQuiet(t: QuietTracker, idleMs: number, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    const now = Date.now();
    if (now >= deadline) return;
    if (t.inFlight === 0 && now - t.lastChange >= idleMs) return;
    const wait = t.inFlight === 0 ? idleMs - (now - t.lastChange) : 50;
    await new Promise((r) => setTimeout(r, Math.max(10, Math.min(wait, deadline - now))));
  }
}
