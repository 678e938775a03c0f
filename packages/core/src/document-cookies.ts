import type { CookieAttributes, CookieJar } from './env.js';

/**
 * `document.cookie` as a {@link CookieJar}. Core used js-cookie until 2026-12; this does the part
 * core needs in about a third of its bytes (the banner's byte budget paid for the layout options).
 *
 * Compatible with what js-cookie wrote: a value is %-encoded with `:` and `|` left readable (the
 * decision cookie is `1|<id>|…|necessary.analytics:matomo`), and read by decoding it once, so a
 * decision stored by an older akkoord.js reads the same. Names are read and written as the browser
 * holds them, so a cookie is removed under the exact name the page stored. A value with a broken
 * %-escape (some other tool's cookie) is returned as it is rather than dropped.
 */
export function documentCookies(doc: Document): CookieJar {
  const all = (): Record<string, string> => {
    const jar: Record<string, string> = {};
    for (const pair of doc.cookie.split('; ')) {
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      // The first of two cookies with one name is the one for the longest path, as the browser lists them.
      if (i > 0 && !(name in jar)) {
        const value = pair.slice(i + 1);
        try {
          jar[name] = decodeURIComponent(value);
        } catch {
          jar[name] = value;
        }
      }
    }
    return jar;
  };
  const set = (name: string, value: string, attributes?: CookieAttributes) => {
    const a: Record<string, unknown> = { path: '/', ...attributes };
    const { expires } = a;
    if (typeof expires == 'number') a.expires = new Date(Date.now() + expires * 864e5);
    let text = name + '=' + encodeURIComponent(value).replace(/%(3A|7C)/g, decodeURIComponent);
    // Absent or false attributes are left out; `secure: true` is the bare attribute.
    for (const k in a) if (a[k]) text += '; ' + k + (a[k] === true ? '' : '=' + (k == 'expires' ? (a[k] as Date).toUTCString() : a[k]));
    doc.cookie = text;
  };
  return {
    get: ((name?: string) => (name ? all()[name] : all())) as CookieJar['get'],
    set,
    remove: (name, attributes) => set(name, '', { ...attributes, expires: -1 }),
  };
}
