/**
 * The statement renders the fields issue 12 added (sections 2, 3, 4): what does not happen, the
 * organisation's description and legal form, work done as a processor, the complaint route, the
 * camera block, how changes are announced, translatable recipient names; and the values that used
 * to be dropped (a privacy contact with only a name, a retention criterion beside a period).
 */
import { describe, expect, it } from 'vitest';
import { generateStatement } from '../src/generate-statement.js';
import type { Declarations, Lang } from '../src/types.js';
import { baseDeclarations } from './base-declarations.js';

const md = (d: Declarations, lang: Lang = 'nl') => generateStatement(d, { lang });
const both = (d: Declarations) => [md(d, 'nl'), md(d, 'en')] as const;

function base(): Declarations {
  const d = baseDeclarations();
  d.recipients![0]!.country = 'NL';
  return d;
}

const ALL_ABSENT = { specialCategories: true, criminalData: true, automatedDecisions: true, profiling: true, transfersOutsideEEA: true };

describe('what does not happen (absent)', () => {
  it('each declared claim is one sentence, in nl and en', () => {
    const d = base();
    d.absent = ALL_ABSENT;
    const [nl, en] = both(d);
    expect(nl).toContain('Wij verzamelen en gebruiken geen bijzondere persoonsgegevens (artikel 9 AVG)');
    expect(nl).toContain('Wij verzamelen en gebruiken geen strafrechtelijke persoonsgegevens');
    expect(nl).toContain('(geautomatiseerde besluitvorming, artikel 22 AVG)');
    expect(nl).toContain('(profilering, artikel 4 onder 4 AVG)');
    expect(nl).toContain('Wij geven uw persoonsgegevens niet door naar landen buiten de Europese Economische Ruimte (EER).');
    expect(en).toContain('We do not collect or use special categories of personal data (Article 9 GDPR)');
    expect(en).toContain('relating to criminal convictions and offences (Article 10 GDPR)');
    expect(en).toContain('(automated decision-making, Article 22 GDPR)');
    expect(en).toContain('(profiling, Article 4(4) GDPR)');
    expect(en).toContain('We do not transfer your personal data to countries outside the European Economic Area (EEA).');
    // The data claims sit in "which data we use", the transfer claim under the transfers heading.
    const purposes = nl.slice(nl.indexOf('{#ps-purposes}'), nl.indexOf('{#ps-recipients}'));
    expect(purposes).toContain('bijzondere persoonsgegevens');
    expect(nl.slice(nl.indexOf('{#ps-transfers}'))).toContain('Wij geven uw persoonsgegevens niet door');
  });

  it('nothing is said when nothing is declared', () => {
    const [nl, en] = both(base());
    expect(nl).not.toMatch(/geen bijzondere persoonsgegevens|profilering|geautomatiseerde besluitvorming/);
    expect(en).not.toMatch(/special categories|profiling|automated decision-making/);
  });

  it('a claim the file contradicts is not printed', () => {
    const d = base();
    d.absent = ALL_ABSENT;
    d.dataCategories!.push({ id: 'health', label: 'gezondheid', special: 'health' }, { id: 'record', label: 'strafblad', criminal: true });
    d.purposes![0]!.automatedDecision = { logic: 'score' };
    d.recipients![0]!.countries = ['NL', 'US'];
    const [nl, en] = both(d);
    expect(nl).not.toMatch(
      /geen bijzondere persoonsgegevens|geen strafrechtelijke|geen besluiten over u|profilering|niet door naar landen/,
    );
    expect(en).not.toMatch(/do not collect or use|do not take decisions|profiling|do not transfer/);
  });

  it('a marketing cookie contradicts "no profiling" only', () => {
    const d = base();
    d.absent = { profiling: true, automatedDecisions: true };
    d.cookies!.push({ name: '_ad', category: 'marketing', purpose: 'advertenties', duration: 'P30D' });
    const nl = md(d);
    expect(nl).not.toContain('profilering');
    expect(nl).toContain('geautomatiseerde besluitvorming');
  });

  it('a recipient established outside the EEA contradicts "no transfers", also when it processes inside', () => {
    const d = base();
    d.absent = { transfersOutsideEEA: true };
    d.recipients![0]!.country = 'US';
    d.recipients![0]!.countries = ['IE'];
    expect(md(d)).not.toContain('niet door naar landen');
  });

  it('without recipients the transfer claim still appears', () => {
    const d = base();
    d.recipients = [];
    d.purposes![0]!.recipients = [];
    d.absent = { transfersOutsideEEA: true };
    const [nl, en] = both(d);
    expect(nl).toContain('Wij geven uw gegevens aan niemand buiten onze organisatie.\n\nWij geven uw persoonsgegevens niet door');
    expect(en).toContain('We do not transfer your personal data');
  });
});

describe('who we are', () => {
  it('description, legal form and VAT number', () => {
    const d = base();
    d.organisation!.description = { nl: 'wij repareren fietsen in Zwolle', en: 'we repair bikes in Zwolle' };
    d.organisation!.legalForm = { nl: 'besloten vennootschap', en: 'private limited company' };
    d.organisation!.vatNumber = 'NL123456789B01';
    const [nl, en] = both(d);
    expect(nl).toContain(
      '## Wie zijn wij? {#ps-controller}\n\nWij repareren fietsen in Zwolle.\n\nFietsenmakerij Spaak B.V. is verantwoordelijk',
    );
    expect(nl).toContain('- **Rechtsvorm:** besloten vennootschap');
    expect(nl).toContain('- **Btw-identificatienummer:** NL123456789B01');
    expect(en).toContain('We repair bikes in Zwolle.');
    expect(en).toContain('- **Legal form:** private limited company');
    expect(en).toContain('- **VAT identification number:** NL123456789B01');
  });

  it('a privacy contact with only a name is shown, by name', () => {
    const d = base();
    delete d.organisation!.email;
    d.organisation!.privacyContact = { name: 'Jan Spaak' };
    const [nl, en] = both(d);
    expect(nl).toContain('Heeft u een vraag over privacy? Neem dan contact op met Jan Spaak.');
    expect(en).toContain('Do you have a question about privacy? Please contact Jan Spaak.');
    expect(nl).toContain('Met vragen over privacy kunt u terecht bij het contact hierboven.');
  });

  it('a privacy contact with only a phone number is shown too', () => {
    const d = base();
    delete d.organisation!.email;
    d.organisation!.privacyContact = { phone: '038 123 4567' };
    expect(md(d)).toContain('Heeft u een vraag over privacy? Bel ons dan op 038 123 4567.');
  });

  it('"the contact above" only when someone is shown', () => {
    const d = base();
    delete d.organisation!.email;
    const [nl, en] = both(d);
    expect(nl).not.toMatch(/contact hierboven|Heeft u een vraag over privacy/);
    expect(en).not.toMatch(/contact above/);
  });

  it('every way to reach the privacy contact, the DPO and the representative', () => {
    const d = base();
    d.organisation!.privacyContact = { email: 'privacy@spaak.example', url: 'https://spaak.example/privacy-vraag', phone: '038 1' };
    d.dpo = { appointed: true, name: 'Ria', email: 'fg@spaak.example', phone: '038 2' };
    d.organisation!.representative = { name: 'Rep', email: 'rep@rep.example', url: 'https://rep.example', phone: '0049 3' };
    const nl = md(d);
    expect(nl).toContain(
      'via [privacy@spaak.example](mailto:privacy@spaak.example) of [https://spaak.example/privacy-vraag](https://spaak.example/privacy-vraag) of bel 038 1.',
    );
    expect(nl).toContain('U bereikt de FG via [fg@spaak.example](mailto:fg@spaak.example) of 038 2.');
    expect(nl).toContain(
      'U bereikt de vertegenwoordiger via [rep@rep.example](mailto:rep@rep.example), [https://rep.example](https://rep.example) of 0049 3.',
    );
  });

  it('the reason for having no DPO is shown', () => {
    const d = base();
    d.dpo = {
      appointed: false,
      reason: { nl: 'wij verwerken geen gegevens op grote schaal', en: 'we do not process data on a large scale' },
    };
    expect(md(d)).toContain('Wij hebben geen functionaris voor gegevensbescherming (FG). Wij verwerken geen gegevens op grote schaal.');
  });
});

describe('work done as a processor', () => {
  it('data (special categories named), agreement, retention, what clients can do, end of contract', () => {
    const d = base();
    d.dataCategories!.push({ id: 'health', label: { nl: 'gezondheidsgegevens', en: 'health data' }, special: 'health' });
    d.roles = {
      processorFor: [
        {
          id: 'fysio',
          clients: { nl: 'fysiotherapiepraktijken', en: 'physiotherapy practices' },
          processing: { nl: 'hosting van het patiëntendossier', en: 'hosting the patient records' },
          dataCategories: ['contact', 'health'],
          agreement: {
            nl: 'wij tekenen met elke praktijk een verwerkersovereenkomst',
            en: 'we sign a processing agreement with every practice',
          },
          retention: { nl: 'zolang het contract loopt', en: 'as long as the contract runs' },
          clientControls: {
            portal: { nl: 'in het portaal zien praktijken wie inlogde', en: 'in the portal practices see who logged in' },
            export: true,
            endOfContract: 'return-then-delete',
          },
        },
      ],
    };
    const [nl, en] = both(d);
    expect(nl).toContain('**Fysiotherapiepraktijken:** hosting van het patiëntendossier.');
    expect(nl).toContain('- **Welke gegevens:** contactgegevens en gezondheidsgegevens');
    expect(nl).toContain('- **Bijzondere persoonsgegevens:** gezondheidsgegevens');
    expect(nl).toContain('- **Verwerkersovereenkomst:** Wij tekenen met elke praktijk een verwerkersovereenkomst.');
    expect(nl).toContain('- **Bewaartermijn:** Zolang het contract loopt.');
    expect(nl).toContain(
      '- **Wat klanten zelf kunnen:** In het portaal zien praktijken wie inlogde. Klanten kunnen hun gegevens zelf exporteren, in een gangbaar bestand dat een computer kan lezen.',
    );
    expect(nl).toContain('- **Als het contract eindigt:** Wij geven de gegevens terug aan de klant en verwijderen ze daarna.');
    expect(en).toContain('- **Special categories of personal data:** health data');
    expect(en).toContain('- **When the contract ends:** We return the data to the client and then delete it.');
  });

  it('breach: clients are told within the declared hours', () => {
    const d = base();
    d.breach = { notifyClientsWithinHours: 24 };
    const [nl, en] = both(d);
    expect(nl).toContain(
      'dan laten wij het die klant zonder onredelijke vertraging weten, en uiterlijk binnen 24 uur nadat wij het ontdekt hebben.',
    );
    expect(en).toContain('we tell the client without undue delay and at the latest within 24 hours of becoming aware of it.');
    expect(md(base())).not.toContain('als verwerker voor een klant');
  });
});

describe('complaints', () => {
  it('straight to the authority by default, without an invitation to come to us first', () => {
    const [nl, en] = both(base());
    expect(nl).not.toContain('Laat het ons dan eerst weten');
    expect(nl).toContain(
      'U heeft altijd het recht om rechtstreeks een klacht in te dienen bij de toezichthouder, de Autoriteit Persoonsgegevens',
    );
    expect(en).not.toContain('Please tell us first');
    expect(en).toContain(
      'You always have the right to lodge a complaint directly with the supervisory authority, the Autoriteit Persoonsgegevens',
    );
  });

  it('contactUsFirst asks people to come to us first, and still says they need not', () => {
    const d = base();
    d.complaintAuthority = { contactUsFirst: true };
    const [nl, en] = both(d);
    expect(nl).toContain('Laat het ons dan eerst weten.');
    expect(nl).toContain('U hoeft niet eerst bij ons te komen: u heeft altijd het recht om rechtstreeks een klacht in te dienen');
    expect(nl).toContain('de Autoriteit Persoonsgegevens (artikel 77 AVG): [https://autoriteitpersoonsgegevens.nl]');
    expect(en).toContain('You do not have to come to us first');
  });

  it('an authority with a name but no web address leaves no ":."', () => {
    const d = base();
    (d as { complaintAuthority: unknown }).complaintAuthority = { name: 'Datatilsynet' };
    const nl = md(d);
    expect(nl).toContain('de Datatilsynet (artikel 77 AVG). Woont of werkt u');
  });
});

describe('changes to the statement', () => {
  it('without a declared policy: no notices or e-mails promised, the law’s own duty stated', () => {
    const [nl, en] = both(base());
    expect(nl).not.toMatch(/melding op de website|per e-mail/);
    expect(en).not.toMatch(/notice on the website|by email/);
    expect(nl).toContain('Bovenaan deze verklaring ziet u welke versie u leest.');
    expect(nl).toContain('(artikel 13 lid 3 AVG)');
    expect(en).toContain('the law requires us to tell you first (Article 13(3) GDPR)');
  });

  it('with a declared policy: that text', () => {
    const d = base();
    d.meta!.changePolicy = { nl: 'klanten krijgen een e-mail.', en: 'customers get an email.' };
    const [nl, en] = both(d);
    expect(nl).toContain('Zo maken wij wijzigingen bekend: klanten krijgen een e-mail.');
    expect(en).toContain('How we announce changes: customers get an email.');
  });

  it('no "the top shows the version" when no version or date is declared', () => {
    const d = base();
    d.meta = {};
    expect(md(d)).not.toContain('Bovenaan deze verklaring');
  });
});

describe('values that used to be dropped', () => {
  it('a retention criterion beside a period', () => {
    const d = base();
    d.purposes![0]!.retention = {
      period: 'P4W',
      criterion: { nl: 'na een incident tot het is afgehandeld', en: 'after an incident until it is resolved' },
    };
    const [nl, en] = both(d);
    expect(nl).toContain('- **Bewaartermijn:** 4 weken. Daarnaast geldt: na een incident tot het is afgehandeld. Daarna verwijderen wij');
    expect(en).toContain('4 weeks. In addition: after an incident until it is resolved.');
  });

  it('the Art. 22(2) basis of an automated decision', () => {
    const d = base();
    d.purposes![0]!.automatedDecision = { logic: 'score', basis: 'explicit-consent' };
    const [nl, en] = both(d);
    expect(nl).toContain('Dit mag omdat u daar uitdrukkelijk toestemming voor heeft gegeven (artikel 22 lid 2 onder c AVG).');
    expect(en).toContain('(Article 22(2)(c) GDPR)');
  });

  it('groups that include children are named also when the service is meant for children', () => {
    const d = base();
    d.children = { targeted: true };
    d.dataSubjects!.push({ id: 'pupils', label: { nl: 'leerlingen', en: 'pupils' }, children: true });
    expect(md(d)).toContain('Wij gebruiken ook gegevens van kinderen jonger dan 16 jaar: leerlingen.');
  });
});

describe('camera block', () => {
  const camera = {
    locations: { nl: 'bij de ingang', en: 'at the entrance' },
    notFilmed: { nl: 'de toiletten en de kleedkamers', en: 'the toilets and changing rooms' },
    sound: false,
    viewers: { nl: 'de eigenaar', en: 'the owner' },
    viewingWhen: { nl: 'alleen na een incident', en: 'only after an incident' },
    signs: true,
  };

  it('goes under the purpose whose data is camera footage', () => {
    const d = base();
    d.dataCategories!.push({ id: 'footage', label: { nl: 'camerabeelden', en: 'camera footage' } });
    d.purposes!.push({
      id: 'cctv',
      name: { nl: 'Camerabewaking', en: 'CCTV' },
      dataCategories: ['footage'],
      legalBasis: 'legitimate-interests',
      recipients: [],
      retention: { period: 'P4W' },
    });
    d.camera = camera;
    const [nl, en] = both(d);
    const cctv = nl.slice(nl.indexOf('{#ps-purpose-cctv}'));
    expect(cctv).toContain(
      "**Onze camera's**\n\n- **Waar de camera's hangen:** Bij de ingang.\n- **Waar wij nooit filmen:** De toiletten en de kleedkamers.",
    );
    expect(cctv).toContain("- **Geluid:** De camera's nemen geen geluid op.");
    expect(cctv).toContain('- **Wie de beelden mag bekijken:** De eigenaar.');
    expect(cctv).toContain('- **Wanneer de beelden worden bekeken:** Alleen na een incident.');
    expect(cctv).toContain("- **Borden:** Borden bij de ingang laten zien dat er camera's hangen.");
    expect(en).toContain('- **Sound:** The cameras do not record sound.');
    expect(nl).not.toContain('{#ps-camera}');
  });

  it('without a purpose to go under: its own heading, and the missing purpose said', () => {
    const d = base();
    d.camera = { locations: 'in de werkplaats', purpose: 'nope' };
    const [nl, en] = both(d);
    expect(nl).toContain('### Cameratoezicht {#ps-camera}');
    expect(nl).toContain('Waarom wij deze beelden maken, op welke grondslag en hoe lang wij ze bewaren, is nog niet vastgelegd.');
    expect(en).toContain('### Camera surveillance {#ps-camera}');
  });
});

describe('recipient names in both languages', () => {
  it('a { nl, en } name is shown in the reader’s language, in every place it appears', () => {
    const d = base();
    d.recipients![0]!.name = { nl: 'onze boekhouder', en: 'our accountant' };
    d.recipients![0]!.countries = ['US'];
    d.cookies![0]!.service = 'host';
    const [nl, en] = both(d);
    expect(nl).toContain('| onze boekhouder | verwerker |');
    expect(nl).toContain('- **Wie krijgt de gegevens:** onze boekhouder');
    expect(nl).toContain('onze boekhouder gebruikt of bewaart gegevens in de Verenigde Staten.');
    expect(nl).toContain('| session | cookie | onze boekhouder (derde partij; de Verenigde Staten)');
    expect(en).toContain('| our accountant | processor |');
    expect(en).not.toContain('boekhouder');
  });
});
