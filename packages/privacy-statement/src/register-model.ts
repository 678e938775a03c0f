import { AP, ART9_LETTER, BASIS_LETTER } from './constants.js';
import { createContext, type Context } from './context.js';
import { addressLine } from './sections/controller-section.js';
import { nonEeaCountries, recipientCountries } from './recipient-countries.js';
import { retentionText } from './sections/retention-text.js';
import type { Declarations, Lang, Purpose, Text } from './types.js';

/** One processing activity of the controller register (Art. 30(1)). */
export interface RegisterActivity {
  id: string;
  name: string;
  description: string;
  /** The article and its legal name, e.g. `artikel 6 lid 1 onder b AVG (uitvoering van een overeenkomst)`. */
  legalBasis: string;
  legitimateInterest: string;
  /** The Art. 9(2) condition with its name, empty when no special data. */
  art9Condition: string;
  legalGround: string;
  dataSubjects: string[];
  dataCategories: string[];
  /** The special, criminal or BSN data the purpose uses, by name. */
  specialCategories: string[];
  /** Names in the register's language; `role` in words (`verwerker`, `processor`); countries as ISO codes. */
  recipients: { name: string; role: string; countries: string[] }[];
  /** `safeguard` in words, with the date the DPF list was checked and the fallback. */
  transfers: { recipient: string; countries: string[]; safeguard: string }[];
  retention: string;
  processingAgreements: { recipient: string; signed: boolean; date: string }[];
  owner: string;
  systems: string[];
  access: string[];
  dpia: string;
  lia: string;
}

/** One activity of the processor register (Art. 30(2)). */
export interface ProcessorRegisterActivity {
  id: string;
  controller: string;
  processing: string;
  dataCategories: string[];
  subProcessors: { name: string; countries: string[] }[];
  transfers: { recipient: string; countries: string[]; safeguard: string }[];
  security: string;
  /** The processing agreement made with each client (Art. 28(3)); empty when not declared. */
  agreement: string;
  /** How long client data is kept; empty when not declared. */
  retention: string;
}

/**
 * The record of processing activities as data, in one language: every value a reader sees (legal
 * bases, roles, safeguards, "none") is already in words of `lang`, so the Markdown, the CSV and
 * the JSON say the same thing.
 */
export interface Register {
  lang: Lang;
  version: string;
  effectiveDate: string;
  controller: {
    name: string;
    kvk: string;
    address: string;
    email: string;
    phone: string;
    privacyContact: string;
    representative: string;
    dpo: string;
    jointControllers: string[];
  };
  activities: RegisterActivity[];
  processorActivities: ProcessorRegisterActivity[];
  /** General description of the technical and organisational measures (Art. 30(1)(g)). */
  security: string[];
  complaintAuthority: string;
}

/** A schema value in the register's words; the value itself when a (new) value has no words yet. */
const word = (c: Context, group: string, value: string): string => c.t(`register:${group}.${value}`, { defaultValue: value });

function transferFor(c: Context, id: string): { recipient: string; countries: string[]; safeguard: string } | undefined {
  const r = c.recipient(id);
  if (!r) return undefined;
  const outside = nonEeaCountries(r);
  if (!outside.length) return undefined;
  // No declared safeguard is a gap in the file (V07 reports it), not a fact to state as "none".
  const m = word(c, 'mechanism', r.transfer?.mechanism ?? 'notRecorded');
  const checked = r.transfer?.dpfCheckedOn ? ` (${c.t('register:dpfChecked', { date: r.transfer.dpfCheckedOn })})` : '';
  const fallback = r.transfer?.fallback ? `, ${c.t('register:fallback', { mechanism: word(c, 'mechanism', r.transfer.fallback) })}` : '';
  return { recipient: c.txt(r.name), countries: outside, safeguard: `${m}${checked}${fallback}` };
}

function activity(c: Context, p: Purpose): RegisterActivity {
  const label = (ids: string[] | undefined, find: (id: string) => { label: Text } | undefined) =>
    (ids ?? []).map((id) => c.txt(find(id)?.label) || id);
  const cats = (p.dataCategories ?? []).map((id) => c.category(id)).filter((x) => x !== undefined);
  const recips = (p.recipients ?? []).map((id) => c.recipient(id)).filter((x) => x !== undefined);
  return {
    id: String(p.id),
    name: c.txt(p.name),
    description: c.txt(p.description),
    legalBasis: p.legalBasis
      ? c.t('register:basisValue', { letter: BASIS_LETTER[p.legalBasis], name: word(c, 'basis', p.legalBasis) })
      : '',
    legitimateInterest: c.txt(p.legitimateInterest),
    art9Condition: p.art9Condition
      ? c.t('register:art9Value', { letter: ART9_LETTER[p.art9Condition], name: word(c, 'art9Condition', p.art9Condition) })
      : '',
    legalGround: c.txt(p.legalGround),
    dataSubjects: label(p.dataSubjects, c.subject),
    dataCategories: label(p.dataCategories, c.category),
    specialCategories: cats
      .filter((x) => x.special || x.criminal || x.bsn)
      .map((x) => word(c, 'special', x.special ?? (x.criminal ? 'criminal' : 'bsn'))),
    recipients: recips.map((r) => ({ name: c.txt(r.name), role: word(c, 'role', r.role), countries: recipientCountries(r) })),
    transfers: (p.recipients ?? []).map((id) => transferFor(c, id)).filter((x) => x !== undefined),
    retention: retentionText(c, p.retention),
    processingAgreements: recips
      .filter((r) => r.role === 'processor')
      .map((r) => {
        const pa = r.processingAgreement;
        return {
          recipient: c.txt(r.name),
          signed: pa === true || (typeof pa === 'object' && pa.signed),
          date: typeof pa === 'object' ? (pa.date ?? '') : '',
        };
      }),
    owner: p.internal?.owner ?? '',
    systems: p.internal?.systems ?? [],
    access: p.internal?.access ?? [],
    dpia: p.internal?.dpia ?? '',
    lia: p.internal?.lia ?? '',
  };
}

/** Builds the Art. 30 register (30(1) always, 30(2) when the business processes for clients). */
export function buildRegister(d: Declarations, lang: Lang = 'nl'): Register {
  const c = createContext(d, lang);
  const o = d.organisation ?? {};
  const dpo = d.dpo;
  const ca = d.complaintAuthority;
  return {
    lang,
    version: d.meta?.version ?? '',
    effectiveDate: d.meta?.effectiveDate ?? '',
    controller: {
      name: o.legalName ?? c.orgName,
      kvk: o.kvk ?? '',
      address: addressLine(c, o.address),
      email: o.email ?? '',
      phone: o.phone ?? '',
      privacyContact: [c.txt(o.privacyContact?.name), o.privacyContact?.email].filter(Boolean).join(', '),
      representative: o.representative ? [c.txt(o.representative.name), o.representative.email].filter(Boolean).join(', ') : '',
      dpo:
        dpo && typeof dpo === 'object' && dpo.appointed
          ? [c.txt(dpo.name), dpo.email, dpo.phone].filter(Boolean).join(', ')
          : c.t('register:none'),
      // Art. 30(1)(a): joint controllers, whether declared on the organisation or as a recipient.
      jointControllers: [
        ...new Set([
          ...(o.jointControllers ?? []).map((j) => j.name),
          ...(d.recipients ?? []).filter((r) => r.role === 'joint-controller').map((r) => c.txt(r.name)),
        ]),
      ],
    },
    activities: c.purposes.map((p) => activity(c, p)),
    processorActivities: (d.roles?.processorFor ?? []).map((a) => {
      const subs = (a.subProcessors ?? []).map((id) => c.recipient(id)).filter((x) => x !== undefined);
      return {
        id: a.id,
        controller: c.txt(a.clients),
        processing: c.txt(a.processing),
        dataCategories: (a.dataCategories ?? []).map((id) => c.txt(c.category(id)?.label) || id),
        subProcessors: subs.map((r) => ({ name: c.txt(r.name), countries: recipientCountries(r) })),
        transfers: (a.subProcessors ?? []).map((id) => transferFor(c, id)).filter((x) => x !== undefined),
        security: c.txt(a.security),
        agreement: c.txt(a.agreement),
        retention: c.txt(a.retention),
      };
    }),
    security: (d.security ?? []).map((m) => `${word(c, 'measure', m.type)}: ${c.txt(m.description)}`),
    // The object form without a name is the AP, with a note such as "contact us first".
    complaintAuthority: typeof ca === 'object' ? (ca.name ?? AP.name) : ca === 'none' ? c.t('register:none') : AP.name,
  };
}
