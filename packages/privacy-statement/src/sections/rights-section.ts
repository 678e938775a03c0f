import { contactLink, list, para, type Block, type Inline, type Section } from '../blocks.js';
import { DEFAULT_RESPONSE_TIME } from '../constants.js';
import type { Context } from '../context.js';
import type { Purpose } from '../types.js';
import { asSentence, quoted } from './prose.js';

/** Where people send rights requests: declared channel, else the privacy contact, else the general e-mail. */
export function rightsChannel(c: Context): string {
  const d = c.d;
  return d.rightsHandling?.channel ?? d.organisation?.privacyContact?.email ?? d.organisation?.email ?? '';
}

/**
 * One right as people know it and as the law and the AP name it, next to its article:
 * "**Inzage** (recht op inzage, artikel 15 AVG): u mag vragen …". People quote the official
 * name in a request, so both are there.
 */
function right(c: Context, key: string, text: string): Inline[] {
  return [{ strong: c.t(`rights.${key}.name`) }, ` (${c.t(`rights.${key}.legal`)}): `, text];
}

/** Purpose names in running text, quoted so a name with "en" in it stays one name. */
function purposeNames(c: Context, ps: Purpose[]): string {
  return c.list(
    ps
      .map((p) => c.txt(p.name))
      .filter(Boolean)
      .map(quoted),
  );
}

/** "Send your request to x." or, when no channel is declared, that it is not yet recorded. */
function sendTo(c: Context, lead: string, channel: string): Inline[] {
  return channel ? [lead, ' ', contactLink(channel), '.'] : [c.t('rights.channelMissing')];
}

/** "Your rights": all Art. 15-22 rights, how to use them, response time and identity check. */
export function rightsSection(c: Context): Section {
  const { t } = c;
  const byBasis = (ids: string[]) => c.purposes.filter((p) => ids.includes(String(p.legalBasis)));
  const items: Inline[][] = ['access', 'rectification', 'erasure', 'restriction'].map((r) => right(c, r, t(`rights.${r}.text`)));
  const portable = purposeNames(c, byBasis(['consent', 'contract']));
  items.push(right(c, 'portability', portable ? t('rights.portability.text', { purposes: portable }) : t('rights.portability.none')));
  const objection = objectionSection(c) ? `${t('rights.objection.text')} ${t('rights.objection.more')}` : t('rights.objection.text');
  items.push(right(c, 'objection', objection));
  if (c.purposes.some((p) => p.legalBasis === 'consent')) items.push(right(c, 'withdraw', t('rights.withdraw.text')));
  if (c.purposes.some((p) => p.automatedDecision)) items.push(right(c, 'automated', t('rights.automated.text')));
  const rh = c.d.rightsHandling ?? {};
  const blocks: Block[] = [
    para(t('rights.intro')),
    list(items),
    { type: 'heading', level: 3, id: 'exercise', content: [t('rights.howTitle')] },
  ];
  blocks.push(
    para(
      ...sendTo(c, t('rights.how'), rightsChannel(c)),
      ' ',
      t('rights.responseTime', { time: c.dur(rh.responseTime ?? DEFAULT_RESPONSE_TIME) }),
      ' ',
      t('rights.extension'),
      ' ',
      t('rights.free'),
    ),
  );
  // How identity is checked only as the file says; no procedure is made up for it.
  const idCheck = asSentence(c.txt(rh.identityCheck));
  blocks.push(para(t('rights.identity'), ...(idCheck ? [' ', idCheck] : [])));
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
  if (balanced.length)
    blocks.push(para({ strong: t('objection.balancedLead') }, ' ', t('objection.balanced', { purposes: purposeNames(c, balanced) })));
  if (marketing.length)
    blocks.push(para({ strong: t('objection.marketingLead') }, ' ', t('objection.marketing', { purposes: purposeNames(c, marketing) })));
  blocks.push(para(t('objection.free'), ' ', ...sendTo(c, t('objection.send'), rightsChannel(c))));
  return { id: 'objection', title: t('objection.title'), blocks };
}
