/**
 * Maps a validator finding's path (`purposes[2].legitimateInterest`) to the form control or group
 * that shows it. The generator reports some findings on a parent (`organisation` when the legal
 * name is missing), others on a leaf the form edits in parts (`purposes[0].name.nl`); both land
 * on the nearest ancestor the form actually renders.
 */
import { FIELD_ID_PREFIX } from './constants.js';
import { formatPath, walkSchema } from './generator.js';
import type { Path, PathSegment } from './set-in.js';

export { formatPath };

/**
 * Places of the schema the form gives no element of its own; a finding there lands on the
 * nearest ancestor that has one. Everything else the schema defines is rendered (checked by
 * test/field-patterns.test.tsx), so a new schema field is a form path without an edit here.
 */
const NOT_RENDERED: ReadonlySet<string> = new Set([
  // Groups whose fields sit directly in their section, without a frame of their own.
  'organisation.privacyContact',
  'purposes[].provision',
  'links',
  // Each statement of what does not happen is asked in the section it concerns (section-keys.ts).
  'absent',
  // The DPO's shape is chosen by the radio group of `dpo` itself.
  'dpo.appointed',
  // One control edits the whole processing agreement (boolean or { signed, date }).
  'recipients[].processingAgreement.signed',
  'recipients[].processingAgreement.date',
]);

/**
 * Every path the form renders a control or group for, with list indexes written `[]`: the
 * fields and groups of the declarations schema, less {@link NOT_RENDERED}. The entries of a list of plain values (`organisation.tradeNames[]`) belong to the
 * list's control.
 */
export const FIELD_PATTERNS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  walkSchema(({ pattern, kind }) => {
    if (kind !== 'item' && !NOT_RENDERED.has(pattern)) out.add(pattern);
  });
  return out;
})();

/** `purposes[2].name` → `['purposes', 2, 'name']`. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

/** The pattern of a path: indexes become `[]`. */
export const patternOf = (path: Path): string => formatPath(path).replace(/\[\d+\]/g, '[]');

/**
 * The path of the control or group that shows a finding at `path`: the path itself when the form
 * renders it, else its nearest rendered ancestor, else `''` (the whole file: shown in the list only).
 */
export function resolveFieldPath(path: string): string {
  const segs = parsePath(path);
  for (let n = segs.length; n > 0; n--) {
    const head = segs.slice(0, n);
    if (FIELD_PATTERNS.has(patternOf(head))) return formatPath(head);
  }
  return '';
}

/** The DOM id of the control or group for a path: `purposes[2].name` → `f-purposes-2-name`. */
export function fieldDomId(path: Path | string): string {
  const s = typeof path === 'string' ? path : formatPath(path);
  return FIELD_ID_PREFIX + (s.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-') || 'root');
}
