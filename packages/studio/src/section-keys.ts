/**
 * The form's sections in order, and which part of the declarations each one edits. A finding
 * belongs to the section of its path; that is where the marketer fixes it, and what decides
 * whether it is shown yet (see findings-shown.ts).
 */

/** Section keys in form order (also the navigation). */
export const SECTIONS = [
  'organisation',
  'dpo',
  'subjects',
  'purposes',
  'recipients',
  'roles',
  'cookies',
  'security',
  'rights',
  'more',
  'meta',
] as const;

/** One section of the form. */
export type SectionKey = (typeof SECTIONS)[number];

/**
 * The section of each part of the declarations, the longest prefix first: the joint controllers
 * are part of the organisation in the file but asked under "Your role", and each statement of
 * what does not happen (`absent`) is asked beside what it would contradict (special categories
 * beside the kinds of data, transfers beside the recipients).
 */
const PARTS: readonly (readonly [string, SectionKey])[] = [
  ['organisation.jointControllers', 'roles'],
  ['organisation', 'organisation'],
  ['dpo', 'dpo'],
  ['dataSubjects', 'subjects'],
  ['dataCategories', 'subjects'],
  ['absent.specialCategories', 'subjects'],
  ['absent.criminalData', 'subjects'],
  ['purposes', 'purposes'],
  ['absent.automatedDecisions', 'purposes'],
  ['absent.profiling', 'purposes'],
  ['camera', 'purposes'],
  ['recipients', 'recipients'],
  ['absent.transfersOutsideEEA', 'recipients'],
  ['roles', 'roles'],
  ['cookies', 'cookies'],
  ['cookieScan', 'cookies'],
  ['links', 'cookies'],
  ['security', 'security'],
  ['rightsHandling', 'rights'],
  ['children', 'more'],
  ['breach', 'more'],
  ['complaintAuthority', 'more'],
  ['meta', 'meta'],
];

/** The section that edits `path` (`purposes[2].name` → `purposes`); `undefined` for the whole file or a key no section edits. */
export function sectionOf(path: string): SectionKey | undefined {
  for (const [prefix, section] of PARTS) {
    if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) return section;
  }
  return undefined;
}

/**
 * The parts of the declarations each section edits (for "has this section any content?"), as
 * dotted paths: mostly top-level keys, and for `absent` the one answer the section asks.
 */
export const SECTION_KEYS: Readonly<Record<SectionKey, readonly string[]>> = {
  organisation: ['organisation'],
  dpo: ['dpo'],
  subjects: ['dataSubjects', 'dataCategories', 'absent.specialCategories', 'absent.criminalData'],
  purposes: ['purposes', 'absent.automatedDecisions', 'absent.profiling', 'camera'],
  recipients: ['recipients', 'absent.transfersOutsideEEA'],
  roles: ['roles'],
  cookies: ['cookies', 'cookieScan', 'links'],
  security: ['security'],
  rights: ['rightsHandling'],
  more: ['children', 'breach', 'complaintAuthority'],
  meta: ['meta'],
};
