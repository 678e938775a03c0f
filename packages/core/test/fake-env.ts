import type { CookieAttributes, Env } from '../src/index.js';

/** A call recorded by the fake cookie jar. */
export interface JarCall {
  op: 'set' | 'remove';
  name: string;
  value?: string;
  attributes?: CookieAttributes;
}

/** A plain-object environment for unit tests: an in-memory cookie jar that records calls, a settable clock. */
export function fakeEnv(over: Partial<Env> & { cookieValues?: Record<string, string>; time?: number } = {}) {
  const jar: Record<string, string> = { ...over.cookieValues };
  const calls: JarCall[] = [];
  let ids = 0;
  const state = { time: over.time ?? Date.UTC(2026, 0, 1), reloads: 0, gpc: false, langs: ['en-US'] as string[] };
  const env: Env = {
    now: () => state.time,
    randomId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    cookies: {
      get: ((name?: string) => (name == null ? { ...jar } : jar[name])) as Env['cookies']['get'],
      set(name, value, attributes) {
        calls.push({ op: 'set', name, value, attributes });
        jar[name] = value;
      },
      remove(name, attributes) {
        calls.push({ op: 'remove', name, attributes });
        delete jar[name];
      },
    },
    gpc: () => state.gpc,
    languages: () => state.langs,
    location: {
      protocol: 'https:',
      hostname: 'www.example.nl',
      pathname: '/',
      reload: () => void state.reloads++,
    },
    win: {},
    ...over,
  };
  return { env, jar, calls, state };
}
