import type { Env } from './env.js';

/**
 * Picks the UI language. `auto` (or a configured language without texts) tries `<html lang>`,
 * then the browser's languages, then `en`; regional tags fall back to their primary subtag
 * (`nl-BE` → `nl`). Only languages in `available` (those with texts) count, so a Dutch page gets
 * Dutch and an unsupported one gets English, or the first available language if even that is missing.
 * @param preference `config.language`
 * @param available languages that have texts, e.g. `['nl', 'en']`
 */
export function resolveLanguage(preference: string | undefined, available: readonly string[], env: Pick<Env, 'doc' | 'languages'>): string {
  const low = available.map((a) => a.toLowerCase());
  for (const tag of [preference, env.doc?.documentElement.lang, ...env.languages(), 'en']) {
    const t = tag?.toLowerCase();
    if (!t || t == 'auto') continue;
    const exact = low.indexOf(t);
    const i = exact >= 0 ? exact : low.indexOf(t.split('-')[0]!);
    if (i >= 0) return available[i]!;
  }
  return available[0] || 'en';
}
