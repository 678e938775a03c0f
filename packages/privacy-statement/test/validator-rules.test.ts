/** One case per validator rule: the base declarations pass it, one change trips it. */
import { describe, expect, it } from 'vitest';
import type { Severity } from '../src/finding.js';
import { REVIEW_PREFIX } from '../src/index.js';
import { defaultRules } from '../src/rules/validator-rules.js';
import type { Declarations, Purpose } from '../src/types.js';
import { validateDeclarations } from '../src/validate-declarations.js';
import { checkedBase as baseDeclarations } from './checked-base.js';

type Case = { rule: string; severity: Severity; trip: (d: Declarations) => void };
const p0 = (d: Declarations): Purpose => d.purposes![0]!;

const cases: Case[] = [
  {
    rule: 'REF',
    severity: 'error',
    trip: (d) => {
      p0(d).recipients = ['nobody'];
    },
  },
  {
    rule: 'V01',
    severity: 'error',
    trip: (d) => {
      delete d.organisation!.email;
    },
  },
  {
    rule: 'V02',
    severity: 'error',
    trip: (d) => {
      delete p0(d).legalBasis;
    },
  },
  {
    rule: 'V03',
    severity: 'error',
    trip: (d) => {
      p0(d).legalBasis = 'legitimate-interests';
    },
  },
  {
    rule: 'V04',
    severity: 'error',
    trip: (d) => {
      d.dataCategories!.push({ id: 'health', label: 'gezondheid', special: 'health' });
      p0(d).dataCategories!.push('health');
    },
  },
  {
    rule: 'V05',
    severity: 'error',
    trip: (d) => {
      p0(d).retention = { criterion: { nl: 'Zo lang als nodig.', en: 'As long as necessary.' } };
    },
  },
  {
    rule: 'V06',
    severity: 'warning',
    trip: (d) => {
      d.recipients![0]!.name = 'zorgvuldig geselecteerde partners';
    },
  },
  {
    rule: 'V07',
    severity: 'error',
    trip: (d) => {
      d.recipients![0]!.country = 'US';
    },
  },
  {
    rule: 'V08',
    severity: 'warning',
    trip: (d) => {
      d.recipients![0]!.country = 'US';
      d.recipients![0]!.transfer = { mechanism: 'dpf' };
    },
  },
  {
    rule: 'V09',
    severity: 'warning',
    trip: (d) => {
      d.recipients![0]!.service = 'bewerker onder de Wbp';
    },
  },
  {
    rule: 'V10',
    severity: 'error',
    trip: (d) => {
      d.complaintAuthority = 'none';
    },
  },
  {
    rule: 'V11',
    severity: 'error',
    trip: (d) => {
      d.rightsHandling = { responseTime: 'P3M' };
    },
  },
  {
    rule: 'V12',
    severity: 'error',
    trip: (d) => {
      p0(d).legalBasis = 'consent';
    },
  },
  {
    rule: 'V13',
    severity: 'error',
    trip: (d) => {
      p0(d).directMarketing = true;
    },
  },
  {
    rule: 'V14',
    severity: 'warning',
    trip: (d) => {
      delete p0(d).provision;
    },
  },
  {
    rule: 'V15',
    severity: 'error',
    trip: (d) => {
      p0(d).sources = [{ type: 'third-party' }];
    },
  },
  {
    rule: 'V16',
    severity: 'error',
    trip: (d) => {
      p0(d).automatedDecision = { logic: 'score' };
    },
  },
  {
    rule: 'V17',
    severity: 'error',
    trip: (d) => {
      delete d.dpo;
    },
  },
  {
    rule: 'V18',
    severity: 'warning',
    trip: (d) => {
      p0(d).description = 'Door gebruik te maken van deze website gaat u akkoord met deze verklaring.';
    },
  },
  {
    rule: 'V19',
    severity: 'warning',
    trip: (d) => {
      p0(d).description = {
        nl: 'Wij zijn niet aansprakelijk voor websites van derden.',
        en: 'We are not liable for third-party websites.',
      };
    },
  },
  {
    rule: 'V20',
    severity: 'warning',
    trip: (d) => {
      delete d.meta!.version;
    },
  },
  {
    rule: 'V21',
    severity: 'warning',
    trip: (d) => {
      p0(d).description = { nl: 'Wij kunnen uw gegevens gebruiken voor onder andere reparaties.', en: 'We may use your data for repairs.' };
    },
  },
  {
    rule: 'V22',
    severity: 'warning',
    trip: (d) => {
      d.rightsHandling = { identityCheck: { nl: 'Stuur een kopie van uw identiteitsbewijs mee.', en: 'Send a copy of your passport.' } };
    },
  },
  {
    rule: 'V23',
    severity: 'error',
    trip: (d) => {
      d.cookies!.push({ name: '_ga', category: 'analytics', purpose: 'statistieken', duration: 'P2Y', consent: false });
    },
  },
  {
    rule: 'V24',
    severity: 'warning',
    trip: (d) => {
      d.cookieScan = { date: '2026-05-01', found: ['session', '_fbp'] };
    },
  },
  {
    rule: 'V25',
    severity: 'warning',
    trip: (d) => {
      p0(d).name = { nl: 'Reparaties' };
    },
  },
  {
    rule: 'V26',
    severity: 'error',
    trip: (d) => {
      d.children = { targeted: true, childFriendlyLanguage: true };
    },
  },
  {
    rule: 'V27',
    severity: 'warning',
    trip: (d) => {
      p0(d).name = 'Marketing';
      delete p0(d).description;
    },
  },
  {
    rule: 'V28',
    severity: 'warning',
    trip: (d) => {
      d.recipients![0]!.processingAgreement = false;
    },
  },
  {
    rule: 'V29',
    severity: 'warning',
    trip: (d) => {
      d.organisation!.registerExempt = true;
    },
  },
  {
    rule: 'ADDR',
    severity: 'warning',
    trip: (d) => {
      p0(d).description = { nl: 'Wij bellen je als je fiets klaar is.', en: 'We call you when your bike is ready.' };
    },
  },
  {
    rule: 'ROLE',
    severity: 'warning',
    trip: (d) => {
      d.roles = { controller: false };
    },
  },
  {
    rule: 'ABS',
    severity: 'warning',
    trip: (d) => {
      d.absent = { transfersOutsideEEA: true };
      d.recipients![0]!.countries = ['NL', 'US'];
      d.recipients![0]!.transfer = { mechanism: 'sccs' };
    },
  },
  {
    rule: 'CAM',
    severity: 'warning',
    trip: (d) => {
      d.dataCategories!.push({ id: 'camera', label: { nl: 'camerabeelden', en: 'camera footage' } });
      p0(d).dataCategories!.push('camera');
    },
  },
  {
    rule: 'PROC',
    severity: 'warning',
    trip: (d) => {
      d.roles = { processorFor: [{ id: 'webshops', clients: 'andere fietsenmakers', processing: 'webshops beheren' }] };
    },
  },
  {
    rule: 'V30',
    severity: 'info',
    trip: (d) => {
      d.meta!.lastReviewed = '2024-06-01';
    },
  },
  {
    rule: 'V31',
    severity: 'warning',
    trip: (d) => {
      d.organisation!.jointControllers = [{ name: 'Fietsplatform B.V.' }];
    },
  },
  {
    rule: 'V32',
    severity: 'info',
    trip: (d) => {
      d.security = [{ type: 'organisational', description: 'Wij nemen passende technische en organisatorische maatregelen.' }];
    },
  },
  {
    rule: 'V33',
    severity: 'warning',
    trip: (d) => {
      p0(d).addedIn = '1.1';
    },
  },
  {
    rule: 'V34',
    severity: 'info',
    trip: (d) => {
      d.breach = { procedure: { nl: 'Wij melden een datalek altijd binnen 24 uur.', en: 'We always report a breach within 24 hours.' } };
    },
  },
  {
    rule: 'V35',
    severity: 'error',
    trip: (d) => {
      d.cookies!.push({
        name: 'trk_uid',
        category: 'marketing',
        purpose: { nl: 'TE CONTROLEREN: het doel is onbekend.', en: 'TO REVIEW: the purpose is unknown.' },
        duration: 'P3M',
      });
    },
  },
];

const TODAY = '2026-06-01';
const run = (d: Declarations, lang: 'nl' | 'en' = 'en') => validateDeclarations(d, { lang, today: TODAY });

describe('validator rules', () => {
  it('the base declarations trip no rule at all', () => {
    expect(run(baseDeclarations())).toEqual([]);
  });

  it('every rule in the default list has a case here', () => {
    const covered = new Set(cases.map((c) => c.rule));
    expect(defaultRules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const c of cases) {
    it(`${c.rule} trips on a declarations that breaks it, with path, why and messages in nl and en`, () => {
      const d = baseDeclarations();
      c.trip(d);
      const en = run(d, 'en').filter((f) => f.rule === c.rule);
      const nl = run(d, 'nl').filter((f) => f.rule === c.rule);
      expect(en.length).toBeGreaterThan(0);
      expect(en.some((f) => f.severity === c.severity)).toBe(true);
      expect(nl.length).toBe(en.length);
      for (const f of [...en, ...nl]) {
        expect(f.why).toMatch(/\S/);
        expect(f.message).not.toMatch(/^rules\.|validator:/);
      }
      expect(nl[0]!.message).not.toBe(en[0]!.message);
      expect(en[0]!.why).toMatch(/Art\.|Tw|WP260|C-\d|Decision|Privacy Shield|GDPR|Purposes/);
    });
  }

  it('V30 is skipped without an injected date, so runs stay deterministic', () => {
    const d = baseDeclarations();
    d.meta!.lastReviewed = '2020-01-01';
    expect(validateDeclarations(d).filter((f) => f.rule === 'V30')).toEqual([]);
    expect(validateDeclarations(d, { today: '2026-01-01' }).map((f) => f.rule)).toContain('V30');
  });

  it('privacy-friendly analytics with every setting may go without consent', () => {
    const d = baseDeclarations();
    d.cookies!.push({
      name: '_pk_id.*',
      category: 'analytics',
      purpose: 'tellen',
      duration: 'P13M',
      consent: false,
      exemption: 'analytics-low-impact',
      privacyFriendly: { ipAnonymised: true, noDataSharing: true, noOtherServices: true, processingAgreement: true },
    });
    expect(run(d).filter((f) => f.rule === 'V23')).toEqual([]);
  });

  it('V23: consent-free analytics run by someone else needs a processing agreement; self-hosted does not', () => {
    const settings = { ipAnonymised: true, noDataSharing: true, noOtherServices: true };
    const v23 = (extra: Record<string, unknown>) => {
      const d = baseDeclarations();
      d.cookies!.push({
        name: '_pk_id.*',
        category: 'analytics',
        purpose: 'tellen',
        duration: 'P13M',
        consent: false,
        exemption: 'analytics-low-impact',
        privacyFriendly: settings,
        ...extra,
      });
      return run(d)
        .filter((f) => f.rule === 'V23')
        .map((f) => f.severity);
    };
    expect(v23({})).toEqual([]);
    expect(v23({ party: 'first' })).toEqual([]);
    expect(v23({ provider: 'Telwerk B.V.' })).toEqual(['error']);
    expect(v23({ party: 'third', provider: 'Telwerk B.V.' })).toEqual(['error']);
    expect(v23({ provider: 'Telwerk B.V.', privacyFriendly: { ...settings, processingAgreement: true } })).toEqual([]);
  });

  it('V17 warns when an appointed DPO is declared as not reported to the AP, and only then', () => {
    const d = baseDeclarations();
    d.dpo = { appointed: true, email: 'fg@example.nl' };
    expect(run(d).filter((f) => f.rule === 'V17')).toEqual([]);
    d.dpo.notifiedToAP = true;
    expect(run(d).filter((f) => f.rule === 'V17')).toEqual([]);
    d.dpo.notifiedToAP = false;
    const f = run(d, 'nl').filter((x) => x.rule === 'V17');
    expect(f.map((x) => [x.severity, x.path])).toEqual([['warning', 'dpo.notifiedToAP']]);
    expect(f[0]!.message).toMatch(/Autoriteit Persoonsgegevens/);
  });

  it('V29 names the headcount when the register exemption is claimed at 250 employees or more', () => {
    const d = baseDeclarations();
    d.organisation!.registerExempt = true;
    d.organisation!.employees = 12;
    expect(run(d).find((f) => f.rule === 'V29')!.message).not.toMatch(/250/);
    d.organisation!.employees = 250;
    expect(run(d).find((f) => f.rule === 'V29')!.message).toMatch(/250 employees.*fewer than 250/);
    expect(run(d, 'nl').find((f) => f.rule === 'V29')!.message).toMatch(/250 medewerkers/);
  });

  it('V24 matches wildcard patterns and reports stale entries', () => {
    const d = baseDeclarations();
    d.cookies!.push({ name: '_pk_id.*', category: 'analytics', purpose: 'x', duration: 'P13M' });
    d.cookieScan = { date: '2026-05-01', found: ['session', '_pk_id.1.abcd'] };
    expect(run(d).filter((f) => f.rule === 'V24')).toEqual([]);
    d.cookieScan.found = ['session'];
    expect(
      run(d)
        .filter((f) => f.rule === 'V24')
        .map((f) => f.path),
    ).toEqual(['cookies[1].name']);
  });

  it('V35 finds a review placeholder in any text and language, at the start only, whatever the case', () => {
    const d = baseDeclarations();
    // The prefixes the scanner writes come from here, so checking the constant checks the scanner.
    expect(REVIEW_PREFIX).toEqual({ nl: 'TE CONTROLEREN:', en: 'TO REVIEW:' });
    d.cookies!.push(
      {
        name: 'trk_uid',
        category: 'marketing',
        purpose: { nl: `${REVIEW_PREFIX.nl} het doel is onbekend.`, en: 'Counts visits.' },
        duration: 'P3M',
      },
      {
        name: 'cart_v2',
        type: 'localStorage',
        provider: '  to review: who runs this?',
        category: 'marketing',
        purpose: { nl: 'Te controleren: onbekend.', en: 'te controleren: copied into the English text.' },
        duration: 'P1Y',
      },
      { name: 'pref', category: 'necessary', purpose: 'TO REVIEW:', duration: 'session', exemption: 'functional' },
    );
    // Mentioning the words later on, or without the colon, is ordinary text.
    p0(d).description = { nl: 'Wij bewaren reparaties. Te controleren: uw fiets.', en: 'To review your repair, call us.' };
    d.recipients![0]!.service = { nl: 'TE CONTROLEREN: wat doet deze partij?', en: 'bookkeeping' };
    const found = run(d).filter((f) => f.rule === 'V35');
    expect(found.map((f) => [f.path, f.severity])).toEqual([
      ['recipients[0].service.nl', 'error'],
      ['cookies[1].purpose.nl', 'error'],
      ['cookies[2].provider', 'error'],
      ['cookies[2].purpose.nl', 'error'],
      ['cookies[2].purpose.en', 'error'],
      ['cookies[3].purpose', 'error'],
    ]);
    // A cookie's finding names the cookie and what to check; other texts say what to replace.
    expect(found[1]!.message).toBe(
      'cookie “trk_uid” still has a placeholder from a scan (“TE CONTROLEREN:”): replace it with what really applies, and check the category and duration too, which the scan guessed (marketing when unsure).',
    );
    expect(found[2]!.message).toContain('“to review:”');
    expect(found[0]!.message).toBe(
      'this text is still a placeholder (“TE CONTROLEREN:”); replace it with the real text before you publish.',
    );
    expect(run(d, 'nl').find((f) => f.rule === 'V35' && f.path === 'cookies[1].purpose.nl')!.message).toMatch(
      /^cookie “trk_uid” heeft nog een invultekst/,
    );
  });

  it('saying the ID copy is NOT needed does not trip V22', () => {
    const d = baseDeclarations();
    d.rightsHandling = {
      identityCheck: { nl: 'Wij vragen geen kopie van uw identiteitsbewijs.', en: 'We do not ask for a copy of your passport.' },
    };
    expect(run(d).filter((f) => f.rule === 'V22')).toEqual([]);
  });
});
