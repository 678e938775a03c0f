/**
 * Free text from the declarations placed into the statement's own sentences. A marketer writes
 * "klik op afmelden" or "kunnen wij niet leveren." without knowing whether the statement puts it at
 * the start of a sentence, in the middle or at the end; these helpers give it the capital and the
 * full stop that spot needs, so no sentence ends in "..", starts in lower case or runs on into the
 * next one ("…in every newsletter You can withdraw…").
 */

/** Ends a sentence: . ! ? or … , possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]['"’”)\]]*$/;

/**
 * A final full stop that belongs to an abbreviation and must stay: "B.V.", "e.g.", "etc.", "Inc.".
 * Dropping it would leave "Acme B.V" before our own punctuation.
 */
const ABBREVIATION = /(?:\b\p{L}\.\p{L}{1,3}\.|\b(?:etc|enz|ca|Inc|Ltd|Co|Corp|jr|sr|nr|no)\.)$/iu;

/**
 * Upper-cases the first letter, unless the word is written with an inner capital ("iDEAL",
 * "eBay") or is an e-mail or web address ("info@…", "www.…"), which must stay as written.
 */
export function capitalise(text: string): string {
  const m = /^(['"‘“(]*)(\p{Ll})(\p{Lu})?/u.exec(text);
  if (!m || m[3] || /^\S*(?:@|:\/\/|^www\.)/.test(text)) return text;
  const lead = m[1] ?? '';
  return `${lead}${(m[2] ?? '').toUpperCase()}${text.slice(lead.length + 1)}`;
}

/**
 * A free text used as one or more whole sentences: trimmed, starting with a capital and ending
 * with a full stop (or its own ! or ?). An empty text stays empty, so callers can leave it out.
 */
export function asSentence(text: string): string {
  const s = text.trim();
  if (!s) return '';
  return capitalise(SENTENCE_END.test(s) ? s : `${s.replace(/[\s,;:]+$/, '')}.`);
}

/**
 * A free text put inside one of our sentences, which adds its own punctuation after it: trimmed,
 * without a trailing full stop, comma, semicolon or colon. An abbreviation's full stop stays
 * ("Acme B.V."), and so do "!", "?" and an ellipsis, which the writer meant.
 */
export function asClause(text: string): string {
  const s = text.trim().replace(/[\s,;:]+$/, '');
  if (/\.\.\.$|…$/.test(s) || ABBREVIATION.test(s)) return s;
  return s.replace(/\.$/, '');
}

/** Joins sentences with one space, leaving out the empty ones. */
export function sentences(...parts: string[]): string {
  return parts.filter((x) => x !== '').join(' ');
}

/** A name quoted as the statement quotes names in running text: ‘Nieuwsbrief’. */
export const quoted = (name: string): string => `‘${name}’`;

/**
 * Whether list items would blur into each other when joined as "a, b and c": an item holds a
 * comma, a semicolon or the word for "and" itself, outside brackets and quotes ("naam en adres,
 * contactgegevens en bestelgegevens" reads as four things, not three).
 */
export function needsSemicolons(items: readonly string[], and: string): boolean {
  const word = new RegExp(`(^|\\s)${and.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`, 'i');
  return items.some((item) => {
    const bare = item.replace(/\([^)]*\)|‘[^’]*’|“[^”]*”/g, '');
    return /[,;]/.test(bare) || word.test(bare);
  });
}
