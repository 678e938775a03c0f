import { para, type Block, type Inline, type Section } from '../blocks.js';
import { ADEQUATE, EEA } from '../constants.js';
import type { Context } from '../context.js';
import { knownInsideEea, nonEeaCountries, recipientCountries } from '../recipient-countries.js';
import type { Recipient } from '../types.js';
import { absentSentences } from './absent-claims.js';
import { asClause, asSentence, sentences } from './prose.js';

/** The transfer sentence for one recipient (Art. 13(1)(f)). */
function transferText(c: Context, r: Recipient, outside: string[]): string {
  const { t } = c;
  const where = c.list(outside.map(c.country));
  const name = recipientName(c, r);
  const parts = [t('transfers.where', { name, countries: where })];
  const tr = r.transfer;
  if (!tr) {
    parts.push(outside.every((x) => ADEQUATE.has(x)) ? t('transfers.adequacy') : t('transfers.none'));
  } else {
    parts.push(t(`transfers.${tr.mechanism}`, { name, date: c.date(tr.dpfCheckedOn) }));
    if (tr.mechanism === 'dpf' && tr.dpfCheckedOn) parts.push(t('transfers.dpfChecked', { date: c.date(tr.dpfCheckedOn) }));
    if (tr.fallback) parts.push(t(`transfers.fallback.${tr.fallback}`));
    const copy = asClause(c.txt(tr.copy));
    if (tr.mechanism !== 'adequacy') parts.push(copy ? t('transfers.copy', { how: copy }) : t('transfers.copyAsk'));
  }
  return sentences(...parts);
}

/** A recipient's name in this language; its id when a forced file gave it none. */
export const recipientName = (c: Context, r: Recipient): string => c.txt(r.name) || String(r.id);

/**
 * "Data outside the EEA". "All our recipients keep your data in the EEA" only when that is known of
 * every recipient; a recipient whose countries are not recorded is named as such, never counted
 * as inside the EEA. The file's own "no data leaves the EEA" (`absent.transfersOutsideEEA`) leads
 * the part when no recipient contradicts it; when one does, only the facts about that recipient
 * are printed (absent-claims.ts).
 */
function transferBlocks(c: Context, rs: Recipient[]): Block[] {
  const { t } = c;
  const blocks: Block[] = [{ type: 'heading', level: 3, id: 'transfers', content: [t('transfers.title')] }];
  const claim = absentSentences(c, ['transfersOutsideEEA']);
  if (claim.length) blocks.push(para(...claim));
  if (rs.every(knownInsideEea)) return [...blocks, para(t('transfers.noneAbroad'))];
  const abroad = rs.map((r) => [r, nonEeaCountries(r)] as const).filter(([, xs]) => xs.length);
  if (abroad.length) {
    blocks.push(para(t('transfers.intro')));
    for (const [r, xs] of abroad) blocks.push(para(transferText(c, r, xs)));
  }
  // Seated outside the EEA but processing inside it: state both facts, claim nothing more.
  for (const r of rs) {
    const xs = recipientCountries(r);
    if (xs.length && !nonEeaCountries(r).length && r.country !== undefined && !EEA.has(r.country)) {
      blocks.push(
        para(
          t('transfers.seatOutside', { name: recipientName(c, r), country: c.country(r.country), countries: c.list(xs.map(c.country)) }),
        ),
      );
    }
  }
  const unknown = rs.filter((r) => !recipientCountries(r).length);
  if (unknown.length) blocks.push(para(t('transfers.unknown', { names: c.list(unknown.map((r) => recipientName(c, r))) })));
  return blocks;
}

/** "Who receives your data": the recipient table, what each role means, and transfers outside the EEA. */
export function recipientsSection(c: Context): Section {
  const { t } = c;
  const rs = (c.d.recipients ?? []).filter((r) => r && typeof r === 'object');
  const blocks: Block[] = [];
  if (!rs.length) {
    // "Nobody" only when every purpose says so with `recipients: []`; otherwise it is not known.
    const stated = c.purposes.every((p) => Array.isArray(p.recipients));
    blocks.push(para(stated ? t('recipients.none') : t('recipients.unstated')));
    // No recipients, so no transfer part: the file's own "no data leaves the EEA" goes here.
    blocks.push(...absentSentences(c, ['transfersOutsideEEA']).map((x) => para(x)));
    return { id: 'recipients', title: t('recipients.title'), blocks };
  }
  blocks.push(para(t('recipients.intro', { count: rs.length })));
  const rows: Inline[][][] = rs.map((r) => {
    const countries = recipientCountries(r);
    const name = recipientName(c, r);
    return [
      [r.privacyPolicyUrl ? { text: name, href: r.privacyPolicyUrl } : name],
      [t(`recipients.role.${r.role}`)],
      [c.txt(r.service)],
      [countries.length ? c.list(countries.map(c.country)) : t('recipients.countryUnknown')],
    ];
  });
  blocks.push({
    type: 'table',
    head: [t('recipients.head.name'), t('recipients.head.role'), t('recipients.head.service'), t('recipients.head.countries')],
    rows,
  });
  const processors = rs.filter((r) => r.role === 'processor');
  if (processors.length) blocks.push(para(t('recipients.processors', { count: processors.length })));
  if (rs.some((r) => r.role === 'controller')) blocks.push(para(t('recipients.controllers')));
  for (const r of rs.filter((x) => x.role === 'joint-controller')) {
    const arrangement = asSentence(c.txt(r.arrangement));
    blocks.push(
      para(
        sentences(
          t('recipients.joint', { name: recipientName(c, r) }),
          arrangement ? `${t('recipients.jointAgreed')} ${arrangement}` : t('recipients.jointNoArrangement'),
        ),
      ),
    );
  }
  blocks.push(...transferBlocks(c, rs));
  return { id: 'recipients', title: t('recipients.title'), blocks };
}
