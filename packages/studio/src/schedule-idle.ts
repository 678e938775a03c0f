/**
 * Runs work after the user pauses typing and the main thread is idle, so generating the preview
 * never delays the next keystroke. Falls back to a timeout where `requestIdleCallback` is missing
 * (Safari, happy-dom).
 */
import { PREVIEW_DEBOUNCE_MS, PREVIEW_IDLE_TIMEOUT_MS } from './constants.js';

/** Schedules `fn` after `delay` ms of quiet plus an idle moment; returns a cancel function. */
export function scheduleIdle(fn: () => void, delay = PREVIEW_DEBOUNCE_MS, idleTimeout = PREVIEW_IDLE_TIMEOUT_MS): () => void {
  let idle: number | undefined;
  const ric = typeof window !== 'undefined' ? window.requestIdleCallback : undefined;
  const timer = setTimeout(() => {
    if (ric) idle = ric(() => fn(), { timeout: idleTimeout });
    else fn();
  }, delay);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
