/**
 * What the studio checks and which of it it shows now. The validator's findings in the form's
 * words (finding-text.ts) plus the studio's own check of the statement's address, then split by
 * section: a section the marketer has not started yet shows no errors; what it still needs is
 * listed once, as "still to fill in". A new, empty studio therefore opens with a short checklist
 * instead of a row of errors about fields nobody has reached yet, and as soon as a section has
 * content (typed, or from an opened file) its findings appear beside its fields, errors included.
 */
import { forMarketers, plainFinding } from './finding-text.js';
import { placeOf } from './field-labels.js';
import { parsePath, resolveFieldPath } from './field-path.js';
import { findingsFor, type Declarations, type Finding, type Lang } from './generator.js';
import { createT, type UiLang } from './i18n.js';
import { SECTION_KEYS, SECTIONS, sectionOf, type SectionKey } from './section-keys.js';
import { placePresetCookieFindings } from './preset-recipient.js';
import { getIn } from './set-in.js';
import { statementUrlFindings } from './statement-url.js';

/** Every finding for the current declarations, in the form's words, in the interface language. */
export function studioFindings(d: Declarations, lang: UiLang, today: string): Finding[] {
  const t = createT(lang);
  const found = placePresetCookieFindings(
    findingsFor(d, lang as Lang, today, (rule) => forMarketers(rule, t, lang)),
    d,
  ).map((f) => plainFinding(f, d, t, lang));
  return [...found, ...statementUrlFindings(d, t)];
}

/** The value of one of a section's parts (`absent.profiling`). */
const part = (d: Declarations, key: string): unknown => getIn(d, parsePath(key));

/** Whether the declarations hold anything in a section's part of the file. */
export function hasContent(d: Declarations, section: SectionKey): boolean {
  return SECTION_KEYS[section].some((k) => part(d, k) !== undefined);
}

/**
 * The sections whose part of the declarations differs between two versions (what an edit
 * touched). Compared by reference: the store shares what an edit left alone (set-in.ts).
 */
export function changedSections(before: Declarations, after: Declarations): SectionKey[] {
  return SECTIONS.filter((s) => SECTION_KEYS[s].some((k) => part(before, k) !== part(after, k)));
}

/** One line of the checklist: a section not started yet and what its findings ask for. */
export interface TodoItem {
  section: SectionKey;
  /** The labels of the fields concerned, in the validator's order, each once (empty when the section as a whole is meant). */
  fields: string[];
}

/** The findings to show now, and the checklist of sections still to fill in. */
export interface ShownFindings {
  shown: Finding[];
  todo: TodoItem[];
}

/**
 * Splits the findings: those of a section that is open (it has content, or the marketer edited
 * it in this session, `touched`) are shown; the others become one checklist line per section.
 * Findings without a section (a key the schema does not know, from an opened file) are always shown.
 */
export function splitFindings(
  findings: readonly Finding[],
  d: Declarations,
  touched: ReadonlySet<SectionKey>,
  lang: UiLang,
): ShownFindings {
  const t = createT(lang);
  const open = (s: SectionKey) => touched.has(s) || hasContent(d, s);
  const shown: Finding[] = [];
  const pending = new Map<SectionKey, Set<string>>();
  for (const f of findings) {
    const section = sectionOf(resolveFieldPath(f.path) || f.path);
    if (!section || open(section)) {
      shown.push(f);
      continue;
    }
    const fields = pending.get(section) ?? new Set<string>();
    const field = placeOf(f.path, d, t, lang).field;
    if (field) fields.add(field);
    pending.set(section, fields);
  }
  const todo = SECTIONS.filter((s) => pending.has(s)).map((section) => ({ section, fields: [...(pending.get(section) as Set<string>)] }));
  return { shown, todo };
}
