import { contactLink, list, para, term, type Block, type Inline, type Section } from '../blocks.js';
import type { Context } from '../context.js';
import type { Address, ProcessorActivity, Representative } from '../types.js';
import { asClause, asSentence, capitalise, sentences } from './prose.js';

/** One line for a postal address; parts a forced file left out are skipped, not printed as "undefined". */
export function addressLine(c: Context, a: Address | undefined): string {
  if (!a) return '';
  const country = a.country && a.country !== 'NL' ? c.country(a.country) : '';
  const place = [a.postalCode, a.city].filter((x) => typeof x === 'string' && x !== '').join(' ');
  return [a.street, place, country].filter((x) => typeof x === 'string' && x !== '').join(', ');
}

/**
 * Ways to reach someone in running text: "a, b of c", each e-mail or web address a link. Every
 * declared way is shown; none is dropped because another one is there too.
 */
function reachInlines(c: Context, values: readonly (string | undefined)[]): Inline[] {
  const xs = values.filter((x): x is string => typeof x === 'string' && x !== '');
  const out: Inline[] = [];
  xs.forEach((x, i) => {
    if (i > 0) out.push(i === xs.length - 1 ? ` ${c.t('common.or')} ` : ', ');
    out.push(contactLink(x));
  });
  return out;
}

/** "Who we are": identity and contact details of the controller (Art. 13(1)(a)-(b)). */
export function controllerSection(c: Context): Section {
  const { t, d } = c;
  const org = d.organisation ?? {};
  const blocks: Block[] = [];
  // What the business does first: that is what a reader of "who we are" looks for.
  const description = asSentence(c.txt(org.description));
  if (description) blocks.push(para(description));
  // Without a legal or trade name the sentence starts with "onze organisatie": give it its capital.
  blocks.push(para(capitalise(t('controller.intro', { legalName: org.legalName ?? c.orgName }))));
  if (org.tradeNames?.length)
    blocks.push(para(t('controller.tradeNames', { names: c.list(org.tradeNames), count: org.tradeNames.length })));
  const items: Inline[][] = [];
  const legalForm = asClause(c.txt(org.legalForm));
  if (legalForm) items.push(term(t('controller.legalForm'), legalForm));
  if (org.address) items.push(term(t('controller.address'), addressLine(c, org.address)));
  if (org.kvk) items.push(term(t('controller.kvk'), org.kvk));
  if (org.vatNumber) items.push(term(t('controller.vatNumber'), org.vatNumber));
  if (org.email) items.push(term(t('controller.email'), contactLink(org.email)));
  if (org.phone) items.push(term(t('controller.phone'), org.phone));
  if (org.website) items.push(term(t('controller.website'), contactLink(org.website)));
  if (items.length) blocks.push(list(items));

  const contact = privacyContactBlock(c);
  if (contact) blocks.push(contact);
  blocks.push(dpoBlock(c, contact !== undefined));
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
  const proc = (d.roles?.processorFor ?? []).filter((p) => p && typeof p === 'object');
  if (proc.length) {
    blocks.push(para(t('controller.processorIntro', { count: proc.length })));
    for (const p of proc) blocks.push(...processorBlocks(c, p));
    blocks.push(para(t('controller.processorOutro')));
  }
  return { id: 'controller', title: t('controller.title'), blocks };
}

/**
 * Who answers privacy questions, with every way to reach them that the file gives. A contact with
 * only a name is still shown (by name), and the general e-mail stands in when the contact has no
 * address of its own. Undefined when there is nobody to name and no way to reach anyone, so the
 * DPO paragraph never refers to "the contact above" when none is shown.
 */
function privacyContactBlock(c: Context): Block | undefined {
  const { t } = c;
  const org = c.d.organisation ?? {};
  const pc = org.privacyContact;
  const name = c.txt(pc?.name);
  const own = [pc?.email, pc?.url].filter((x) => typeof x === 'string' && x !== '');
  const channels = own.length ? own : [org.email];
  const phone = pc?.phone;
  const reach = reachInlines(c, channels);
  if (reach.length) {
    const lead = name ? t('controller.privacyContactNamed', { name }) : t('controller.privacyContact');
    return para(lead, ' ', ...reach, phone ? ` ${t('controller.orPhone', { phone })}` : '', '.');
  }
  if (phone) return para(name ? t('controller.privacyContactNamedPhone', { name, phone }) : t('controller.privacyContactPhone', { phone }));
  if (name) return para(t('controller.privacyContactNameOnly', { name }));
  return undefined;
}

/**
 * One piece of work done for clients as a processor (Art. 28): what is done, then the facts the
 * file gives about it: the data (special categories named, as the client's reader needs to know
 * they are there), the processing agreement, how long the data is kept, what clients can do
 * themselves and what happens at the end of the contract.
 */
function processorBlocks(c: Context, p: ProcessorActivity): Block[] {
  const { t } = c;
  const clients = capitalise(asClause(c.txt(p.clients)));
  const processing = asClause(c.txt(p.processing));
  const blocks: Block[] = [para({ strong: `${clients}:` }, ' ', processing ? `${processing}.` : t('common.notRecorded'))];
  const items: Inline[][] = [];
  const cats = (p.dataCategories ?? []).map((id) => ({ id, x: c.category(id) }));
  if (cats.length) {
    const label = ({ id, x }: (typeof cats)[number]) => {
      if (!x) return id;
      const ex = c.txt(x.examples);
      return ex ? `${c.txt(x.label)} (${ex})` : c.txt(x.label);
    };
    items.push(term(t('purposes.data'), c.list(cats.map(label))));
    const special = cats.filter(({ x }) => x?.special !== undefined).map(({ x }) => c.txt(x?.label));
    if (special.length) items.push(term(t('purposes.special'), c.list(special)));
    const criminal = cats.filter(({ x }) => x?.criminal === true).map(({ x }) => c.txt(x?.label));
    if (criminal.length) items.push(term(t('controller.processorCriminal'), c.list(criminal)));
  }
  const agreement = asSentence(c.txt(p.agreement));
  if (agreement) items.push(term(t('controller.processorAgreement'), agreement));
  const retention = asSentence(c.txt(p.retention));
  if (retention) items.push(term(t('purposes.retention'), retention));
  const cc = p.clientControls ?? {};
  const controls = sentences(
    asSentence(c.txt(cc.portal)),
    cc.export === true ? t('controller.clientExport') : cc.export === false ? t('controller.clientNoExport') : '',
  );
  if (controls) items.push(term(t('controller.clientControls'), controls));
  if (cc.endOfContract) items.push(term(t('controller.endOfContract'), t(`controller.end.${cc.endOfContract}`)));
  if (items.length) blocks.push(list(items));
  return blocks;
}

/** The EU representative (Art. 27), leaving out what the file does not give instead of printing "is , ." */
function representativeBlock(c: Context, rep: Representative): Block {
  const { t } = c;
  const who = [c.txt(rep.name), addressLine(c, rep.address)].filter(Boolean).join(', ');
  const reach = reachInlines(c, [rep.email, rep.url, rep.phone]);
  const parts: Inline[] = [who ? t('controller.representativeNamed', { name: who }) : t('controller.representativeUnknown')];
  if (reach.length) parts.push(' ', t('controller.representativeReach'), ' ', ...reach, '.');
  return para(...parts);
}

/**
 * The DPO paragraph. "Not required for us" only when the file says `mandatory: false`; a file
 * that does not say whether there is a DPO gets "not yet recorded", never "we have none". The
 * reason the file gives for having none is shown with it.
 */
function dpoBlock(c: Context, contactShown: boolean): Block {
  const { t } = c;
  const dpo = c.d.dpo;
  if (dpo && typeof dpo === 'object' && dpo.appointed === true) {
    const name = c.txt(dpo.name);
    const reach = reachInlines(c, [dpo.email, dpo.phone]);
    const parts: Inline[] = [name ? t('controller.dpoIsNamed', { name }) : t('controller.dpoAppointed')];
    if (reach.length) parts.push(' ', t('controller.dpoReach'), ' ', ...reach, '.');
    return para(...parts);
  }
  if (dpo === undefined) return para(t('controller.dpoUnknown'));
  const parts: Inline[] = [t('controller.dpoNone')];
  if (typeof dpo === 'object' && dpo.mandatory === false) parts.push(' ', t('controller.dpoNotRequired'));
  const reason = typeof dpo === 'object' ? asSentence(c.txt(dpo.reason)) : '';
  if (reason) parts.push(' ', reason);
  if (contactShown) parts.push(' ', t('controller.askContact'));
  return para(...parts);
}
