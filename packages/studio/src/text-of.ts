/** Reads a declarations `Text` (one string, or `{ nl, en }`) in one language, falling back to the other. */
import type { Text } from '@akkoord/privacy-statement';

/** The text in `lang`, else in the other language, else `''`. */
export function textOf(value: Text | undefined, lang: 'nl' | 'en'): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return '';
  return value[lang] ?? value[lang === 'nl' ? 'en' : 'nl'] ?? '';
}
