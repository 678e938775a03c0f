import { contactLink, list, para, term, type Block, type Inline, type Section } from '../blocks.js';
import type { Context } from '../context.js';
import type { Address } from '../types.js';

/** One line for a postal address. */
export function addressLine(c: Context, a: Address | undefined): string {
  if (!a) return '';
  const country = a.country && a.country !== 'NL' ? `, ${c.country(a.country)}` : '';
  return `${a.street}, ${a.postalCode} ${a.city}${country}`;
}

/** "Who we are": identity and contact details of the controller (Art. 13(1)(a)-(b)). */
export function controllerSection(c: Context): Section {
  const { t, d } = c;
  const org = d.organisation ?? {};
  const blocks: Block[] = [para(t('controller.intro', { legalName: org.legalName ?? c.orgName }))];
  if (org.tradeNames?.length) blocks.push(para(t('controller.tradeNames', { names: c.list(org.tradeNames) })));
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
    blocks.push(para(who ? t('controller.privacyContactNamed', { name: who }) : t('controller.privacyContact'), ' ', contactLink(pcReach), pc?.phone ? ` ${t('controller.orPhone', { phone: pc.phone })}` : '', '.'));
  }
  blocks.push(...dpoBlocks(c));
  const rep = org.representative;
  if (rep) {
    const reach = rep.email ?? rep.url ?? rep.phone ?? '';
    blocks.push(para(t('controller.representative', { name: c.txt(rep.name), address: addressLine(c, rep.address) }), ' ', contactLink(reach)));
  }
  const joint = org.jointControllers ?? [];
  if (joint.length) {
    blocks.push(para(t('controller.joint', { count: joint.length })));
    blocks.push(list(joint.map((j) => [{ strong: j.name }, j.contact ? ` (${j.contact})` : '', ': ', c.txt(j.arrangement) || t('controller.jointNoArrangement')])));
  }
  const proc = d.roles?.processorFor ?? [];
  if (proc.length) {
    blocks.push(para(t('controller.processorIntro', { count: proc.length })));
    blocks.push(list(proc.map((p) => [{ strong: c.txt(p.clients) }, ': ', c.txt(p.processing)])));
    blocks.push(para(t('controller.processorOutro')));
  }
  return { id: 'controller', title: t('controller.title'), blocks };
}

function dpoBlocks(c: Context): Block[] {
  const { t } = c;
  const dpo = c.d.dpo;
  if (dpo && typeof dpo === 'object' && dpo.appointed === true) {
    const reach = dpo.email ?? dpo.phone ?? '';
    const name = c.txt(dpo.name);
    return [para(name ? t('controller.dpoNamed', { name }) : t('controller.dpo'), ' ', contactLink(reach), '.')];
  }
  return [para(t('controller.noDpo'))];
}
