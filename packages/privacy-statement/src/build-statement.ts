import { list, para, type Block, type Section } from './blocks.js';
import { createContext, type Context } from './context.js';
import type { Finding } from './finding.js';
import { cookiesSection } from './sections/cookies-section.js';
import { breachSection, changesSection, childrenSection, complaintSection, securitySection } from './sections/closing-sections.js';
import { controllerSection } from './sections/controller-section.js';
import { purposesSection } from './sections/purposes-section.js';
import { recipientsSection } from './sections/recipients-section.js';
import { objectionSection, rightsSection } from './sections/rights-section.js';
import type { Declarations, Lang } from './types.js';

/** A section rule: named, ordered, returning nothing when the section does not apply. */
export interface SectionRule {
  name: string;
  build: (c: Context) => Section | undefined;
}

/**
 * The statement's sections in order (markdown-it's rule list: data, not subclasses). Callers may
 * pass their own list, e.g. with a section left out or one added, to `buildStatement`.
 */
export const defaultSections: readonly SectionRule[] = [
  { name: 'controller', build: controllerSection },
  { name: 'purposes', build: purposesSection },
  { name: 'recipients', build: recipientsSection },
  { name: 'cookies', build: cookiesSection },
  { name: 'security', build: securitySection },
  { name: 'rights', build: rightsSection },
  { name: 'objection', build: objectionSection },
  { name: 'complaint', build: complaintSection },
  { name: 'children', build: childrenSection },
  { name: 'breach', build: breachSection },
  { name: 'changes', build: changesSection },
];

/** An error the declarations still have when a statement is generated anyway (`--force`). */
export type OpenError = Pick<Finding, 'path' | 'message'>;

/** The statement as blocks: title, version line, introduction, table of contents, then the sections. */
export interface StatementModel {
  lang: Lang;
  title: string;
  /** True when it was built with open errors: a draft, not to be published or indexed. */
  draft: boolean;
  blocks: Block[];
}

/**
 * The draft notice right under the title: what is wrong, by field, so a forced statement with
 * "nog niet vastgelegd" in it cannot pass for a finished one.
 */
function draftBlocks(c: Context, errors: readonly OpenError[]): Block[] {
  const { t } = c;
  return [
    para({ strong: t('draft.title') }, ' ', t('draft.text', { count: errors.length })),
    list(errors.map((e) => (e.path ? [{ strong: `${e.path}:` }, ' ', e.message] : [e.message]))),
  ];
}

/**
 * Builds the section/token model of the statement in one language. With `openErrors` (a run that
 * generates despite errors) the statement is marked as a draft at the top, naming them.
 */
export function buildStatement(
  d: Declarations,
  lang: Lang,
  sections: readonly SectionRule[] = defaultSections,
  openErrors: readonly OpenError[] = [],
): StatementModel {
  const c = createContext(d, lang);
  const { t } = c;
  const meta = d.meta ?? {};
  const title = t('statement.title', { name: c.orgName });
  const built = sections.map((s) => s.build(c)).filter((s): s is Section => s !== undefined);
  const blocks: Block[] = [{ type: 'heading', level: 1, id: 'top', content: [title] }];
  if (openErrors.length) blocks.push(...draftBlocks(c, openErrors));
  const versionLine = [
    meta.version ? t('statement.version', { version: meta.version }) : '',
    meta.effectiveDate ? t('statement.effective', { date: c.date(meta.effectiveDate) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  if (versionLine) blocks.push(para({ strong: versionLine }));
  blocks.push(para(t('statement.intro', { name: c.orgName })));
  blocks.push(para({ strong: t('statement.toc') }));
  blocks.push({ type: 'list', items: built.map((s) => [{ text: s.title, href: `#ps-${s.id}` }]) });
  for (const s of built) blocks.push({ type: 'heading', level: 2, id: s.id, content: [s.title] }, ...s.blocks);
  return { lang, title: openErrors.length ? `${t('draft.label')}: ${title}` : title, draft: openErrors.length > 0, blocks };
}
