/**
 * Nothing declared is dropped (issue 12, section 3). Every field of the declarations schema, found
 * by walking the schema itself (src/schema-walk.ts, as the studio's field test does), is filled
 * with a value of its own in a declarations object, and each value must show up in one of the
 * outputs: the Dutch or English statement, the register or the banner config. A new schema field
 * fails here until it is filled below and rendered somewhere, or listed as a deliberate exception.
 *
 * Texts are checked per language (the Dutch text in the Dutch outputs, the English in the
 * English ones). Dates, durations and countries may appear as written or as the statement writes
 * them ("1 maart 2026", "3 weeks", "Belgium"). Booleans and enum values cannot be found as text:
 * each is checked by its effect (the sentence it switches on), or listed as an exception.
 */
import { describe, expect, it } from 'vitest';
import { bannerConfig } from '../src/banner-config.js';
import { createContext } from '../src/context.js';
import { generateStatement } from '../src/generate-statement.js';
import { register } from '../src/render-register.js';
import { walkSchema } from '../src/schema-walk.js';
import type { Declarations, Lang } from '../src/types.js';
import { baseDeclarations } from './base-declarations.js';

/** A text in both languages, each unique to its field: `zq<key> nl` / `zq<key> en`. */
const tx = (key: string) => ({ nl: `zq${key} nl`, en: `zq${key} en` });

/** Every field filled once (fields that exclude each other are in {@link ALTERNATIVE}). */
function full(): Declarations {
  return {
    meta: {
      version: '7.3.1',
      effectiveDate: '2026-03-14',
      lastReviewed: '2026-03-15',
      languages: ['nl', 'en'],
      bannerPlacement: 'bottom-right',
      address: 'informal',
      changelog: [{ version: '7.3.0', date: '2025-11-23', material: true, summary: tx('changesummary') }],
      changePolicy: tx('changepolicy'),
      previousVersionsUrl: 'https://zqprevious.example/archive',
    },
    organisation: {
      legalName: 'Zqlegalname B.V.',
      tradeNames: ['Zqtradeone', 'Zqtradetwo'],
      legalForm: tx('legalform'),
      description: tx('description'),
      kvk: '87654321',
      vatNumber: 'NL987654321B07',
      address: { street: 'Zqstreet 5', postalCode: '9876 ZQ', city: 'Zqcity', country: 'BE' },
      email: 'zqorg@zq.example',
      phone: '011 111 1101',
      website: 'https://zqwebsite.example',
      privacyContact: { name: tx('pcname'), email: 'zqpc@zq.example', phone: '011 111 1102', url: 'https://zqpcform.example/form' },
      representative: {
        name: tx('repname'),
        email: 'zqrep@zq.example',
        phone: '011 111 1103',
        url: 'https://zqrep.example',
        address: { street: 'Zqrepstreet 9', postalCode: 'D-10115', city: 'Zqrepcity', country: 'DE' },
      },
      jointControllers: [{ name: 'Zqjointorg', contact: 'zqjoint@zq.example', arrangement: tx('jointarrangement') }],
      employees: 42,
      registerExempt: false,
    },
    dpo: { appointed: true, name: tx('dponame'), email: 'zqdpo@zq.example', phone: '011 111 1104', notifiedToAP: true },
    roles: {
      controller: true,
      processorFor: [
        {
          id: 'work',
          clients: tx('clients'),
          processing: tx('processing'),
          dataCategories: ['health'],
          subProcessors: ['host'],
          security: tx('processorsecurity'),
          agreement: tx('agreement'),
          retention: tx('processorretention'),
          clientControls: { portal: tx('portal'), export: true, endOfContract: 'return-then-delete' },
        },
      ],
    },
    dataSubjects: [
      { id: 'members', label: tx('subjectlabel') },
      { id: 'pupils', label: tx('childgroup'), children: true },
    ],
    dataCategories: [
      { id: 'contact', label: tx('catlabel'), examples: tx('catexamples') },
      { id: 'health', label: tx('healthlabel'), special: 'health' },
      { id: 'record', label: tx('criminallabel'), criminal: true },
      { id: 'bsn', label: tx('bsnlabel'), bsn: true },
      { id: 'footage', label: { nl: 'camerabeelden', en: 'camera footage' } },
    ],
    purposes: [
      {
        id: 'club',
        name: tx('purposename'),
        description: tx('purposedescription'),
        dataSubjects: ['members', 'pupils'],
        dataCategories: ['contact', 'health', 'record', 'bsn'],
        legalBasis: 'legitimate-interests',
        legitimateInterest: tx('interest'),
        art9Condition: 'health-care',
        legalGround: tx('legalground'),
        provision: { requirement: 'statutory', consequence: tx('consequence') },
        sources: [{ type: 'third-party', name: tx('sourcename') }],
        recipients: ['host', 'mailer', 'partner'],
        retention: {
          period: 'P3W',
          criterion: tx('criterion'),
          start: tx('retentionstart'),
          reason: tx('retentionreason'),
          action: 'anonymise',
        },
        automatedDecision: { logic: tx('logic'), significance: tx('significance'), consequences: tx('consequences'), basis: 'law' },
        directMarketing: true,
        optOut: tx('optout'),
        addedIn: '7.3.0',
        internal: { owner: 'Zqowner', systems: ['Zqsystem'], access: ['Zqaccessrole'], dpia: 'ZQDPIA-1', lia: 'ZQLIA-1' },
      },
      {
        id: 'letters',
        name: tx('consentpurpose'),
        dataSubjects: ['members'],
        dataCategories: ['contact'],
        legalBasis: 'consent',
        consentWithdrawal: tx('withdrawal'),
        provision: { requirement: 'voluntary' },
        recipients: [],
        retention: { period: 'P5M' },
      },
      {
        id: 'cameras',
        name: tx('camerapurpose'),
        dataSubjects: ['members'],
        dataCategories: ['footage'],
        legalBasis: 'legitimate-interests',
        legitimateInterest: tx('camerainterest'),
        recipients: [],
        retention: { period: 'P9D' },
      },
    ],
    recipients: [
      {
        id: 'host',
        name: tx('hostname'),
        role: 'processor',
        service: tx('hostservice'),
        country: 'US',
        countries: ['US', 'JP'],
        transfer: { mechanism: 'dpf', dpfCheckedOn: '2026-02-17', fallback: 'sccs', copy: tx('transfercopy') },
        processingAgreement: { signed: true, date: '2024-04-19' },
        privacyPolicyUrl: 'https://zqhost.example/privacy',
      },
      {
        id: 'mailer',
        name: 'Zqmailer Ltd',
        role: 'controller',
        service: tx('mailerservice'),
        country: 'IN',
        transfer: { mechanism: 'sccs' },
      },
      {
        id: 'partner',
        name: 'Zqpartner B.V.',
        role: 'joint-controller',
        service: tx('partnerservice'),
        country: 'NL',
        arrangement: tx('arrangement'),
      },
    ],
    cookies: [
      {
        name: 'zqcookie',
        service: 'host',
        provider: 'Zqprovider',
        party: 'third',
        type: 'localStorage',
        category: 'analytics',
        purpose: tx('cookiepurpose'),
        duration: 'P11D',
        consent: false,
        exemption: 'analytics-low-impact',
        privacyFriendly: { ipAnonymised: true, noDataSharing: true, processingAgreement: true, noOtherServices: true },
      },
      { name: 'zqmarketing', category: 'marketing', purpose: tx('marketingpurpose'), duration: 'P2Y' },
    ],
    cookieScan: { date: '2026-03-01', found: ['zqcookie'] },
    security: [{ type: 'organisational', description: tx('security') }],
    camera: {
      purpose: 'cameras',
      locations: tx('cameralocations'),
      notFilmed: tx('notfilmed'),
      sound: false,
      viewers: tx('viewers'),
      viewingWhen: tx('viewingwhen'),
      signs: true,
    },
    rightsHandling: { channel: 'zqrights@zq.example', responseTime: 'P4W', identityCheck: tx('identitycheck'), separateObjection: true },
    complaintAuthority: { name: 'Zqauthority', url: 'https://zqauthority.example', address: 'Zqpostbus 12', contactUsFirst: true },
    children: { targeted: true, minAge: 13, parentalConsent: tx('parentalconsent'), childFriendlyLanguage: true },
    breach: { procedure: tx('breachprocedure'), notifyAuthorityWithinHours: 47, notifyClientsWithinHours: 29 },
    links: { cookieSettings: 'https://zqcookies.example/settings', privacyStatement: 'https://zqstatement.example/privacy' },
  };
}

/**
 * The other branch of the fields that exclude each other in one file: a DPO that is not
 * appointed (with a reason), and the `absent` claims, which the full file contradicts on purpose
 * (it has special categories, an automated decision, transfers) and so must not print.
 */
function alternative(): Declarations {
  const d = baseDeclarations();
  d.recipients![0]!.country = 'NL';
  d.dpo = { appointed: false, mandatory: false, reason: tx('dporeason') };
  d.absent = { specialCategories: true, criminalData: true, automatedDecisions: true, profiling: true, transfersOutsideEEA: true };
  return d;
}
const ALTERNATIVE = alternative;

/**
 * Deliberate exceptions, each with the reason it is not in any output. Ids and references are
 * checked through what they point at (the label, the name), not as text.
 */
const EXCEPTIONS: Record<string, string> = {
  'roles.processorFor[].id': 'id',
  'roles.processorFor[].dataCategories[]': 'reference: the category label is checked',
  'roles.processorFor[].subProcessors[]': 'reference: the recipient name is checked',
  'dataSubjects[].id': 'id',
  'dataCategories[].id': 'id',
  'purposes[].id': 'id',
  'purposes[].dataSubjects[]': 'reference',
  'purposes[].dataCategories[]': 'reference',
  'purposes[].recipients[]': 'reference',
  'recipients[].id': 'id',
  'cookies[].service': 'reference: the recipient is named in the cookie row',
  'camera.purpose': 'reference: decides where the camera block goes',
  'meta.lastReviewed': 'for the review reminder (V30), not a fact for readers',
  'meta.languages[]': 'which languages are generated, not a fact in them',
  'meta.bannerLanguages[]': 'which languages the banner offers (banner-config.test.ts), not a fact in the statement',
  'recipients[].preset': 'resolved into the recipient and its cookies before generation (catalogue-presets.test.ts)',
  'purposes[].addedIn': 'checked against the changelog (V-rule); the changelog itself is printed',
  'organisation.employees': 'for the Art. 30(5) register exemption check only',
  'organisation.registerExempt': 'for the register exemption check only',
  'roles.controller': 'the whole statement is the controller’s; there is no sentence to switch',
  'dpo.notifiedToAP': 'an accountability fact for the business (Art. 37(7)), not for readers',
  'recipients[].processingAgreement.signed': 'the register shows the agreement by its date, checked with .date',
  'cookies[].privacyFriendly.ipAnonymised': 'evidence for the analytics exemption, checked by V23',
  'cookies[].privacyFriendly.noDataSharing': 'evidence for the analytics exemption, checked by V23',
  'cookies[].privacyFriendly.processingAgreement': 'evidence for the analytics exemption, checked by V23',
  'cookies[].privacyFriendly.noOtherServices': 'evidence for the analytics exemption, checked by V23',
  'cookieScan.date': 'compared with the cookie list by V24',
  'cookieScan.found[]': 'compared with the cookie list by V24',
  'rightsHandling.separateObjection': 'the statement always keeps objection apart (Art. 21(4))',
  'children.childFriendlyLanguage': 'describes the wording itself, not the processing',
  'security[].type': 'groups the measures in the register only',
};

/** The outputs of one declarations object, normalised: Markdown escapes removed, lower case. */
interface Outputs {
  d: Declarations;
  statement: Record<Lang, string>;
  register: Record<Lang, string>;
  banner: string;
}

const norm = (s: string) => s.replace(/\\(.)/g, '$1').toLowerCase();

function outputs(d: Declarations): Outputs {
  const both = (f: (lang: Lang) => string) => ({ nl: norm(f('nl')), en: norm(f('en')) });
  return {
    d,
    statement: both((lang) => generateStatement(d, { lang })),
    register: both((lang) => register(d, { format: 'md', lang })),
    banner: norm(JSON.stringify(bannerConfig(d))),
  };
}

/** Where a value in language `lang` may appear; `undefined` for "any output". */
function haystack(o: Outputs, lang?: Lang): string {
  const langs: Lang[] = lang ? [lang] : ['nl', 'en'];
  return [...langs.flatMap((l) => [o.statement[l], o.register[l]]), o.banner].join('\n');
}

/**
 * Whether a translated sentence is in the statement: its longest literal part (the text between
 * the {{variables}}), so sentences that name a recipient or a number can be found too.
 */
function says(o: Outputs, key: string): boolean {
  return (['nl', 'en'] as const).every((lang) => {
    const c = createContext(o.d, lang);
    const raw = c.t(key, { count: 2, skipInterpolation: true });
    const part = raw.split(/\{\{\w+\}\}/).reduce((a, b) => (b.length > a.length ? b : a), '');
    return o.statement[lang].includes(norm(part.trim()));
  });
}

/**
 * Booleans and enum values, checked by the sentence they switch on. A function of the value;
 * the value the full file gives is the one checked.
 */
const EFFECTS: Record<string, (o: Outputs, v: unknown) => boolean> = {
  'meta.address': (o, v) => v !== 'informal' || (o.statement.nl.includes('jouw') && !/\buw\b/.test(o.statement.nl)),
  'meta.changelog[].material': (o) => says(o, 'changes.material'),
  'dpo.appointed': (o, v) => says(o, v ? 'controller.dpoIsNamed' : 'controller.dpoNone'),
  'dpo.mandatory': (o, v) => v !== false || says(o, 'controller.dpoNotRequired'),
  'roles.processorFor[].clientControls.export': (o, v) => says(o, v ? 'controller.clientExport' : 'controller.clientNoExport'),
  'roles.processorFor[].clientControls.endOfContract': (o, v) => says(o, `controller.end.${String(v)}`),
  'dataSubjects[].children': (o) => says(o, 'children.subjects'),
  'dataCategories[].special': (o) => says(o, 'purposes.special'),
  'dataCategories[].criminal': (o) => says(o, 'purposes.legalGround'),
  'dataCategories[].bsn': (o) => says(o, 'purposes.legalGround'),
  'purposes[].legalBasis': (o, v) => says(o, `basisLegal.${String(v)}`),
  'purposes[].art9Condition': (o, v) => says(o, `art9.${String(v)}`),
  'purposes[].provision.requirement': (o, v) => says(o, `provision.${String(v)}`),
  'purposes[].sources[].type': (o, v) => says(o, `purposes.from.${String(v)}`),
  'purposes[].retention.action': (o, v) => says(o, `retention.${String(v)}`),
  'purposes[].automatedDecision.basis': (o, v) => says(o, `purposes.automatedBasis.${String(v)}`),
  'purposes[].directMarketing': (o) => says(o, 'objection.marketing'),
  'recipients[].role': (o, v) => says(o, `recipients.role.${String(v)}`),
  'recipients[].transfer.mechanism': (o, v) => says(o, `transfers.${String(v)}`),
  'recipients[].transfer.fallback': (o, v) => says(o, `transfers.fallback.${String(v)}`),
  'absent.specialCategories': (o) => says(o, 'absent.specialCategories'),
  'absent.criminalData': (o) => says(o, 'absent.criminalData'),
  'absent.automatedDecisions': (o) => says(o, 'absent.automatedDecisions'),
  'absent.profiling': (o) => says(o, 'absent.profiling'),
  'absent.transfersOutsideEEA': (o) => says(o, 'absent.transfersOutsideEEA'),
  'cookies[].party': (o, v) => says(o, `cookies.party.${String(v)}`),
  'cookies[].type': (o, v) => says(o, `cookies.type.${String(v)}`),
  'cookies[].category': (o, v) => says(o, `cookies.category.${String(v)}`),
  'cookies[].consent': (o, v) => says(o, v ? 'cookies.consentYes' : 'cookies.exempt.analytics-low-impact'),
  'cookies[].exemption': (o, v) => says(o, `cookies.exempt.${String(v)}`),
  'camera.sound': (o, v) => says(o, v ? 'camera.soundYes' : 'camera.soundNo'),
  'camera.signs': (o, v) => says(o, v ? 'camera.signsYes' : 'camera.signsNo'),
  'complaintAuthority.contactUsFirst': (o, v) => says(o, v ? 'complaint.authorityAfterUs' : 'complaint.authority'),
  'children.targeted': (o, v) => says(o, v ? 'children.targeted' : 'children.notTargeted'),
};

/** The values at a schema pattern such as `purposes[].sources[].name` (a `[]` step visits every item). */
function valuesAt(root: unknown, pattern: string): unknown[] {
  let at: unknown[] = [root];
  for (const step of pattern.split('.')) {
    const key = step.replace(/\[\]$/, '');
    const next: unknown[] = [];
    for (const x of at) {
      if (!x || typeof x !== 'object' || Array.isArray(x)) continue;
      const v = (x as Record<string, unknown>)[key];
      if (v === undefined) continue;
      if (step.endsWith('[]')) next.push(...(Array.isArray(v) ? v : []));
      else next.push(v);
    }
    at = next;
  }
  return at;
}

/** The ways a plain value may be written in the outputs: as given, and as a date, duration or country. */
function spellings(d: Declarations, v: string | number): string[] {
  const s = String(v);
  const out = [s];
  for (const lang of ['nl', 'en'] as const) {
    const c = createContext(d, lang);
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) out.push(c.date(s));
    if (/^P/.test(s)) out.push(c.dur(s));
    if (/^[A-Z]{2}$/.test(s)) out.push(c.country(s));
  }
  return out.map(norm);
}

/** A failure message for one value that is nowhere, or undefined when it is found. */
function missing(o: Outputs, pattern: string, v: unknown): string | undefined {
  const effect = EFFECTS[pattern];
  if (effect) return effect(o, v) ? undefined : `${pattern} = ${JSON.stringify(v)}: its sentence is not in the statement`;
  if (v && typeof v === 'object') {
    const t = v as Partial<Record<Lang, string>>;
    const lost = (['nl', 'en'] as const).filter((lang) => t[lang] !== undefined && !haystack(o, lang).includes(norm(t[lang] ?? '')));
    return lost.length ? `${pattern} = ${JSON.stringify(v)}: the ${lost.join(' and ')} text is in no ${lost.join('/')} output` : undefined;
  }
  if (typeof v === 'string' || typeof v === 'number') {
    return spellings(o.d, v).some((s) => haystack(o).includes(s)) ? undefined : `${pattern} = ${JSON.stringify(v)}: in no output`;
  }
  return `${pattern} = ${JSON.stringify(v)}: a ${typeof v} needs an entry in EFFECTS or EXCEPTIONS`;
}

/** Every place of the schema a value is written at: fields and list items, arrays of plain values by their items. */
function schemaFields(): string[] {
  const out = new Set<string>();
  walkSchema((f) => {
    if (f.kind === 'item') out.add(f.pattern);
    else if (f.kind === 'field' && f.node.type !== 'array') out.add(f.pattern);
  });
  return [...out];
}

describe('every declared value reaches an output', () => {
  const variants = [full(), ALTERNATIVE()].map(outputs);
  const fields = schemaFields();

  it('the schema walk finds the fields this test is about', () => {
    // Guards the walk itself: if it found nothing, every check below would pass vacuously.
    expect(fields).toContain('organisation.legalForm');
    expect(fields).toContain('camera.notFilmed');
    expect(fields).toContain('roles.processorFor[].clientControls.endOfContract');
    expect(fields.length).toBeGreaterThan(150);
  });

  it('every field is filled in one of the test files, or listed as an exception', () => {
    const unfilled = fields.filter((p) => !(p in EXCEPTIONS) && variants.every((o) => valuesAt(o.d, p).length === 0));
    expect(unfilled, 'fill these in full() or alternative(), or add them to EXCEPTIONS with a reason').toEqual([]);
  });

  it('every exception names a field the schema has', () => {
    expect(Object.keys(EXCEPTIONS).filter((p) => !fields.includes(p))).toEqual([]);
    expect(Object.keys(EFFECTS).filter((p) => !fields.includes(p))).toEqual([]);
  });

  it('every filled value is in the nl or en statement, the register or the banner config', () => {
    const lost: string[] = [];
    for (const o of variants) {
      for (const p of fields) {
        if (p in EXCEPTIONS) continue;
        for (const v of valuesAt(o.d, p)) {
          const why = missing(o, p, v);
          if (why) lost.push(why);
        }
      }
    }
    expect(lost).toEqual([]);
  });

  it('register-only facts (`internal`) are in the register, not in the statement', () => {
    const [o] = variants;
    for (const s of ['zqowner', 'zqsystem', 'zqaccessrole', 'zqdpia-1', 'zqlia-1']) {
      expect(o!.register.nl + o!.register.en).toContain(s);
      expect(o!.statement.nl + o!.statement.en).not.toContain(s);
    }
  });

  it('a dropped value is caught: the check fails when a field is not rendered', () => {
    // The test must be able to fail: an output without the legal form misses it.
    const [o] = variants;
    const without: Outputs = {
      ...o!,
      statement: { nl: o!.statement.nl.replaceAll('zqlegalform nl', ''), en: o!.statement.en.replaceAll('zqlegalform en', '') },
    };
    expect(missing(without, 'organisation.legalForm', tx('legalform'))).toMatch(/legalForm/);
  });
});
