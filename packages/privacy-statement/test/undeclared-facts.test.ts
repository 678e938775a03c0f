/**
 * The statement never states a fact the declarations do not hold (issue 12, section 0): no
 * "no cookies" from an empty list, no unknown country counted as the EEA, no "you give us this
 * yourself" unless declared, no generic promise nobody made, no children paragraph that overrides
 * a declared rule, and forced output with open errors marked as a draft.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import type { CliIo } from '../src/cli-io.js';
import { generateStatement } from '../src/generate-statement.js';
import { knownInsideEea, nonEeaCountries, recipientCountries } from '../src/recipient-countries.js';
import type { Declarations, Lang } from '../src/types.js';
import { baseDeclarations } from './base-declarations.js';
import { exampleFiles, loadExample } from './fixtures.js';

const md = (d: Declarations, lang: Lang = 'nl') => generateStatement(d, { lang });
const both = (d: Declarations) => [md(d, 'nl'), md(d, 'en')] as const;

/** A base file whose one recipient is known to be in the Netherlands. */
function base(): Declarations {
  const d = baseDeclarations();
  d.recipients![0]!.country = 'NL';
  return d;
}

describe('cookies: nothing unless declared', () => {
  it('an empty or missing cookie list gives no cookie section and no "no cookies" claim', () => {
    for (const cookies of [[], undefined]) {
      const d = base();
      d.cookies = cookies;
      const [nl, en] = both(d);
      expect(nl).not.toMatch(/cookie/i);
      expect(en).not.toMatch(/cookie/i);
      expect(nl).not.toContain('#ps-cookies');
    }
  });

  it('declared cookies still get their section', () => {
    expect(md(base())).toContain('## Cookies en vergelijkbare technieken {#ps-cookies}');
  });

  it('no made-up link to change the cookie choice when none is declared', () => {
    const d = base();
    d.cookies = [{ name: '_x', category: 'marketing', purpose: 'meet advertenties', duration: 'P30D' }];
    const [nl, en] = both(d);
    expect(nl).toContain('U kiest zelf welke cookies u toestaat.');
    expect(nl).not.toMatch(/Cookie-instellingen|onderaan elke pagina/);
    expect(en).not.toMatch(/Cookie settings|bottom of every page/);
    d.links = { cookieSettings: '/cookies' };
    expect(md(d)).toContain('Dat doet u via [/cookies](/cookies).');
  });

  it('no claim that some cookies need consent when none do', () => {
    const [nl, en] = both(base());
    expect(nl).not.toMatch(/Voor andere cookies vragen wij eerst/);
    expect(en).not.toMatch(/For other cookies we ask/);
  });
});

describe('recipient countries: unknown is unknown', () => {
  it('a recipient without country or countries has no countries, never NL', () => {
    expect(recipientCountries({})).toEqual([]);
    expect(nonEeaCountries({})).toEqual([]);
    expect(knownInsideEea({})).toBe(false);
    expect(recipientCountries({ country: 'US', countries: ['IE'] })).toEqual(['IE']);
    expect(knownInsideEea({ country: 'US', countries: ['IE'] })).toBe(false);
    expect(knownInsideEea({ country: 'NL', countries: ['NL', 'DE'] })).toBe(true);
  });

  it('is shown as not yet recorded, and the "all in the EEA" sentence is left out', () => {
    const d = base();
    delete d.recipients![0]!.country;
    const [nl, en] = both(d);
    expect(nl).toContain('| Hostbedrijf B.V. | verwerker | hosting | nog niet vastgelegd |');
    expect(en).toContain('| Hostbedrijf B.V. | processor | hosting | not yet recorded |');
    expect(nl).not.toMatch(/Nederland/);
    expect(nl).not.toMatch(/Al onze ontvangers/);
    expect(en).not.toMatch(/All our recipients/);
    expect(nl).toContain('Van Hostbedrijf B.V. is nog niet vastgelegd in welke landen uw gegevens worden gebruikt of bewaard.');
    expect(en).toContain('For Hostbedrijf B.V., the countries where your data is used or stored are not yet recorded.');
  });

  it('a processing country outside the EEA counts, also when the seat is in the EEA', () => {
    const d = base();
    d.recipients![0]!.countries = ['NL', 'US'];
    const nl = md(d);
    expect(nl).not.toMatch(/Al onze ontvangers/);
    expect(nl).toContain('Hostbedrijf B.V. gebruikt of bewaart gegevens in de Verenigde Staten.');
  });

  it('a seat outside the EEA blocks the EEA claim and is stated as it is', () => {
    const d = base();
    d.recipients![0]!.country = 'US';
    d.recipients![0]!.countries = ['IE'];
    const [nl, en] = both(d);
    expect(nl).not.toMatch(/Al onze ontvangers/);
    expect(nl).toContain('Hostbedrijf B.V. is gevestigd in de Verenigde Staten en gebruikt en bewaart uw gegevens in Ierland.');
    expect(en).toContain('Hostbedrijf B.V. is established in the United States and uses and stores your data in Ireland.');
  });

  it('"all in the EEA" only when every recipient is known to be there', () => {
    const [nl, en] = both(base());
    expect(nl).toContain('Al onze ontvangers gebruiken en bewaren uw gegevens binnen de Europese Economische Ruimte (EER).');
    expect(en).toContain('All our recipients use and store your data within the European Economic Area (EEA)');
  });
});

describe('sources: said only when declared or evident', () => {
  const source = (text: string) => text.split('\n').filter((l) => /^- \*\*(Herkomst|Source):\*\*/.test(l));

  it('no source declared and nothing observed: no source line at all', () => {
    const [nl, en] = both(base());
    expect(source(nl)).toEqual([]);
    expect(source(en)).toEqual([]);
    expect(nl).not.toContain('U geeft deze gegevens zelf aan ons');
  });

  it('the person declared as source: "you give us this data yourself"', () => {
    const d = base();
    d.purposes![0]!.sources = [{ type: 'data-subject' }];
    expect(source(md(d))).toEqual(['- **Herkomst:** U geeft deze gegevens zelf aan ons.']);
    expect(source(md(d, 'en'))).toEqual(['- **Source:** You give us this data yourself.']);
  });

  it('camera footage is recorded, never "given", even when the person is named as source', () => {
    const d = base();
    d.dataCategories = [{ id: 'beelden', label: { nl: 'camerabeelden', en: 'camera footage' } }];
    d.purposes![0]!.dataCategories = ['beelden'];
    expect(source(md(d))).toEqual(["- **Herkomst:** Wij leggen deze beelden zelf vast met onze camera's."]);
    d.purposes![0]!.sources = [{ type: 'data-subject' }];
    expect(source(md(d, 'en'))).toEqual(['- **Source:** We record this footage ourselves with our cameras.']);
  });

  it('data read through an analytics or marketing cookie of a recipient is collected from the device', () => {
    const d = base();
    d.cookies = [{ name: '_stats', service: 'host', category: 'analytics', purpose: 'telt bezoeken', duration: 'P1Y' }];
    expect(source(md(d))).toEqual([
      '- **Herkomst:** Deze gegevens worden verzameld via cookies of vergelijkbare technieken op uw apparaat als u onze website bezoekt.',
    ]);
    // A necessary cookie of the same recipient does not make the data observed.
    d.cookies = [{ name: 'sess', service: 'host', category: 'necessary', purpose: 'sessie', duration: 'session' }];
    expect(source(md(d))).toEqual([]);
  });

  it('an analytics product as recipient is observed too, also without a declared cookie', () => {
    const d = base();
    d.recipients![0]!.name = 'Google Analytics';
    expect(source(md(d, 'en'))).toEqual([
      '- **Source:** This data is collected through cookies or similar technologies on your device when you visit our website.',
    ]);
  });

  it('examples: no "you give us this data yourself" for purposes that declare no source', () => {
    for (const file of exampleFiles()) {
      const d = loadExample(file);
      const declared = (d.purposes ?? []).filter((p) => p.sources?.some((s) => s.type === 'data-subject')).length;
      expect((md(d).match(/U geeft deze gegevens zelf aan ons/g) ?? []).length, file).toBeLessThanOrEqual(declared);
    }
  });
});

describe('no generic promise nobody declared', () => {
  it('no "we do not sell your data" and no breach register unless the file says so', () => {
    const [nl, en] = both(base());
    expect(nl).toContain('## Als er iets misgaat (datalek)');
    expect(nl).not.toMatch(/verkopen|datalekregister/);
    expect(en).not.toMatch(/do not sell|breach register/);
    // it-managed-services declares its register in breach.procedure: then, and only in its words, it is there.
    const declared = md(loadExample('it-managed-services.yaml'));
    expect(declared).toContain('Elk lek komt in ons datalekregister');
    expect(declared).not.toContain('Elk datalek schrijven wij op');
  });

  it('"a DPO is not required for us" only with dpo.mandatory: false', () => {
    const d = base();
    expect(md(d)).toContain('Wij hebben geen functionaris voor gegevensbescherming (FG).');
    expect(md(d)).not.toMatch(/niet verplicht/);
    d.dpo = { appointed: false };
    expect(md(d, 'en')).not.toMatch(/not required/);
    d.dpo = { appointed: false, mandatory: false };
    expect(md(d)).toContain('Wij hebben geen functionaris voor gegevensbescherming (FG). Dat is voor ons niet verplicht.');
    expect(md(d, 'en')).toContain('We do not have a data protection officer (DPO). We are not required to have one.');
  });

  it('a file that does not say whether there is a DPO does not get "we have none"', () => {
    const d = base();
    delete d.dpo;
    const [nl, en] = both(d);
    expect(nl).not.toMatch(/Wij hebben geen functionaris/);
    expect(nl).toContain('Of wij een functionaris voor gegevensbescherming (FG) hebben, is nog niet vastgelegd.');
    expect(en).toContain('Whether we have a data protection officer (DPO) is not yet recorded.');
  });

  it('consent without a declared way to withdraw says so instead of the general promise', () => {
    const d = base();
    d.purposes![0]!.legalBasis = 'consent';
    const [nl, en] = both(d);
    const line = (s: string, label: string) => s.split('\n').find((l) => l.startsWith(`- **${label}:**`)) ?? '';
    expect(line(nl, 'Toestemming intrekken')).toBe('- **Toestemming intrekken:** Hoe u uw toestemming intrekt, is nog niet vastgelegd.');
    expect(line(en, 'Withdrawing consent')).toBe('- **Withdrawing consent:** How you withdraw your consent is not yet recorded.');
    d.purposes![0]!.consentWithdrawal = { nl: 'mail ons', en: 'email us' };
    expect(line(md(d), 'Toestemming intrekken')).toMatch(/^- \*\*Toestemming intrekken:\*\* Mail ons\. Intrekken kan altijd/);
  });

  it('no identity-check procedure is made up when none is declared', () => {
    const [nl, en] = both(base());
    expect(nl).toContain('Wij controleren eerst of het verzoek echt van u komt.\n');
    expect(nl).not.toMatch(/e-mailadres dat wij al van u kennen/);
    expect(en).not.toMatch(/email address we already know/);
  });

  it('no security section promising protection when no measure is declared', () => {
    const d = base();
    d.security = [];
    const [nl, en] = both(d);
    expect(nl).not.toContain('#ps-security');
    expect(en).not.toMatch(/protect your data/);
  });

  it('"nobody receives your data" only when every purpose says so', () => {
    const d = base();
    d.recipients = [];
    d.purposes![0]!.recipients = [];
    expect(md(d)).toContain('Wij geven uw gegevens aan niemand buiten onze organisatie.');
    delete d.purposes![0]!.recipients;
    expect(md(d)).not.toContain('aan niemand buiten onze organisatie');
    expect(md(d)).toContain('Wie uw gegevens krijgt, is nog niet vastgelegd.');
    expect(md(d, 'en')).toContain('Who receives your data is not yet recorded.');
  });
});

describe('children: a declared rule is never overridden', () => {
  it('without anything declared: not meant for children', () => {
    expect(md(base())).toContain('Onze website en diensten zijn niet bedoeld voor kinderen jonger dan 16 jaar.');
  });

  it('parental consent declared while not targeted: no "not meant for children", the rule is shown', () => {
    const d = base();
    d.children = {
      parentalConsent: {
        nl: 'Onder de 16 doet u mee met schriftelijke toestemming van een ouder.',
        en: 'Under 16 you take part with written consent from a parent.',
      },
    };
    const [nl, en] = both(d);
    expect(nl).not.toMatch(/niet bedoeld voor kinderen/);
    expect(en).not.toMatch(/not meant for children/);
    expect(nl).toContain('Is een kind jonger dan 16 jaar, dan vragen wij toestemming aan een ouder of voogd');
    expect(nl).toContain('Onder de 16 doet u mee met schriftelijke toestemming van een ouder.');
    expect(en).toContain('Under 16 you take part with written consent from a parent.');
  });

  it('a group of people that includes children: named, not denied', () => {
    const d = base();
    d.dataSubjects!.push({ id: 'pupils', label: { nl: 'leerlingen', en: 'pupils' }, children: true });
    const [nl, en] = both(d);
    expect(nl).not.toMatch(/niet bedoeld voor kinderen/);
    expect(nl).toContain('Wij gebruiken ook gegevens van kinderen jonger dan 16 jaar: leerlingen.');
    expect(en).toContain('We also use data of children under 16: pupils.');
  });
});

describe('forced output with open errors is a draft', () => {
  const errors = [{ path: 'purposes[0].retention', message: 'purpose “repairs” has no retention period or criterion.' }];

  it('md and html carry the notice under the title, naming each error', () => {
    const d = base();
    const out = generateStatement(d, { lang: 'nl', openErrors: errors });
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^# Privacyverklaring van/);
    expect(lines[2]).toMatch(
      /^\*\*Concept: niet publiceren\.\*\* Deze verklaring is gemaakt terwijl er nog 1 fout in de declaraties staat\./,
    );
    expect(out).toContain('- **purposes\\[0\\].retention:** purpose “repairs” has no retention period or criterion.');
    const html = generateStatement(d, { lang: 'en', format: 'html', openErrors: errors });
    expect(html).toMatch(
      /^<h1 id="ps-top">[^<]*<\/h1>\n<p><strong>Draft: do not publish\.<\/strong> This statement was generated while the declarations still contain 1 error\./,
    );
    expect(html).not.toContain('noindex');
  });

  it('a page gets noindex and "Concept:" in its title; without errors neither', () => {
    const d = base();
    const page = generateStatement(d, { lang: 'nl', format: 'page', openErrors: errors });
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<title>Concept: Privacyverklaring van Fietsenmakerij Spaak B.V.</title>');
    const clean = generateStatement(d, { lang: 'nl', format: 'page' });
    expect(clean).not.toMatch(/noindex|Concept/);
  });

  it('akkoord statement --force marks the draft with the errors in the statement language', async () => {
    const bad = 'dpo: none\norganisation: { legalName: X B.V. }\npurposes:\n  - { id: a, name: A, legalBasis: consent, recipients: [] }\n';
    const written: Record<string, string> = {};
    const io: CliIo = {
      readFile: async () => bad,
      writeFile: async (p, c) => void (written[p] = c),
      stdout: () => undefined,
      stderr: () => undefined,
      today: () => '2026-10-01',
    };
    expect(await main(['statement', 'bad.yaml', '--lang', 'all', '--format', 'all', '--out', 'o', '--force'], io)).toBe(0);
    const nl = written['o/privacy-statement.nl.md'] ?? '';
    const en = written['o/privacy-statement.en.md'] ?? '';
    expect(nl).toContain('**Concept: niet publiceren.**');
    expect(nl).toMatch(/- \*\*purposes\\\[0\\\]:\*\* doel “a”/);
    expect(en).toContain('**Draft: do not publish.**');
    expect(en).toMatch(/- \*\*purposes\\\[0\\\]:\*\* purpose “a”/);
    expect(nl).toContain('nog niet vastgelegd');
    expect(written['o/privacy-statement.nl.page.html']).toContain('<meta name="robots" content="noindex">');
    expect(written['o/privacy-statement.en.html']).toContain('<strong>Draft: do not publish.</strong>');
  });
});
