/** The choices of an id checklist: the items a purpose or activity can refer to, by name or label. */
import type { Text } from '@akkoord/privacy-statement';
import { textOf } from './text-of.js';

/** An item that can be referred to by id: a data subject or category (label), a recipient or a purpose (name). */
export interface Referable {
  id: string;
  label?: Text;
  name?: Text;
}

/** Each item as `{ id, label }` in `lang`: its name, else its label, else its id (never a blank box). */
export function idOptions(list: readonly Referable[] | undefined, lang: 'nl' | 'en'): { id: string; label: string }[] {
  return (list ?? []).map((x) => ({ id: x.id, label: textOf(x.name, lang) || textOf(x.label, lang) || x.id }));
}
