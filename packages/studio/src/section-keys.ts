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
 * are part of the organisation in the file but asked under "Your role". `studio` holds what the
 * studio keeps beside the declarations (the statement's address for the banner).
 */
const PARTS: readonly (readonly [string, SectionKey])[] = [
  ['organisation.jointControllers', 'roles'],
  ['organisation', 'organisation'],
  ['dpo', 'dpo'],
  ['dataSubjects', 'subjects'],
  ['dataCategories', 'subjects'],
  ['purposes', 'purposes'],
  ['recipients', 'recipients'],
  ['roles', 'roles'],
  ['cookies', 'cookies'],
  ['cookieScan', 'cookies'],
  ['links', 'cookies'],
  ['studio.statementUrl', 'cookies'],
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

/** The top-level keys of the declarations each section edits (for "has this section any content?"). */
export const SECTION_KEYS: Readonly<Record<SectionKey, readonly string[]>> = {
  organisation: ['organisation'],
  dpo: ['dpo'],
  subjects: ['dataSubjects', 'dataCategories'],
  purposes: ['purposes'],
  recipients: ['recipients'],
  roles: ['roles'],
  cookies: ['cookies', 'cookieScan', 'links'],
  security: ['security'],
  rights: ['rightsHandling'],
  more: ['children', 'breach', 'complaintAuthority'],
  meta: ['meta'],
};
