/** A list of words as a sentence reads it: "naam, adres en e-mailadres", "name, address and email". */
import type { UiLang } from './i18n.js';

/** British English: no comma before "and", like the Dutch "en" and the statement's own lists. */
const LOCALE: Record<UiLang, string> = { nl: 'nl', en: 'en-GB' };

const formats = new Map<UiLang, Intl.ListFormat>();

/** `['a', 'b', 'c']` → `a, b en c` in Dutch, `a, b and c` in English; empty entries are left out. */
export function listText(items: readonly string[], lang: UiLang): string {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' })));
  return f.format(items.filter((x) => x !== ''));
}
