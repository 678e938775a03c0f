// @vitest-environment happy-dom
/**
 * The studio's promise of "guided forms for the whole declarations schema", checked against the
 * schema itself: every field the schema defines must have a form control, so a file with that
 * field can be edited (and every validator finding fixed) without touching YAML.
 */
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { defaultRules } from '@akkoord/privacy-statement';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/app.js';
import { exportYaml } from '../src/export-yaml.js';
import { FIELD_PATTERNS, fieldDomId, resolveFieldPath } from '../src/field-path.js';
import { findingsFor, readDeclarations, type Declarations } from '../src/generator.js';
import { isUnknownField, schemaFields } from '../src/schema-fields.js';
import { createStore } from '../src/store.js';

const FIXTURE = readFileSync(`${process.cwd()}/packages/studio/test/fixtures/all-fields.yaml`, 'utf8');
const full = (): Declarations => {
  const r = readDeclarations(FIXTURE, 'all-fields.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
};
/** The other shape of the DPO: none appointed, with the reason (`mandatory` can only be false). */
const otherDpo = (): Declarations => ({
  ...full(),
  dpo: { appointed: false, mandatory: false, reason: { nl: 'Wij verwerken weinig gegevens.', en: 'We process little data.' } },
});

/** Fields whose control is a group of choices under the parent's id, not an element of their own. */
const SHOWN_BY_PARENT: Record<string, string> = { 'dpo.appointed': 'dpo' };
/** Fields whose findings the group around them shows (one control edits both parts). */
const FINDINGS_ON_GROUP: Record<string, string> = {
  ...SHOWN_BY_PARENT,
  'recipients[].processingAgreement.signed': 'recipients[].processingAgreement',
  'recipients[].processingAgreement.date': 'recipients[].processingAgreement',
};

const settle = () => new Promise((r) => setTimeout(r, 400));

/** The DOM ids present when the studio shows `d`. */
async function idsShown(d: Declarations): Promise<Set<string>> {
  const root = document.createElement('div');
  document.body.append(root);
  render(<App store={createStore(d)} initialLang="en" today="2026-11-24" onStartOver={() => {}} />, root);
  await settle();
  const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.id));
  render(null, root);
  root.remove();
  return ids;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('every schema field has a form control', () => {
  const fields = schemaFields();

  it('finds the fields of the schema (sanity check of the walk)', () => {
    // Counted from declarations.schema.json: a new field there must be added to the fixture and the form.
    expect(fields.length).toBeGreaterThan(120);
    expect(fields).toContain('purposes[].automatedDecision.logic');
    expect(fields).toContain('recipients[].processingAgreement.date');
    expect(fields).toContain('dpo.reason');
    expect(fields).toContain('purposes[].name'); // a text in both languages is one field
    expect(fields).not.toContain('purposes[].name.nl');
    expect(fields).not.toContain('purposes[]'); // a list item is a group, not a field
  });

  it('tells a key the schema does not know from a known one', () => {
    expect(isUnknownField('purposes[2].colour')).toBe(true);
    expect(isUnknownField('extra')).toBe(true);
    expect(isUnknownField('organisation.address.region')).toBe(true);
    expect(isUnknownField('purposes[2].retention.period')).toBe(false);
    expect(isUnknownField('purposes[0].name.nl')).toBe(false);
    expect(isUnknownField('cookieScan.found[3]')).toBe(false);
    expect(isUnknownField('recipients[1].processingAgreement')).toBe(false);
    expect(isUnknownField('')).toBe(false);
  });

  it('the fixture holds every field and is valid against the schema', () => {
    const d = full();
    const union = [d, otherDpo()];
    for (const f of fields) {
      // Any list index will do: `[]` matches every item of the list.
      const present = (cur: unknown, segs: string[]): boolean => {
        if (!segs.length) return cur !== undefined;
        const [head, ...rest] = segs as [string, ...string[]];
        if (!cur || typeof cur !== 'object') return false;
        if (head === '[]') return Array.isArray(cur) && cur.some((x) => present(x, rest));
        return present((cur as Record<string, unknown>)[head], rest);
      };
      const segs = f
        .split(/\.|(?=\[\])/)
        .flatMap((s) => (s.startsWith('[]') ? ['[]', ...(s.length > 2 ? [s.slice(2)] : [])] : [s]))
        .filter(Boolean);
      expect(
        union.some((x) => present(x, segs)),
        `${f} is missing from fixtures/all-fields.yaml`,
      ).toBe(true);
    }
    for (const x of union) expect(findingsFor(x, 'en', '2026-11-24').filter((f) => f.rule === 'SCHEMA')).toEqual([]);
  });

  it('renders a control for each field, and places findings on it', async () => {
    const ids = new Set([...(await idsShown(full())), ...(await idsShown(otherDpo()))]);
    // The id of the field's control at any list index: `purposes[].name` → /^f-purposes-\d+-name$/.
    const idPattern = (f: string) => new RegExp(`^${fieldDomId(f.replace(/\[\]/g, '[0]')).replace(/-0(?=-|$)/g, '-\\d+')}$`);
    const missing = fields.filter((f) => {
      const re = idPattern(SHOWN_BY_PARENT[f] ?? f);
      return ![...ids].some((id) => re.test(id));
    });
    expect(missing).toEqual([]);
    // A finding on the field lands on its control, not on an ancestor.
    expect(fields.filter((f) => !FIELD_PATTERNS.has(FINDINGS_ON_GROUP[f] ?? f))).toEqual([]);
  });

  it('keeps every field through the YAML export and import', () => {
    for (const d of [full(), otherDpo()]) {
      const again = readDeclarations(exportYaml(d), 'exported.yaml');
      expect(again.ok && again.data).toEqual(d);
    }
  });

  it('shows the findings of the rules on the newer fields beside their controls', async () => {
    const d = full();
    const o = d.organisation!;
    o.registerExempt = true; // V29
    delete o.jointControllers![0]!.arrangement; // V31
    delete d.recipients![1]!.arrangement; // V31
    d.purposes![0]!.automatedDecision = { basis: 'contract' }; // V16
    d.purposes![0]!.addedIn = '9.9'; // V33: no such version in the changelog
    d.cookies!.push({ name: 'ads', category: 'marketing', purpose: 'ads', duration: 'P1Y', consent: false, party: 'third' }); // V23, V06
    d.cookieScan!.found.push('_unlisted'); // V24
    d.meta!.languages = ['en']; // V25
    d.meta!.address = 'informal'; // ADDR: the Dutch texts say "u"
    d.children = { targeted: false, minAge: 12 }; // V26: below the Dutch age of consent, shown even when not aimed at children
    d.breach!.procedure = { nl: 'Wij melden het lek altijd binnen 24 uur bij de AP.', en: 'We always report within 24 hours to the AP.' }; // V34
    const findings = findingsFor(d, 'en', '2026-11-24');
    const rules = new Set(findings.map((f) => f.rule));
    for (const r of ['V29', 'V31', 'V16', 'V33', 'V23', 'V06', 'V24', 'V25', 'V26', 'V34']) expect(rules, r).toContain(r);
    const ids = await idsShown(d);
    for (const f of findings) {
      const target = resolveFieldPath(f.path);
      // Whole-file findings (like V25 when the statement has no Dutch text) appear in the list only.
      if (f.path) expect(target, `${f.rule} ${f.path}`).not.toBe('');
      if (target) expect(ids.has(fieldDomId(target)), `${f.rule} ${f.path} → ${target}`).toBe(true);
    }
  });
});

describe('every validator rule', () => {
  /**
   * The fixture with one mistake per rule. Each purpose-level mistake gets its own copy of the
   * fixture's purpose, so one rule's finding does not hide another's.
   */
  function withEveryMistake(): Declarations {
    const d = full();
    const base = d.purposes![0]!;
    const purpose = (id: string, change: (p: NonNullable<Declarations['purposes']>[number]) => void) => {
      const p = { ...structuredClone(base), id };
      delete p.automatedDecision;
      delete p.addedIn;
      change(p);
      d.purposes!.push(p);
    };
    delete d.organisation!.email; // V01
    purpose('v02', (p) => delete p.legalBasis);
    purpose('v03', (p) => delete p.legitimateInterest);
    purpose('v04', (p) => delete p.art9Condition);
    purpose('v05', (p) => delete p.retention);
    purpose('v12', (p) => {
      p.legalBasis = 'consent';
      delete p.consentWithdrawal;
    });
    purpose('v13', (p) => delete p.optOut);
    purpose('v14', (p) => {
      delete p.provision;
      delete p.sources;
    });
    purpose('v15', (p) => (p.sources = [{ type: 'public' }]));
    purpose('v21', (p) => (p.description = { nl: 'Wij gebruiken onder andere uw naam.', en: 'We use, for example, your name.' }));
    purpose('v27', (p) => {
      p.name = 'Marketing';
      delete p.description;
    });
    purpose('ref', (p) => (p.dataSubjects = ['klanten', 'leveranciers']));
    purpose('v09', (p) => (p.description = { nl: 'Zie onze bewerkersovereenkomst.', en: 'See our agreement.' }));
    purpose(
      'v18',
      (p) => (p.description = { nl: 'Door gebruik van deze website gaat u akkoord.', en: 'By using this website you agree.' }),
    );
    purpose('v19', (p) => (p.description = { nl: 'Wij zijn niet aansprakelijk.', en: 'We are not liable.' }));
    purpose('addr', (p) => (p.description = { nl: 'Wij mailen je elke week.', en: 'We email you every week.' }));
    purpose('v06', (p) => delete p.recipients);
    d.recipients!.push({ id: 'v06', name: 'derde partijen', role: 'controller', service: 'marketing' }); // V06
    d.recipients!.push({ id: 'v07', name: 'Cloud Inc.', role: 'controller', service: 'hosting', country: 'US' });
    d.recipients!.push({ id: 'v08', name: 'Mail Inc.', role: 'processor', service: 'mail', country: 'US', transfer: { mechanism: 'dpf' } }); // V08, V28
    d.complaintAuthority = 'none'; // V10
    d.rightsHandling = {
      ...d.rightsHandling,
      responseTime: 'P3M',
      separateObjection: false,
      identityCheck: { nl: 'Stuur een kopie van uw paspoort.', en: 'Send a copy of your passport.' },
    }; // V11, V13, V22
    d.dpo = { appointed: true }; // V17
    delete d.meta!.version; // V20
    d.meta!.lastReviewed = '2025-01-01'; // V30
    d.security = [{ type: 'technical', description: { nl: 'Wij nemen passende maatregelen.', en: 'We take appropriate measures.' } }]; // V32
    d.roles = { ...d.roles, controller: false }; // ROLE
    d.cookies![0]!.purpose = { nl: 'TE CONTROLEREN: het doel is onbekend.', en: 'TO REVIEW: the purpose is unknown.' }; // V35
    delete d.camera!.notFilmed; // CAM
    delete d.roles!.processorFor![0]!.agreement; // PROC
    return d;
  }

  it('has findings that land on a control the form shows', async () => {
    const d = withEveryMistake();
    // The newer fields' rules (V16, V23-V26, V29, V31, V33, V34) are tripped in the test above.
    const others = ['V16', 'V23', 'V24', 'V25', 'V26', 'V29', 'V31', 'V33', 'V34'];
    const findings = findingsFor(d, 'en', '2026-11-24');
    expect(findings.filter((f) => f.rule === 'SCHEMA')).toEqual([]);
    const tripped = new Set(findings.map((f) => f.rule));
    // A rule added to the generator fails here until a mistake for it is added above.
    expect(defaultRules.map((r) => r.id).filter((id) => !tripped.has(id) && !others.includes(id))).toEqual([]);
    const ids = await idsShown(d);
    for (const f of findings) {
      const target = resolveFieldPath(f.path);
      expect(target, `${f.rule} ${f.path} has no field`).not.toBe('');
      expect(ids.has(fieldDomId(target)), `${f.rule} ${f.path} → ${target} is not rendered`).toBe(true);
    }
  });
});

describe('the findings issue 12 added', () => {
  it('land on the control of the field they are about', async () => {
    const d = full();
    // No cookies while a recipient is Google Analytics (V24), which a purpose without consent
    // uses (V23, on its legal basis); "Toeristenbureau Kust" has no country (V07); wordings in
    // texts the old rules did not read (V09 in a security measure, V34 in a processor activity).
    d.cookies = [];
    delete d.cookieScan;
    d.recipients!.push({
      id: 'ga',
      name: 'Google Ireland Limited',
      role: 'processor',
      service: 'Google Analytics',
      country: 'IE',
      processingAgreement: true,
    });
    d.purposes![0]!.recipients = [...d.purposes![0]!.recipients!, 'ga'];
    d.security![0]!.description = {
      nl: 'Met elke leverancier sluiten wij een bewerkersovereenkomst.',
      en: 'We sign a processing agreement with every supplier.',
    };
    d.roles!.processorFor![0]!.security = {
      nl: 'Een datalek melden wij binnen 48 uur bij de AP.',
      en: 'We report a breach to the AP within 48 hours.',
    };
    const findings = findingsFor(d, 'en', '2026-11-24');
    expect(findings.map((f) => `${f.rule} ${f.path}`)).toEqual(
      expect.arrayContaining([
        'V24 cookies',
        'V23 purposes[0].legalBasis',
        'V07 recipients[1].country',
        'V09 security[0].description.nl',
        'V34 roles.processorFor[0].security',
      ]),
    );
    const ids = await idsShown(d);
    for (const f of findings) {
      const target = resolveFieldPath(f.path);
      expect(target, `${f.rule} ${f.path} has no field`).not.toBe('');
      expect(ids.has(fieldDomId(target)), `${f.rule} ${f.path} → ${target} is not rendered`).toBe(true);
    }
  });
});

describe('what an imported file got wrong can be fixed in the form', () => {
  const mount = async (d: Declarations) => {
    const root = document.createElement('div');
    document.body.append(root);
    const store = createStore(d);
    render(<App store={store} initialLang="en" today="2026-11-24" onStartOver={() => {}} />, root);
    await settle();
    return store;
  };

  it('removes a key the schema does not know with the button beside its finding', async () => {
    const d = full() as Declarations & { extra?: string };
    (d.purposes![0] as unknown as Record<string, unknown>).colour = 'blue';
    d.extra = 'x';
    const store = await mount(d);
    const inItem = document.querySelector<HTMLButtonElement>('#f-purposes-0 .remove-unknown');
    expect(inItem?.textContent).toContain('colour');
    inItem!.click();
    await settle();
    expect(store.get().purposes?.[0]).not.toHaveProperty('colour');
    // The top-level key has no section: its button is in the findings list.
    const inList = document.querySelector<HTMLButtonElement>('.findings-list .remove-unknown');
    expect(inList?.textContent).toContain('extra');
    inList!.click();
    await settle();
    expect(store.get()).not.toHaveProperty('extra');
    expect(findingsFor(store.get(), 'en', '2026-11-24').filter((f) => f.rule === 'SCHEMA')).toEqual([]);
  });

  it('shows a reference to nothing ticked, so unticking removes it', async () => {
    const d = full();
    d.purposes![0]!.dataSubjects = ['klanten', 'oud-klanten'];
    expect(findingsFor(d, 'en', '2026-11-24').some((f) => f.rule === 'REF' && f.path === 'purposes[0].dataSubjects[1]')).toBe(true);
    const store = await mount(d);
    const box = document.getElementById('f-purposes-0-dataSubjects-unknown-0') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(document.querySelector('label[for="f-purposes-0-dataSubjects-unknown-0"]')?.textContent).toContain('oud-klanten');
    box.click();
    await settle();
    expect(store.get().purposes?.[0]?.dataSubjects).toEqual(['klanten']);
  });
});
