import type { IncomingMessage } from 'node:http';

/**
 * What {@link judgeOrigin} found: `true` same-origin, `false` refused, or the origin's URL when
 * only the records can tell (see {@link siteMismatch}).
 */
export type OriginVerdict = boolean | URL;

/**
 * Judges a POST whose `Origin` is not on the allow-list: may a page of that origin write here?
 * Only the site's own pages may (same-origin: site and collector behind one reverse proxy). The
 * `Host` header alone cannot tell: a proxy that does not pass it on (nginx's default) sends its
 * upstream's name, and every same-origin post would look cross-origin. So, in order:
 * - `Host` names the origin's host: same-origin, as before;
 * - the browser says where the request comes from (`Sec-Fetch-Site`, which page scripts cannot
 *   set and every current browser sends): only `same-origin` is;
 * - an older browser that does not say: the records decide, each `site` must be the origin's
 *   host (the banner's `site` is the page's host name unless configured otherwise).
 */
export function judgeOrigin(req: IncomingMessage, origin: string): OriginVerdict {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    // "null" (sandboxed frames, file: pages) and anything else that is not an origin.
    return false;
  }
  if (url.host === req.headers.host) return true;
  const from = req.headers['sec-fetch-site'];
  if (from !== undefined) return from === 'same-origin';
  return url;
}

/** Index of the first record whose `site` is not the host of `origin` (with or without port); -1 when all are. */
export function siteMismatch(records: readonly { site: string }[], origin: URL): number {
  return records.findIndex((r) => {
    const site = r.site.toLowerCase();
    return site !== origin.hostname && site !== origin.host;
  });
}
