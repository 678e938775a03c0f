/** How a batch leaves the page. */
export type TransportKind = 'fetch' | 'beacon';

/**
 * Sends one JSON body (a batch of records) to the collector and resolves to the HTTP status:
 * 0 for a network error, -1 when handed to the browser's beacon queue (outcome unknown). Never rejects.
 */
export type Transport = (url: string, body: string) => Promise<number>;

// The two senders are separate functions, and the client imports them directly rather than
// through createTransport: its `switch` and the beacon's Promise (whose status the client never
// reads) cost about 70 B of brotli, measured in the client alone and in akkoord-with-log.js.

/**
 * The `fetch` transport. The JSON goes as a string body, so as `text/plain`, which is
 * CORS-safelisted: no preflight. keepalive lets the request outlive the page; credentials are
 * never needed by the collector, so no cookies are sent.
 */
export const fetchTransport =
  (fetchFn: typeof fetch): Transport =>
  (url, body) =>
    fetchFn(url, { method: 'POST', body, keepalive: true, credentials: 'omit' }).then(
      (r) => r.status,
      () => 0,
    );

/**
 * Hands one body to the browser's beacon queue (also `text/plain`, without cookies): true when the
 * browser took it, which says nothing about the answer. Never throws (navigator.sendBeacon throws
 * on a URL it cannot use): a refused beacon, like a full queue, leaves the records queued.
 */
export const sendBeacon = (url: string, body: string): boolean => {
  try {
    return navigator.sendBeacon(url, body);
  } catch {
    return false;
  }
};

/**
 * Returns the transport of the given kind. Both send the JSON as `text/plain` (a string body),
 * which is CORS-safelisted, so no preflight is needed; neither sends cookies.
 */
export function createTransport(kind: TransportKind, fetchFn?: typeof fetch): Transport {
  switch (kind) {
    case 'fetch':
      return fetchTransport(fetchFn!);
    case 'beacon':
      // sendBeacon only says the request was queued, so the records stay in the queue until a
      // later fetch gets a 2xx; the collector is idempotent on record id.
      return (url, body) => Promise.resolve(sendBeacon(url, body) ? -1 : 0);
    default: {
      // Exhaustiveness: a new TransportKind fails to compile until it is handled above.
      const never: never = kind;
      return never;
    }
  }
}
