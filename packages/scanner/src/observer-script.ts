/**
 * Runs in every frame of a scanned page before the site's own scripts (an init script), and tells
 * the scanner who wrote which cookie and storage key. The browser's cookie jar says what is
 * stored at the end; only here can we see which script did it (the first http(s) frame of the
 * call stack), and a write that the browser then refused (a third-party frame, where a private
 * browser context blocks cookies) is still evidence that the site tried.
 *
 * Plain browser JavaScript inside one function: Playwright serialises it with toString(), so it
 * may use nothing from this module's scope.
 */

/** What the observer reports through the `__akkoordScan` binding. */
export interface WriteEvent {
  kind: 'cookie' | 'localStorage' | 'sessionStorage';
  /** Cookie or key name. */
  name: string;
  /** The script that wrote it (or the page URL for an inline script); empty when not known. */
  by: string;
  /** The frame's origin. */
  origin: string;
  /** Cookies: true when the write deletes (an expiry in the past or max-age ≤ 0). */
  deletes?: boolean;
  /** Cookies: the `domain` attribute, when given. */
  domain?: string;
  /** Cookies: lifetime in seconds from `max-age` or `expires`; absent for a session cookie. */
  maxAge?: number;
}

/** The name of the binding the observer calls. */
export const BINDING = '__akkoordScan';

/** The init script (see the module comment). */
export function observer(binding: string): void {
  const w = window as unknown as Record<string, unknown>;
  if (w['__akkoordScanInstalled']) return;
  w['__akkoordScanInstalled'] = true;
  const queue: unknown[] = [];
  const send = (event: Record<string, unknown>): void => {
    try {
      event['origin'] = location.origin;
      queue.push(event);
      const fn = w[binding];
      if (typeof fn !== 'function') return;
      for (const e of queue.splice(0)) (fn as (e: unknown) => Promise<unknown>)(e).catch(() => undefined);
    } catch {
      /* never break the page */
    }
  };
  const caller = (): string => {
    const lines = String(new Error().stack || '').split('\n');
    for (const line of lines) {
      const m = /(https?:\/\/[^\s)]+?)(?::\d+){1,2}\)?\s*$/.exec(line);
      if (m) return m[1] as string;
    }
    return '';
  };
  const cookieDesc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookieDesc && cookieDesc.set && cookieDesc.get) {
    const get = cookieDesc.get;
    const set = cookieDesc.set;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookieDesc.enumerable,
      get() {
        return get.call(this);
      },
      set(value: unknown) {
        try {
          const text = String(value);
          const parts = text.split(';');
          const first = parts[0] || '';
          const eq = first.indexOf('=');
          const name = (eq < 0 ? '' : first.slice(0, eq)).trim() || first.trim();
          const event: Record<string, unknown> = { kind: 'cookie', name, by: caller() };
          let maxAge: number | undefined;
          for (const part of parts.slice(1)) {
            const i = part.indexOf('=');
            const key = (i < 0 ? part : part.slice(0, i)).trim().toLowerCase();
            const v = i < 0 ? '' : part.slice(i + 1).trim();
            if (key === 'max-age' && v !== '') maxAge = Number(v);
            else if (key === 'expires' && maxAge === undefined) {
              const t = Date.parse(v);
              if (!Number.isNaN(t)) maxAge = Math.round((t - Date.now()) / 1000);
            } else if (key === 'domain' && v) event['domain'] = v.replace(/^\./, '');
          }
          if (maxAge !== undefined) {
            if (maxAge <= 0) event['deletes'] = true;
            else event['maxAge'] = maxAge;
          }
          if (name) send(event);
        } catch {
          /* never break the page */
        }
        set.call(this, value);
      },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    try {
      let kind = '';
      try {
        kind = this === window.localStorage ? 'localStorage' : this === window.sessionStorage ? 'sessionStorage' : '';
      } catch {
        /* storage access can throw in sandboxed frames */
      }
      if (kind) send({ kind, name: String(key), by: caller() });
    } catch {
      /* never break the page */
    }
    return setItem.call(this, key, value);
  };
}
