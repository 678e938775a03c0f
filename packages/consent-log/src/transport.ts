/** How a batch leaves the page. */
export type TransportKind = 'fetch' | 'beacon';

/**
 * Sends one JSON body (a batch of records) to the collector and resolves to the HTTP status:
 * 0 for a network error, -1 when handed to the browser's beacon queue (outcome unknown). Never rejects.
 */
export type Transport = (url: string, body: string) => Promise<number>;

/**
 * Returns the transport of the given kind. Both send the JSON as `text/plain` (a string body),
 * which is CORS-safelisted, so no preflight is needed; neither sends cookies.
 */
export function createTransport(kind: TransportKind, fetchFn?: typeof fetch): Transport {
  switch (kind) {
    case 'fetch':
      // keepalive lets the request outlive the page; credentials are never needed by the collector.
      return (url, body) =>
        fetchFn!(url, { method: 'POST', body, keepalive: true, credentials: 'omit' }).then(
          (r) => r.status,
          () => 0,
        );
    case 'beacon':
      // sendBeacon only says the request was queued, so the records stay in the queue until a
      // later fetch gets a 2xx; the collector is idempotent on record id.
      return (url, body) => {
        let ok = false;
        try {
          ok = navigator.sendBeacon(url, body);
        } catch {
          // A browser that refuses the beacon leaves the records queued for the next page.
        }
        return Promise.resolve(ok ? -1 : 0);
      };
    default: {
      // Exhaustiveness: a new TransportKind fails to compile until it is handled above.
      const never: never = kind;
      return never;
    }
  }
}
