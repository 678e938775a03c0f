/**
 * Turns a declared cookie name into a test: exact (`_ga`), `*` wildcards (`_ga_*`), or a
 * regular expression written as `/^_hj.+$/` (flags allowed). Throws on an invalid regular
 * expression; validateConfig reports that as a config error first.
 */
export function cookieMatcher(name: string): RegExp {
  const m = /^\/(.+)\/([a-z]*)$/.exec(name);
  return m ? new RegExp(m[1]!, m[2]) : new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}
