/** A minimal event emitter; listener errors are logged, not thrown, so one bad listener cannot break the others or the page. */
// Listeners take their event's own payload (a Consent, an error…); the events are not typed one
// by one, so the payload is `any` at this boundary.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Emitter {
  on(event: string, fn: (arg?: any) => void): void;
  off(event: string, fn: (arg?: any) => void): void;
  emit(event: string, arg?: unknown): void;
}

/** Creates an {@link Emitter}. */
export function createEmitter(): Emitter {
  const map: Record<string, ((arg?: any) => void)[]> = {};
  /* eslint-enable @typescript-eslint/no-explicit-any */
  return {
    on: (e, fn) => void (map[e] ||= []).push(fn),
    off: (e, fn) => void (map[e] = (map[e] || []).filter((f) => f !== fn)),
    emit: (e, arg) =>
      (map[e] || []).slice().forEach((f) => {
        try {
          f(arg);
        } catch (x) {
          console.error(x);
        }
      }),
  };
}
