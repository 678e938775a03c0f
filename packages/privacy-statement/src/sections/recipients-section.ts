import { para, type Block, type Inline, type Section } from '../blocks.js';
import { ADEQUATE } from '../constants.js';
import type { Context } from '../context.js';
import { nonEeaCountries, recipientCountries } from '../recipient-countries.js';
import type { Recipient } from '../types.js';

/** The transfer sentence for one recipient (Art. 13(1)(f)). */
function transferText(c: Context, r: Recipient, outside: string[]): string {
  const { t } = c;
  const where = c.list(outside.map(c.country));
  const parts = [t('transfers.where', { name: r.name, countries: where })];
  const tr = r.transfer;
  if (!tr) {
    parts.push(outside.every((x) => ADEQUATE.has(x)) ? t('transfers.adequacy') : t('transfers.none'));
  } else {
    parts.push(t(`transfers.${tr.mechanism}`, { name: r.name, date: c.date(tr.dpfCheckedOn) }));
    if (tr.mechanism === 'dpf' && tr.dpfCheckedOn) parts.push(t('transfers.dpfChecked', { date: c.date(tr.dpfCheckedOn) }));
    if (tr.fallback) parts.push(t(`transfers.fallback.${tr.fallback}`));
    const copy = c.txt(tr.copy);
    if (tr.mechanism !== 'adequacy') parts.push(copy ? t('transfers.copy', { how: copy }) : t('transfers.copyAsk'));
  }
  return parts.join(' ');
}

/** "Who receives your data": the processor list and transfers outside the EEA. */
export function recipientsSection(c: Context): Section {
  const { t } = c;
  const rs = (c.d.recipients ?? []).filter((r) => r && typeof r === 'object');
  const blocks: Block[] = [];
  if (!rs.length) {
    blocks.push(para(t('recipients.none')));
    return { id: 'recipients', title: t('recipients.title'), blocks };
  }
  blocks.push(para(t('recipients.intro', { count: rs.length })));
  const rows: Inline[][][] = rs.map((r) => [
    [r.privacyPolicyUrl ? { text: r.name, href: r.privacyPolicyUrl } : r.name],
    [t(`recipients.role.${r.role}`)],
    [c.txt(r.service)],
    [c.list(recipientCountries(r).map(c.country))],
  ]);
  blocks.push({ type: 'table', head: [t('recipients.head.name'), t('recipients.head.role'), t('recipients.head.service'), t('recipients.head.countries')], rows });
  const processors = rs.filter((r) => r.role === 'processor');
  if (processors.length) blocks.push(para(t('recipients.processors', { count: processors.length })));
  const joint = rs.filter((r) => r.role === 'joint-controller');
  for (const r of joint) blocks.push(para(t('recipients.joint', { name: r.name }), ' ', c.txt(r.arrangement)));
  const abroad = rs.map((r) => [r, nonEeaCountries(r)] as const).filter(([, xs]) => xs.length);
  blocks.push({ type: 'heading', level: 3, id: 'transfers', content: [t('transfers.title')] });
  if (!abroad.length) blocks.push(para(t('transfers.noneAbroad')));
  else {
    blocks.push(para(t('transfers.intro')));
    for (const [r, xs] of abroad) blocks.push(para(transferText(c, r, xs)));
  }
  return { id: 'recipients', title: t('recipients.title'), blocks };
}
