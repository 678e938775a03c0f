import { contactLink, list, para, term, type Block, type Inline, type Section } from '../blocks.js';
import { DEFAULT_RESPONSE_TIME } from '../constants.js';
import type { Context } from '../context.js';

/** Where people send rights requests: declared channel, else the privacy contact, else the general e-mail. */
export function rightsChannel(c: Context): string {
  const d = c.d;
  return d.rightsHandling?.channel ?? d.organisation?.privacyContact?.email ?? d.organisation?.email ?? '';
}

/** "Your rights": all Art. 15-21 rights, how to use them, response time and identity check. */
export function rightsSection(c: Context): Section {
  const { t } = c;
  const names = (ids: string[]) => c.list(c.purposes.filter((p) => ids.includes(String(p.legalBasis))).map((p) => c.txt(p.name)));
  const items: Inline[][] = ['access', 'rectification', 'erasure', 'restriction'].map((r) => term(t(`rights.${r}.name`), t(`rights.${r}.text`)));
  const portable = names(['consent', 'contract']);
  items.push(term(t('rights.portability.name'), portable ? t('rights.portability.text', { purposes: portable }) : t('rights.portability.none')));
  const objection = objectionSection(c) ? `${t('rights.objection.text')} ${t('rights.objection.more')}` : t('rights.objection.text');
  items.push(term(t('rights.objection.name'), objection));
  if (c.purposes.some((p) => p.legalBasis === 'consent')) items.push(term(t('rights.withdraw.name'), t('rights.withdraw.text')));
  if (c.purposes.some((p) => p.automatedDecision)) items.push(term(t('rights.automated.name'), t('rights.automated.text')));
  const rh = c.d.rightsHandling ?? {};
  const channel = rightsChannel(c);
  const blocks: Block[] = [para(t('rights.intro')), list(items), { type: 'heading', level: 3, id: 'exercise', content: [t('rights.howTitle')] }];
  blocks.push(para(t('rights.how'), ' ', contactLink(channel), '. ', t('rights.responseTime', { time: c.dur(rh.responseTime ?? DEFAULT_RESPONSE_TIME) }), ' ', t('rights.extension'), ' ', t('rights.free')));
  const idCheck = c.txt(rh.identityCheck);
  blocks.push(para(t('rights.identity'), ' ', idCheck || t('rights.identityDefault')));
  return { id: 'rights', title: t('rights.title'), blocks };
}

/**
 * "Your right to object", kept apart from the other rights as Art. 21(4) asks for purposes based
 * on Art. 6(1)(e) or (f) and for direct marketing. Returns no section when none applies.
 */
export function objectionSection(c: Context): Section | undefined {
  const { t } = c;
  const balanced = c.purposes.filter((p) => p.legalBasis === 'public-task' || p.legalBasis === 'legitimate-interests');
  const marketing = c.purposes.filter((p) => p.directMarketing);
  if (!balanced.length && !marketing.length) return undefined;
  const blocks: Block[] = [];
  if (balanced.length) {
    blocks.push(para({ strong: t('objection.balancedLead') }, ' ', t('objection.balanced', { purposes: c.list(balanced.map((p) => c.txt(p.name))) })));
  }
  if (marketing.length) {
    blocks.push(para({ strong: t('objection.marketingLead') }, ' ', t('objection.marketing', { purposes: c.list(marketing.map((p) => c.txt(p.name))) })));
  }
  blocks.push(para(t('objection.how'), ' ', contactLink(rightsChannel(c)), '.'));
  return { id: 'objection', title: t('objection.title'), blocks };
}
