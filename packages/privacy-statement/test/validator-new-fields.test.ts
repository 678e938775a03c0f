/**
 * The validator on the fields issue 12 added: `absent` claims the rest of the file contradicts
 * (ABS), camera surveillance (CAM, and REF for `camera.purpose`), work for clients (PROC),
 * recipient names in two languages, and the wording of ROLE and V17.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/finding.js';
import type { Declarations } from '../src/types.js';
import { validateDeclarations } from '../src/validate-declarations.js';
import { checkedBase } from './checked-base.js';

const TODAY = '2026-06-01';
const run = (d: Declarations, lang: 'nl' | 'en' = 'en') => validateDeclarations(d, { lang, today: TODAY });
const of = (rule: string, fs: Finding[]) => fs.filter((f) => f.rule === rule).map((f) => `${f.severity} ${f.path}`);

/** The base file with a health intake, as a physiotherapist or a gym with personal training has one. */
function withHealthIntake(): Declarations {
  const d = checkedBase();
  d.dataCategories!.push({ id: 'health', label: { nl: 'blessures en klachten', en: 'injuries and complaints' }, special: 'health' });
  d.purposes!.push({
    id: 'intake',
    name: { nl: 'Intake', en: 'Intake' },
    description: { nl: 'De trainer vraagt naar blessures voor uw schema.', en: 'The trainer asks about injuries for your plan.' },
    dataSubjects: ['customers'],
    dataCategories: ['health'],
    legalBasis: 'consent',
    art9Condition: 'explicit-consent',
    consentWithdrawal: { nl: 'Zeg het de trainer.', en: 'Tell the trainer.' },
    provision: { requirement: 'voluntary' },
    recipients: [],
    retention: { period: 'P1Y' },
  });
  return d;
}

/** A purpose that films people: its data category is camera footage. */
function withCameras(d: Declarations = checkedBase()): Declarations {
  d.dataCategories!.push({ id: 'footage', label: { nl: 'camerabeelden', en: 'camera footage' } });
  d.purposes!.push({
    id: 'cameras',
    name: { nl: 'Cameratoezicht', en: 'Camera surveillance' },
    description: { nl: 'Wij filmen de winkel tegen diefstal.', en: 'We film the shop against theft.' },
    dataSubjects: ['customers'],
    dataCategories: ['footage'],
    legalBasis: 'legitimate-interests',
    legitimateInterest: { nl: 'Diefstal voorkomen.', en: 'Preventing theft.' },
    provision: { requirement: 'voluntary' },
    recipients: [],
    retention: { period: 'P4W' },
  });
  return d;
}

describe('ABS: what the file says does not happen, against what it declares', () => {
  it('nothing is reported while the claims hold, or when no claim is made', () => {
    const d = checkedBase();
    d.absent = { specialCategories: true, criminalData: true, automatedDecisions: true, profiling: true, transfersOutsideEEA: true };
    expect(of('ABS', run(d))).toEqual([]);
    expect(of('ABS', run(withHealthIntake()))).toEqual([]);
  });

  it('special categories: reported at the category, naming the claim in both languages', () => {
    const d = withHealthIntake();
    d.absent = { specialCategories: true };
    const en = run(d).filter((f) => f.rule === 'ABS');
    expect(en.map((f) => `${f.severity} ${f.path}`)).toEqual(['warning dataCategories[1].special']);
    expect(en[0]!.message).toBe(
      'data category “health” is special category data (Art. 9), but the file also says no special categories of personal data are processed; correct one of the two.',
    );
    expect(run(d, 'nl').find((f) => f.rule === 'ABS')!.message).toMatch(/^gegevenscategorie “health” is een bijzonder persoonsgegeven/);
  });

  it('a special category used only in work for clients counts too: the statement names it beside the claim', () => {
    const d = checkedBase();
    d.dataCategories!.push({ id: 'patients', label: 'patiëntgegevens van klanten', special: 'health' });
    d.roles = {
      processorFor: [
        { id: 'hosting', clients: 'fysiotherapiepraktijken', processing: 'hosting van het EPD', dataCategories: ['patients'] },
      ],
    };
    d.absent = { specialCategories: true };
    expect(of('ABS', run(d))).toEqual(['warning dataCategories[1].special']);
    // Declared and used by nothing, the file still says the business has it.
    const unused = checkedBase();
    unused.dataCategories!.push({ id: 'religion', label: 'geloofsovertuiging', special: 'religious-beliefs' });
    unused.absent = { specialCategories: true };
    expect(of('ABS', run(unused))).toEqual(['warning dataCategories[1].special']);
  });

  it('no profiling: one warning at the first marketing cookie, none for analytics cookies', () => {
    const d = checkedBase();
    d.absent = { profiling: true };
    d.cookies = [
      {
        name: '_pk_id',
        provider: 'Matomo',
        party: 'first',
        type: 'cookie',
        category: 'analytics',
        purpose: 'statistieken',
        duration: 'P13M',
      },
      { name: '_fbp', provider: 'Meta', party: 'first', type: 'cookie', category: 'marketing', purpose: 'advertenties', duration: 'P3M' },
      {
        name: '_gcl_au',
        provider: 'Google',
        party: 'first',
        type: 'cookie',
        category: 'marketing',
        purpose: 'advertenties',
        duration: 'P3M',
      },
    ] as typeof d.cookies;
    const f = run(d).filter((x) => x.rule === 'ABS');
    expect(f.map((x) => `${x.severity} ${x.path}`)).toEqual(['warning cookies[1].category']);
    expect(f[0]!.message).toMatch(/^cookie “_fbp” is a marketing cookie.*no profiling is used/);
    expect(run(d, 'nl').find((x) => x.rule === 'ABS')!.message).toMatch(/profilering/);
    d.cookies = d.cookies!.slice(0, 1);
    expect(of('ABS', run(d))).toEqual([]);
  });

  it('criminal data: a category with criminal set', () => {
    const d = checkedBase();
    d.dataCategories!.push({ id: 'vog', label: { nl: 'verklaring omtrent het gedrag', en: 'certificate of conduct' }, criminal: true });
    d.purposes![0]!.dataCategories!.push('vog');
    d.purposes![0]!.legalGround = { nl: 'art. 33 UAVG', en: 'Art. 33 UAVG' };
    d.absent = { criminalData: true };
    const f = run(d).filter((x) => x.rule === 'ABS');
    expect(f.map((x) => x.path)).toEqual(['dataCategories[1].criminal']);
    expect(f[0]!.message).toMatch(/criminal convictions or offences.*no such data is processed/);
  });

  it('decisions by a computer alone and profiling: a purpose with an automated decision, once per claim', () => {
    const d = checkedBase();
    d.purposes![0]!.automatedDecision = {
      logic: { nl: 'Een score op betaalgedrag.', en: 'A score on payment history.' },
      significance: { nl: 'Of u achteraf mag betalen.', en: 'Whether you may pay afterwards.' },
      consequences: { nl: 'Anders betaalt u vooraf.', en: 'Otherwise you pay in advance.' },
    };
    d.absent = { automatedDecisions: true };
    expect(of('ABS', run(d))).toEqual(['warning purposes[0].automatedDecision']);
    d.absent = { automatedDecisions: true, profiling: true };
    const f = run(d).filter((x) => x.rule === 'ABS');
    expect(f.map((x) => x.path)).toEqual(['purposes[0].automatedDecision', 'purposes[0].automatedDecision']);
    expect(f[1]!.message).toMatch(/profiling/);
    expect(run(d, 'nl').filter((x) => x.rule === 'ABS')[1]!.message).toMatch(/profilering/);
  });

  it('no data outside the EEA: processing countries and the seat both count; EEA-only recipients do not', () => {
    const d = checkedBase();
    d.absent = { transfersOutsideEEA: true };
    d.recipients!.push(
      // Established in Ireland, processing also in the US (a support desk).
      {
        id: 'mail',
        name: 'Mailbureau Ltd',
        role: 'processor',
        service: 'mail',
        country: 'IE',
        countries: ['IE', 'US'],
        processingAgreement: true,
        transfer: { mechanism: 'sccs' },
      },
      // An American company with servers in Frankfurt.
      {
        id: 'cdn',
        name: 'Edgecloud Inc.',
        role: 'processor',
        service: 'cdn',
        country: 'US',
        countries: ['DE'],
        processingAgreement: true,
        transfer: { mechanism: 'sccs' },
      },
      // Norway and Iceland are in the EEA.
      {
        id: 'backup',
        name: 'Fjordbackup AS',
        role: 'processor',
        service: 'back-ups',
        country: 'NO',
        countries: ['NO', 'IS'],
        processingAgreement: true,
      },
    );
    const f = run(d).filter((x) => x.rule === 'ABS');
    expect(f.map((x) => x.path)).toEqual(['recipients[1].countries', 'recipients[2].country']);
    expect(f[0]!.message).toBe(
      'recipient “Mailbureau Ltd” works in US, outside the EEA, but the file also says no personal data leaves the EEA; correct one of the two.',
    );
    expect(f[1]!.message).toContain('works in US');
  });

  it('quotes a name given in two languages in the language of the run', () => {
    const d = checkedBase();
    d.absent = { transfersOutsideEEA: true };
    d.recipients![0]!.name = { nl: 'Hostbedrijf (Amerikaans)', en: 'Host company (American)' };
    d.recipients![0]!.country = 'US';
    d.recipients![0]!.transfer = { mechanism: 'sccs' };
    expect(run(d, 'nl').find((f) => f.rule === 'ABS')!.message).toContain('“Hostbedrijf (Amerikaans)”');
    expect(run(d, 'en').find((f) => f.rule === 'ABS')!.message).toContain('“Host company (American)”');
  });
});

describe('CAM and camera references', () => {
  it('a purpose that films people without the camera details: a warning at that purpose', () => {
    const d = withCameras();
    const f = run(d).filter((x) => x.rule === 'CAM');
    expect(f.map((x) => `${x.severity} ${x.path}`)).toEqual(['warning purposes[1]']);
    expect(f[0]!.message).toMatch(/^purpose “cameras” uses camera images, but the file does not say where the cameras are/);
  });

  it('footage named in other words is recognised the way the statement recognises it', () => {
    for (const label of ['CCTV-opnamen', 'beelden van de bewakingscamera (camerabewaking)', 'video surveillance recordings']) {
      const d = withCameras();
      d.dataCategories![1]!.label = label;
      d.dataCategories![1]!.id = 'beelden';
      d.purposes![1]!.dataCategories = ['beelden'];
      expect(of('CAM', run(d)), label).toEqual(['warning purposes[1]']);
    }
  });

  it('a complete camera block is quiet; without the places never filmed it gives a tip', () => {
    const d = withCameras();
    d.camera = {
      purpose: 'cameras',
      locations: { nl: 'bij de ingang en in de winkel', en: 'at the entrance and in the shop' },
      notFilmed: { nl: 'de toiletten, de paskamers en de kantine', en: 'the toilets, the fitting rooms and the canteen' },
      sound: false,
    };
    expect(run(d).filter((x) => x.rule === 'CAM' || x.rule === 'REF')).toEqual([]);
    delete d.camera.notFilmed;
    const f = run(d, 'nl').filter((x) => x.rule === 'CAM');
    expect(f.map((x) => `${x.severity} ${x.path}`)).toEqual(['info camera']);
    expect(f[0]!.message).toMatch(/toiletten en kleedruimtes/);
  });

  it('camera.purpose must name a declared purpose (an error, like every reference)', () => {
    const d = withCameras();
    d.camera = { purpose: 'camera', locations: 'bij de ingang', notFilmed: 'toiletten' };
    const f = run(d).filter((x) => x.rule === 'REF');
    expect(f.map((x) => `${x.severity} ${x.path}`)).toEqual(['error camera.purpose']);
    expect(f[0]!.message).toBe('“camera” is not declared in purposes. Declared: repairs, cameras.');
  });

  it('a camera block that no purpose belongs to cannot show a basis or retention', () => {
    const d = checkedBase();
    d.camera = { locations: 'bij de ingang', notFilmed: 'toiletten en kleedkamers' };
    expect(of('CAM', run(d))).toEqual(['warning camera']);
    // Linked by the purpose's data, or by naming the purpose, it is fine.
    expect(of('CAM', run(withCameras(d)))).toEqual([]);
    const named = checkedBase();
    named.camera = { purpose: 'repairs', locations: 'in de werkplaats', notFilmed: 'toiletten' };
    expect(of('CAM', run(named))).toEqual([]);
  });
});

describe('PROC: work for clients as their processor', () => {
  const activity = { id: 'payroll', clients: { nl: 'mkb-klanten', en: 'small business clients' }, processing: 'salarisadministratie' };

  it('each activity without the agreement with clients is a warning at that activity', () => {
    const d = checkedBase();
    d.roles = {
      processorFor: [
        {
          ...activity,
          agreement: { nl: 'de NOREA-modelovereenkomst, getekend voor de start', en: 'the NOREA model agreement, signed before we start' },
        },
        { ...activity, id: 'hosting' },
      ],
    };
    const f = run(d).filter((x) => x.rule === 'PROC');
    expect(f.map((x) => `${x.severity} ${x.path}`)).toEqual(['warning roles.processorFor[1]']);
    expect(f[0]!.message).toMatch(/^work for clients “hosting” does not say which processing agreement/);
    expect(f[0]!.why).toMatch(/Art\. 28\(3\)/);
  });

  it('a deadline to tell clients about a breach without any work for clients', () => {
    const d = checkedBase();
    d.breach = { notifyClientsWithinHours: 24 };
    expect(of('PROC', run(d))).toEqual(['warning breach.notifyClientsWithinHours']);
    d.roles = { processorFor: [{ ...activity, agreement: 'verwerkersovereenkomst per klant' }] };
    expect(of('PROC', run(d))).toEqual([]);
  });
});

describe('recipient names in two languages', () => {
  it('V06 reads each language: a category in one language is reported at that language', () => {
    const d = checkedBase();
    d.recipients![0]!.name = { nl: 'Hostbedrijf B.V.', en: 'our hosting partners' };
    expect(of('V06', run(d))).toEqual(['warning recipients[0].name.en']);
    d.recipients![0]!.name = { nl: 'zorgvuldig geselecteerde partners', en: 'carefully selected partners' };
    const f = run(d).filter((x) => x.rule === 'V06');
    expect(f.map((x) => x.path)).toEqual(['recipients[0].name']);
    expect(f[0]!.message).toContain('“zorgvuldig geselecteerde partners”');
    d.recipients![0]!.name = { nl: 'Hostbedrijf B.V.', en: 'Hosting Company B.V.' };
    expect(of('V06', run(d))).toEqual([]);
  });

  it('messages quote the name in the language of the run, never as an object', () => {
    const d = checkedBase();
    d.recipients![0]!.name = { nl: 'Boekhoudkantoor Jansen', en: 'Jansen Accountants' };
    delete d.recipients![0]!.country;
    d.recipients![0]!.processingAgreement = false;
    for (const [lang, name] of [
      ['nl', 'Boekhoudkantoor Jansen'],
      ['en', 'Jansen Accountants'],
    ] as const) {
      const fs = run(d, lang).filter((f) => f.rule === 'V07' || f.rule === 'V28');
      expect(fs.map((f) => f.rule)).toEqual(['V07', 'V28']);
      for (const f of fs) {
        expect(f.message).toContain(`“${name}”`);
        expect(f.message).not.toContain('[object');
      }
    }
    // A name in one language only is quoted in the other language's run too.
    d.recipients![0]!.name = { nl: 'Boekhoudkantoor Jansen' };
    expect(run(d, 'en').find((f) => f.rule === 'V28')!.message).toContain('“Boekhoudkantoor Jansen”');
  });
});

describe('ROLE and V17 name the form’s concepts, not schema keys', () => {
  const keys = /\broles\b|processorFor|\bcontroller:|\bdpo:|notifiedToAP|\bappointed\b|\b[a-z]+\.[a-z]+/;

  it('ROLE says what the business said and counts its purposes with the right plural', () => {
    const d = checkedBase();
    d.roles = { controller: false };
    const one = run(d).find((f) => f.rule === 'ROLE')!;
    expect(one.message).toMatch(
      /^you say you do not decide yourself why and how personal data is used, but the file describes 1 purpose of your own: for it you are the controller/,
    );
    d.purposes!.push({ ...d.purposes![0]!, id: 'sales' });
    const two = run(d, 'nl').find((f) => f.rule === 'ROLE')!;
    expect(two.message).toMatch(/beschrijft 2 eigen doelen: daarvoor bent u de verwerkingsverantwoordelijke/);
    for (const f of [one, two, run(d).find((x) => x.rule === 'ROLE')!]) {
      expect(f.message, f.message).not.toMatch(keys);
      expect(f.why, f.why).not.toMatch(keys);
    }
  });

  it('V17 asks whether there is a DPO in plain words', () => {
    const d = checkedBase();
    delete d.dpo;
    for (const lang of ['nl', 'en'] as const) {
      const f = run(d, lang).find((x) => x.rule === 'V17')!;
      expect(f.message).not.toMatch(keys);
      expect(f.message).toMatch(lang === 'nl' ? /functionaris voor gegevensbescherming \(FG\)/ : /data protection officer \(DPO\)/);
    }
  });
});
