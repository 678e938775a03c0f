import type { CookieOptions } from './types.js';

/** Attributes of one cookie write or removal (the shape js-cookie takes, which core used before). */
export interface CookieAttributes {
  /** Days from now (a number) or a date. Omitted: a session cookie. */
  expires?: number | Date;
  path?: string;
  domain?: string;
  secure?: boolean;
  sameSite?: CookieOptions['sameSite'];
}

/** Read and write `document.cookie`. The browser implementation is documentCookies (document-cookies.ts). */
export interface CookieJar {
  /** One cookie's decoded value, or `undefined`. */
  get(name: string): string | undefined;
  /** Every readable cookie as name → value. */
  get(): Record<string, string>;
  set(name: string, value: string, attributes?: CookieAttributes): unknown;
  /** Delete `name` as set with these domain/path attributes (a cookie is only deleted when they match). */
  remove(name: string, attributes?: CookieAttributes): void;
}

/** The parts of `location` core reads (and `reload` for `reloadOnWithdraw`). */
export interface EnvLocation {
  protocol: string;
  hostname: string;
  pathname: string;
  reload(): void;
}

/** The global object that holds Google's `dataLayer` and, when the site defined it, `gtag`. */
export interface GtagHost {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
}

/**
 * Everything core needs from outside. Core never reads `window`/`document` itself, so it is
 * tested with plain fakes and imports safely in Node. {@link browserEnv} is the real one.
 */
export interface Env {
  /** Current time in ms since epoch. */
  now(): number;
  /** A random UUID v4 for the consent id. */
  randomId(): string;
  cookies: CookieJar;
  /** True when the browser sends Global Privacy Control (`navigator.globalPrivacyControl === true`). */
  gpc(): boolean;
  /** The visitor's preferred languages (`navigator.languages`). */
  languages(): readonly string[];
  /** The page's document; absent outside a browser. */
  doc?: Document;
  location: EnvLocation;
  /** Where `dataLayer` lives (`window`). */
  win: GtagHost;
}
