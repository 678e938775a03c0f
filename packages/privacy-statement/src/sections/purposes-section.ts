import { contactLink, list, para, sub, term, type Block, type Inline, type Section } from '../blocks.js';
import { ART9_LETTER, BASIS_LETTER } from '../constants.js';
import type { Context } from '../context.js';
import type { Purpose, Text } from '../types.js';
import { retentionText } from './retention-text.js';

/** The legal basis with its article, e.g. "uw toestemming (artikel 6 lid 1 onder a AVG)". */
export function basisText(c: Context, p: Purpose): string {
  if (!p.legalBasis || !(p.legalBasis in BASIS_LETTER)) return c.t('purposes.noBasis');
  return c.t('purposes.basis', { basis: c.t(`basis.${p.legalBasis}`), letter: BASIS_LETTER[p.legalBasis] });
}

/** Labels of ids, resolved through a lookup; unknown ids are shown as written. */
function labels(c: Context, ids: string[] | undefined, find: (id: string) => { label: Text; examples?: Text } | undefined, withExamples = false): string {
  return c.list(
    (ids ?? []).map((id) => {
      const x = find(id);
      if (!x) return id;
      const label = c.txt(x.label);
      const ex = withExamples ? c.txt(x.examples) : '';
      return ex ? `${label} (${ex})` : label;
    }),
  );
}

/** The facts of one purpose as a list of "term: value" lines (WP260 Annex: linked per purpose). */
function purposeFacts(c: Context, p: Purpose): Inline[][] {
  const { t } = c;
  const items: Inline[][] = [];
  if (p.dataSubjects?.length) items.push(term(t('purposes.subjects'), labels(c, p.dataSubjects, c.subject)));
  if (p.dataCategories?.length) items.push(term(t('purposes.data'), labels(c, p.dataCategories, c.category, true)));
  items.push(term(t('purposes.basisLabel'), basisText(c, p)));
  if (p.legitimateInterest) items.push(term(t('purposes.interest'), c.txt(p.legitimateInterest)));
  const cats = (p.dataCategories ?? []).map((id) => c.category(id)).filter((x) => x !== undefined);
  const special = cats.filter((x) => x.special);
  if (special.length) {
    const names = c.list(special.map((x) => c.txt(x.label)));
    const cond = p.art9Condition && p.art9Condition in ART9_LETTER
      ? t('purposes.art9', { condition: t(`art9.${p.art9Condition}`), letter: ART9_LETTER[p.art9Condition] })
      : t('purposes.art9Missing');
    items.push(term(t('purposes.special'), `${names}. ${cond}`));
  }
  if (cats.some((x) => x.criminal || x.bsn)) {
    items.push(term(t('purposes.legalGround'), c.txt(p.legalGround) || t('purposes.legalGroundMissing')));
  }
  if (p.legalBasis === 'consent') {
    items.push(term(t('purposes.withdraw'), [c.txt(p.consentWithdrawal), t('purposes.withdrawEffect')].filter(Boolean).join(' ')));
  }
  if (p.provision) {
    const req = t(`provision.${p.provision.requirement}`);
    const cons = c.txt(p.provision.consequence);
    items.push(term(t('purposes.required'), cons ? `${req} ${t('purposes.consequence', { consequence: cons })}` : req));
  }
  items.push(term(t('purposes.source'), sourceText(c, p)));
  if (p.recipients) {
    const names = p.recipients.map((id) => c.recipient(id)?.name ?? id);
    items.push(term(t('purposes.recipients'), names.length ? c.list(names) : t('purposes.noRecipients')));
  }
  items.push(term(t('purposes.retention'), retentionText(c, p.retention)));
  if (p.automatedDecision) {
    const a = p.automatedDecision;
    items.push(term(t('purposes.automated'), [t('purposes.automatedIntro'), t('purposes.logic', { text: c.txt(a.logic) }), t('purposes.significance', { text: c.txt(a.significance) }), t('purposes.consequences', { text: c.txt(a.consequences) }), t('purposes.automatedRights')].join(' ')));
  }
  if (p.directMarketing && p.optOut) items.push(term(t('purposes.optOut'), c.txt(p.optOut)));
  return items;
}

function sourceText(c: Context, p: Purpose): string {
  const sources = p.sources?.length ? p.sources : [{ type: 'data-subject' as const }];
  return sources
    .map((s) => (s.type === 'data-subject' ? c.t('purposes.fromYou') : c.t(`purposes.from.${s.type}`, { name: c.txt(s.name) || c.t('purposes.unknownSource') })))
    .join(' ');
}

/** "What we use and why": one sub-section per purpose. */
export function purposesSection(c: Context): Section {
  const { t } = c;
  const blocks: Block[] = [para(t('purposes.intro', { count: c.purposes.length }))];
  for (const p of c.purposes) {
    blocks.push(sub(`purpose-${String(p.id)}`, c.txt(p.name) || String(p.id)));
    if (p.description) blocks.push(para(c.txt(p.description)));
    blocks.push(list(purposeFacts(c, p)));
  }
  // Art. 14(3): people whose data comes from elsewhere are told within a month, or at first contact.
  if (c.purposes.some((p) => (p.sources ?? []).some((s) => s.type !== 'data-subject'))) blocks.push(para(t('purposes.indirectTiming')));
  const channel = c.d.rightsHandling?.channel ?? c.d.organisation?.privacyContact?.email ?? c.d.organisation?.email;
  if (channel) blocks.push(para(t('purposes.questions'), ' ', contactLink(channel), '.'));
  return { id: 'purposes', title: t('purposes.title'), blocks };
}
