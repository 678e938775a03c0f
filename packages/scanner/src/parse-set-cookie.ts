/** One `Set-Cookie` header line, as far as the scanner needs it. */
export interface SetCookie {
  name: string;
  /** The `Domain` attribute without a leading dot, else the response's host (a host-only cookie). */
  domain: string;
  path: string;
  /** Seconds from `Max-Age` or `Expires`; absent for a session cookie. */
  maxAge?: number;
  /** True when the line removes the cookie (`Max-Age` ≤ 0 or an `Expires` in the past). */
  deletes: boolean;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None' | null;
}

/**
 * Parses a `Set-Cookie` line (RFC 6265 §5.2, leniently, as browsers do). Returns undefined for a
 * line without a cookie name. `now` is injectable so tests do not depend on the clock.
 */
export function parseSetCookie(line: string, responseUrl: string, now = Date.now()): SetCookie | undefined {
  const [pair = '', ...attrs] = line.split(';');
  const eq = pair.indexOf('=');
  const name = (eq < 0 ? '' : pair.slice(0, eq)).trim();
  if (!name) return undefined;
  let host = '';
  let defaultPath = '/';
  try {
    const u = new URL(responseUrl);
    host = u.hostname;
    const dir = u.pathname.slice(0, u.pathname.lastIndexOf('/'));
    defaultPath = dir || '/';
  } catch {
    /* keep the defaults */
  }
  const out: SetCookie = { name, domain: host, path: defaultPath, deletes: false, httpOnly: false, secure: false, sameSite: null };
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const attr of attrs) {
    const i = attr.indexOf('=');
    const key = (i < 0 ? attr : attr.slice(0, i)).trim().toLowerCase();
    const value = i < 0 ? '' : attr.slice(i + 1).trim();
    if (key === 'domain' && value) out.domain = value.replace(/^\./, '').toLowerCase();
    else if (key === 'path' && value.startsWith('/')) out.path = value;
    else if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
    else if (key === 'expires') {
      const t = Date.parse(value);
      if (!Number.isNaN(t)) expires = Math.round((t - now) / 1000);
    } else if (key === 'httponly') out.httpOnly = true;
    else if (key === 'secure') out.secure = true;
    else if (key === 'samesite') {
      const v = value.toLowerCase();
      out.sameSite = v === 'strict' ? 'Strict' : v === 'lax' ? 'Lax' : v === 'none' ? 'None' : null;
    }
  }
  // Max-Age wins over Expires (RFC 6265 §5.3 step 3).
  const life = maxAge ?? expires;
  if (life !== undefined) {
    if (life <= 0) out.deletes = true;
    else out.maxAge = life;
  }
  return out;
}
