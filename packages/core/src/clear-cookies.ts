import { cookieMatcher } from './cookie-matcher.js';
import type { Env } from './env.js';
import type { AkkoordConfig } from './types.js';

/**
 * Deletes the declared cookies of every service that is not granted (`granted` is the manager's
 * `has`), unless a granted service declares the same name. Runs after each change, so it covers withdrawal, a first "reject" (cookies that
 * misbehaving scripts set before any decision) and scripts that set them again.
 *
 * JavaScript cannot see which domain or path a cookie was set with, and a cookie is only deleted
 * by a write with the same ones. So each matching name is removed host-only and for every domain
 * candidate (the host and each parent, with and without a leading dot, stopping before the last
 * label so a bare `nl` is never tried) × every path candidate (`/` and each prefix of the current
 * path, with and without a trailing slash).
 * @returns the names that were deleted
 */
export function clearCookies(config: AkkoordConfig, granted: (what: string) => boolean, env: Env): string[] {
  // A name a granted service also declares is kept: deleting it would break that service.
  const keep: RegExp[] = [];
  const drop: RegExp[] = [];
  for (const c of config.categories)
    for (const s of c.services || [])
      (granted(`${c.id}:${s.id}`) ? keep : drop).push(...(s.cookies || []).map((k) => cookieMatcher(k.name)));
  const hit = (n: string) => (t: RegExp) => t.test(n);
  const names = Object.keys(env.cookies.get()).filter((n) => n != config.cookie!.name && drop.some(hit(n)) && !keep.some(hit(n)));
  if (names.length > 0) {
    const { hostname, pathname } = env.location;
    const labels = hostname.split('.');
    const domains: (string | undefined)[] = [undefined];
    for (let i = 0; i < labels.length - 1; i++) {
      const d = labels.slice(i).join('.');
      domains.push(d, `.${d}`);
    }
    const paths = ['/'];
    let p = '';
    for (const seg of pathname.split('/').filter(Boolean)) paths.push((p += `/${seg}`), `${p}/`);
    for (const name of names) for (const domain of domains) for (const path of paths) env.cookies.remove(name, { domain, path });
  }
  return names;
}
