import { contactLink, list, para, term, type Block, type Inline, type Section } from '../blocks.js';
import type { Context } from '../context.js';
import type { Address, Representative } from '../types.js';
import { asSentence, capitalise } from './prose.js';

/** One line for a postal address; parts a forced file left out are skipped, not printed as "undefined". */
export function addressLine(c: Context, a: Address | undefined): string {
  if (!a) return '';
  const country = a.country && a.country !== 'NL' ? c.country(a.country) : '';
  const place = [a.postalCode, a.city].filter((x) => typeof x === 'string' && x !== '').join(' ');
  return [a.street, place, country].filter((x) => typeof x === 'string' && x !== '').join(', ');
}

/** "Who we are": identity and contact details of the controller (Art. 13(1)(a)-(b)). */
export function controllerSection(c: Context): Section {
  const { t, d } = c;
  const org = d.organisation ?? {};
  // Without a legal or trade name the sentence starts with "onze organisatie": give it its capital.
  const blocks: Block[] = [para(capitalise(t('controller.intro', { legalName: org.legalName ?? c.orgName })))];
  if (org.tradeNames?.length)
    blocks.push(para(t('controller.tradeNames', { names: c.list(org.tradeNames), count: org.tradeNames.length })));
  const items: Inline[][] = [];
  if (org.address) items.push(term(t('controller.address'), addressLine(c, org.address)));
  if (org.kvk) items.push(term(t('controller.kvk'), org.kvk));
  if (org.email) items.push(term(t('controller.email'), contactLink(org.email)));
  if (org.phone) items.push(term(t('controller.phone'), org.phone));
  if (org.website) items.push(term(t('controller.website'), contactLink(org.website)));
  if (items.length) blocks.push(list(items));

  const pc = org.privacyContact;
  const pcReach = pc?.email ?? pc?.url ?? org.email;
  if (pcReach) {
    const who = c.txt(pc?.name);
    blocks.push(
      para(
        who ? t('controller.privacyContactNamed', { name: who }) : t('controller.privacyContact'),
        ' ',
        contactLink(pcReach),
        pc?.phone ? ` ${t('controller.orPhone', { phone: pc.phone })}` : '',
        '.',
      ),
    );
  }
  blocks.push(dpoBlock(c, pcReach !== undefined));
  const rep = org.representative;
  if (rep) blocks.push(representativeBlock(c, rep));
  const joint = org.jointControllers ?? [];
  if (joint.length) {
    blocks.push(para(t('controller.joint', { count: joint.length })));
    blocks.push(
      list(
        joint.map((j) => [
          { strong: j.name },
          j.contact ? ` (${j.contact})` : '',
          ': ',
          asSentence(c.txt(j.arrangement)) || t('controller.jointNoArrangement'),
        ]),
      ),
    );
  }
  const proc = d.roles?.processorFor ?? [];
  if (proc.length) {
    blocks.push(para(t('controller.processorIntro', { count: proc.length })));
    blocks.push(list(proc.map((p) => [{ strong: c.txt(p.clients) }, ': ', c.txt(p.processing)])));
    blocks.push(para(t('controller.processorOutro')));
  }
  return { id: 'controller', title: t('controller.title'), blocks };
}

/** The EU representative (Art. 27), leaving out what the file does not give instead of printing "is , ." */
function representativeBlock(c: Context, rep: Representative): Block {
  const { t } = c;
  const who = [c.txt(rep.name), addressLine(c, rep.address)].filter(Boolean).join(', ');
  const reach = rep.email ?? rep.url ?? rep.phone;
  const parts: Inline[] = [who ? t('controller.representativeNamed', { name: who }) : t('controller.representativeUnknown')];
  if (reach) parts.push(' ', t('controller.representativeReach'), ' ', contactLink(reach), '.');
  return para(...parts);
}

/**
 * The DPO paragraph. "Not required for us" only when the file says `mandatory: false`; a file
 * that does not say whether there is a DPO gets "not yet recorded", never "we have none".
 */
function dpoBlock(c: Context, contactShown: boolean): Block {
  const { t } = c;
  const dpo = c.d.dpo;
  if (dpo && typeof dpo === 'object' && dpo.appointed === true) {
    const name = c.txt(dpo.name);
    const reach = dpo.email ?? dpo.phone;
    const parts: Inline[] = [name ? t('controller.dpoIsNamed', { name }) : t('controller.dpoAppointed')];
    if (reach) parts.push(' ', t('controller.dpoReach'), ' ', contactLink(reach), '.');
    return para(...parts);
  }
  if (dpo === undefined) return para(t('controller.dpoUnknown'));
  const parts: Inline[] = [t('controller.dpoNone')];
  if (typeof dpo === 'object' && dpo.mandatory === false) parts.push(' ', t('controller.dpoNotRequired'));
  if (contactShown) parts.push(' ', t('controller.askContact'));
  return para(...parts);
}
