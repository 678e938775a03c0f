/**
 * The rules that read what people wrote, tried on the many ways Dutch and English statements
 * word the same mistake (other inflections, word orders, u/je, synonyms), and on near misses
 * that say the opposite or something else and must not trip.
 */
import { describe, expect, it } from 'vitest';
import type { Declarations, Purpose, Recipient } from '../src/types.js';
import { validateDeclarations } from '../src/validate-declarations.js';
import { checkedBase } from './checked-base.js';

const TODAY = '2026-06-01';
const p0 = (d: Declarations): Purpose => d.purposes![0]!;
/** The findings of one rule after `change`, as `path key-of-message`-free pairs `[path, severity]`. */
function findings(rule: string, change: (d: Declarations) => void) {
  const d = checkedBase();
  change(d);
  return validateDeclarations(d, { today: TODAY }).filter((f) => f.rule === rule);
}
const paths = (rule: string, change: (d: Declarations) => void) => findings(rule, change).map((f) => f.path);

/** Runs every wording through `place` and expects exactly `expected` paths for a hit, none for a miss. */
function table(rule: string, place: (d: Declarations, text: string) => void, expected: string[], hits: string[], misses: string[]) {
  for (const text of hits) it(`trips on: ${text}`, () => expect(paths(rule, (d) => place(d, text))).toEqual(expected));
  for (const text of misses) it(`does not trip on: ${text}`, () => expect(paths(rule, (d) => place(d, text))).toEqual([]));
}

/** One text for both languages, in the first purpose's description. */
const inDescription = (d: Declarations, text: string) => {
  p0(d).description = text;
};

describe('V06: a kind of business instead of a business', () => {
  table(
    'V06',
    (d, name) => (d.recipients![0]!.name = name),
    ['recipients[0].name'],
    [
      'derden',
      'Derde partijen',
      'zorgvuldig geselecteerde partners',
      'onze IT-leveranciers',
      'externe IT-partijen',
      'diverse webdiensten',
      'verschillende dienstverleners',
      'een hostingpartij',
      'onze accountant',
      'Partners',
      'leveranciers zoals Google en Microsoft',
      'partners in de EU (hosting en e-mail)',
      'third parties',
      'carefully selected partners',
      'our service providers',
      'trusted third-party vendors',
      'various web services',
      'social media platforms',
      'payment providers',
    ],
    [
      'Partners B.V.',
      'Van Dijk & Partners Accountants',
      'Eemland Accountants',
      'Accountantskantoor Van Dijk',
      'Administratiekantoor Martini',
      'de Belastingdienst',
      'Toeristenbureau Kust',
      'Google Ireland Limited',
      'Amazon Web Services',
      'Stichting Derdengelden Webwinkels',
      'Mailkite Inc.',
    ],
  );

  it('asks for the names, in Dutch and English', () => {
    const change = (d: Declarations) => (d.recipients![0]!.name = 'onze IT-leveranciers');
    const [en] = findings('V06', change);
    expect(en).toMatchObject({ severity: 'warning', path: 'recipients[0].name' });
    expect(en!.message).toMatch(/“onze IT-leveranciers” is a kind of business.*name each company/);
    const d = checkedBase();
    change(d);
    expect(validateDeclarations(d, { lang: 'nl' }).find((f) => f.rule === 'V06')!.message).toMatch(/is een soort bedrijf, geen bedrijf/);
  });
});

describe('V09: outdated legal terms, in any free text', () => {
  table(
    'V09',
    inDescription,
    ['purposes[0].description'],
    [
      'Wij hebben met alle partijen een bewerkersovereenkomst gesloten.',
      'Wij sluiten bewerkersovereenkomsten met onze leveranciers.',
      'Onze sub-bewerkers zitten allemaal in Nederland.',
      'Conform de Wet bescherming persoonsgegevens bewaren wij uw gegevens.',
      'De gegevens worden verwerkt volgens de WBP.',
      'U kunt een klacht indienen bij het College bescherming persoonsgegevens (CBP).',
      'Google is gecertificeerd onder het EU-US Privacy Shield.',
      'Our processor is certified under Privacy-Shield.',
      'Transfers to the US rely on Safe Harbor.',
      'Wij gebruiken de standaardcontractbepalingen van besluit 2010/87/EU.',
      'This complies with the Data Protection Directive 95/46/EC.',
    ],
    [
      'Wij hebben met alle partijen een verwerkersovereenkomst gesloten.',
      'Onze fotobewerker retoucheert uw foto alleen op uw verzoek.',
      'Wij bewerken uw foto alleen op uw verzoek.',
      'De AVG geldt sinds 25 mei 2018.',
      'Transfers rely on the EU-US Data Privacy Framework.',
      'The partner holds an APEC CBPR certification.',
    ],
  );

  it('is found in every kind of free text, once per field, in the language that has it', () => {
    const found = paths('V09', (d) => {
      d.recipients![0]!.service = { nl: 'hosting; wij hebben een bewerkersovereenkomst', en: 'hosting; we have a processing agreement' };
      d.security!.push({ type: 'organisational', description: { nl: 'Wij volgen de Wbp.', en: 'We follow the Wbp.' } });
      d.rightsHandling = { identityCheck: 'Zie de Wet bescherming persoonsgegevens.' };
      d.organisation!.email = 'wbp@spaak.example';
    });
    expect(found).toEqual(['recipients[0].service.nl', 'security[1].description', 'rightsHandling.identityCheck']);
  });
});

describe('V18: accepting the statement by using the site, in any free text', () => {
  table(
    'V18',
    inDescription,
    ['purposes[0].description'],
    [
      'Door gebruik te maken van deze website gaat u akkoord met deze privacyverklaring.',
      'Door onze website te bezoeken, stemt u in met de verwerking van uw gegevens.',
      'Bij gebruik van de webshop gaat u ermee akkoord dat wij cookies plaatsen.',
      'Als u deze website blijft gebruiken, accepteert u ons privacybeleid.',
      'Door verder te surfen op onze site geeft u toestemming voor het plaatsen van cookies.',
      'Met het gebruik van deze site verklaart u zich akkoord met deze verklaring.',
      'Door gebruik te maken van onze diensten ga je akkoord met deze privacyverklaring.',
      'Wij gaan ervan uit dat u akkoord gaat met deze privacyverklaring.',
      'Als u het niet eens bent met deze privacyverklaring, gebruik de website dan niet.',
      'By using this website, you agree to this privacy policy.',
      'By continuing to browse our site you consent to our use of cookies.',
      'Your continued use of this website constitutes acceptance of this statement.',
      'If you do not agree with this privacy policy, please do not use our website.',
      'You hereby accept this privacy notice.',
    ],
    [
      'Als u zich aanmeldt, sturen wij u één keer per maand een e-mail.',
      'Als u onze website bezoekt, vragen wij uw toestemming voor cookies.',
      'When you visit our website, we ask for your consent before placing cookies.',
      'Door u aan te melden voor de nieuwsbrief geeft u toestemming voor het sturen van e-mails.',
      'Door onze website te bezoeken gaat u niet automatisch akkoord met iets.',
      'U hoeft niet akkoord te gaan met deze privacyverklaring; zij informeert u.',
      'If you do not agree with how we handle your data, you can complain to the AP.',
      'Remote support, only after the user agrees for each session.',
      'Bij het bezoek aan onze winkel vragen wij of u akkoord gaat met een foto voor onze website.',
      'Klikt u in de cookiebanner op ‘Akkoord’, dan gaat u akkoord met het plaatsen van cookies zoals beschreven in deze verklaring.',
    ],
  );
});

describe('V19: liability disclaimers, in any free text', () => {
  table(
    'V19',
    inDescription,
    ['purposes[0].description'],
    [
      'Wij zijn niet aansprakelijk voor de inhoud van websites van derden.',
      'Wij aanvaarden geen enkele aansprakelijkheid voor schade door het gebruik van deze site.',
      'Iedere aansprakelijkheid is uitgesloten.',
      'Wij sluiten elke aansprakelijkheid uit.',
      'Wij kunnen niet garanderen dat derden zorgvuldig met uw gegevens omgaan.',
      'Wij kunnen niet aansprakelijk worden gesteld voor misbruik.',
      'Wij zijn niet verantwoordelijk voor het privacybeleid van andere websites.',
      'Het gebruik van deze website is op eigen risico.',
      'We are not liable for the content of third-party websites.',
      'We accept no liability for any loss.',
      'We cannot guarantee the security of data sent over the internet.',
      'We are not responsible for the privacy practices of other sites.',
      'Use of this website is at your own risk.',
      'We make no warranties about the accuracy of this site.',
    ],
    [
      'Wij zijn verantwoordelijk voor de verwerking van uw gegevens.',
      'Beurs Brabant is zelf verantwoordelijk voor de aanmelding.',
      'Wij beschrijven wie waarvoor verantwoordelijk is.',
      'We are responsible for processing your data.',
      'Wij garanderen dat alleen medewerkers met een eigen account uw bestelling zien.',
      'We cannot accept your order without your address.',
    ],
  );
});

describe('V22: an identity document to exercise a right, in the many ways it is asked', () => {
  const inIdentityCheck = (d: Declarations, text: string) => {
    d.rightsHandling = { identityCheck: text };
  };
  table(
    'V22',
    inIdentityCheck,
    ['rightsHandling.identityCheck'],
    [
      'Stuur bij uw verzoek een kopie van uw identiteitsbewijs mee.',
      'Wij vragen u om een kopie van uw paspoort, ID-kaart of rijbewijs.',
      'Voeg een kopie van uw legitimatiebewijs toe en maak uw BSN en pasfoto onleesbaar.',
      'U dient zich te legitimeren met een geldig identiteitsbewijs.',
      'Om uw identiteit vast te stellen hebben wij een kopie van uw ID nodig.',
      'Stuur je een scan van je paspoort mee?',
      'Upload een foto van uw rijbewijs via ons formulier.',
      'Een kopie van uw verblijfsvergunning is verplicht.',
      'Stuur een kopie van uw ID zonder BSN mee.',
      'Zonder kopie van uw paspoort kunnen wij uw verzoek niet behandelen.',
      'We cannot handle your request without a copy of your passport.',
      'Please enclose a copy of your passport or identity card.',
      'We will ask you to show a valid photo ID.',
      'You must include a copy of your driving licence with your request.',
    ],
    [
      'Wij vragen geen kopie van uw identiteitsbewijs.',
      'U hoeft uw paspoort niet mee te sturen.',
      'We never ask for a copy of your ID.',
      'We do not ask for a copy of your passport.',
      'Een kopie van uw identiteitsbewijs is niet nodig.',
      'Wij vragen alleen om uw paspoort als wij u op een andere manier niet kunnen herkennen.',
      'Mail ons vanaf het e-mailadres van uw klantaccount; lukt dat niet, dan stellen wij een vraag over uw laatste bestelling.',
      'Noem uw klant-ID in de e-mail.',
      'Wij behandelen uw verzoek ook zonder kopie van uw paspoort.',
    ],
  );

  it('finds the demand in other texts only where they speak of a request', () => {
    expect(paths('V22', (d) => inDescription(d, 'Voor een verzoek om inzage vragen wij een kopie van uw paspoort.'))).toEqual([
      'purposes[0].description',
    ]);
    expect(paths('V22', (d) => inDescription(d, 'Bij het huren van een bakfiets maken wij een kopie van uw rijbewijs.'))).toEqual([]);
  });

  it('names the phrase and reports the field once when both languages ask', () => {
    const [f, ...rest] = findings(
      'V22',
      (d) => (d.rightsHandling = { identityCheck: { nl: 'Stuur een kopie van uw paspoort mee.', en: 'Send a copy of your passport.' } }),
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ path: 'rightsHandling.identityCheck', severity: 'warning' });
    expect(f!.message).toContain('(“Stuur een kopie van uw paspoort mee”);');
  });
});

describe('V27: purposes too general to tell what happens', () => {
  table(
    'V27',
    inDescription,
    ['purposes[0].description'],
    [
      'Wij gebruiken uw gegevens voor marketingdoeleinden.',
      'Om u interessante aanbiedingen te sturen.',
      'Wij gebruiken uw gegevens om onze dienstverlening te verbeteren.',
      'Voor het verbeteren van onze producten en diensten.',
      'Wij houden u op de hoogte van onze producten en acties.',
      'Voor commerciële doeleinden.',
      'Om je gepersonaliseerde aanbiedingen te doen.',
      'We use your data for marketing purposes.',
      'To send you relevant offers.',
      'We may use your personal data to develop new services.',
      'To improve our website and your experience.',
      'To keep you informed about our products.',
    ],
    [
      'Als u zich aanmeldt, sturen wij u één keer per maand een e-mail met nieuwe theesoorten en aanbiedingen.',
      'Wij tellen bezoeken om te zien welke pagina’s mensen verlaten, en passen die pagina’s aan.',
      'Wij verbeteren onze dienstverlening. Daarvoor vragen wij klanten na een reparatie om een cijfer van 1 tot 10.',
      'We count visits and pages viewed to see which products people look for.',
    ],
  );

  it('a generic name counts only without a description that says more', () => {
    expect(
      paths('V27', (d) => {
        p0(d).name = 'Marketing';
        delete p0(d).description;
      }),
    ).toEqual(['purposes[0].name']);
    expect(
      paths('V27', (d) => {
        p0(d).name = { nl: 'Commerciële doeleinden', en: 'Commercial purposes' };
        p0(d).description = 'Nieuwsbrief.';
      }),
    ).toEqual(['purposes[0].name']);
    expect(
      paths('V27', (d) => {
        p0(d).name = 'Marketing';
        p0(d).description = 'Wij sturen klanten die iets kochten één keer per maand een e-mail met nieuwe fietsen.';
      }),
    ).toEqual([]);
  });

  it('reports the language that is vague, with the phrase', () => {
    const [f] = findings(
      'V27',
      (d) => (p0(d).description = { nl: 'Wij bellen u als uw fiets klaar is.', en: 'To send you interesting offers.' }),
    );
    // The Dutch text says something concrete, so the purpose as a whole is clear enough.
    expect(f).toBeUndefined();
    const [g] = findings('V27', (d) => (p0(d).description = { nl: 'Voor marketingdoeleinden.', en: 'For marketing purposes.' }));
    expect(g).toMatchObject({ path: 'purposes[0].description' });
    expect(g!.message).toContain('“marketingdoeleinden”');
  });
});

describe('V23: consent-free analytics without the privacy-friendly settings', () => {
  const google = (d: Declarations): Recipient => {
    const r: Recipient = {
      id: 'google',
      name: 'Google Ireland Limited',
      role: 'processor',
      service: { nl: 'Google Analytics', en: 'Google Analytics' },
      country: 'IE',
      processingAgreement: true,
    };
    d.recipients!.push(r);
    return r;
  };
  const settings = { ipAnonymised: true, noDataSharing: true, noOtherServices: true, processingAgreement: true };

  it('sees analytics by cookie name, provider or service whatever the category says', () => {
    expect(
      paths('V23', (d) => d.cookies!.push({ name: '_ga', provider: 'Google', category: 'necessary', purpose: 'x', duration: 'P2Y' })),
    ).toEqual(['cookies[1].category']);
    expect(
      paths('V23', (d) =>
        d.cookies!.push({ name: 'hjs', provider: 'Hotjar Ltd', category: 'preferences', purpose: 'x', duration: 'P1Y', consent: false }),
      ),
    ).toEqual(['cookies[1].category']);
    expect(
      paths('V23', (d) => {
        google(d);
        d.cookies!.push({ name: 'trk', service: 'google', category: 'necessary', purpose: 'x', duration: 'P1Y' });
      }),
    ).toEqual(['cookies[1].category']);
    // The same cookies with every setting, or with consent, are fine.
    expect(
      paths('V23', (d) =>
        d.cookies!.push({
          name: '_ga',
          provider: 'Google',
          category: 'necessary',
          purpose: 'x',
          duration: 'P2Y',
          exemption: 'analytics-low-impact',
          privacyFriendly: settings,
        }),
      ),
    ).toEqual([]);
    expect(
      paths('V23', (d) => d.cookies!.push({ name: '_ga', provider: 'Google', category: 'analytics', purpose: 'x', duration: 'P2Y' })),
    ).toEqual([]);
  });

  it('consent-free analytics declared by provider only (no cookie) is found on the purpose', () => {
    const change = (d: Declarations) => {
      google(d);
      p0(d).recipients = ['host', 'google'];
      p0(d).legalBasis = 'legitimate-interests';
      p0(d).legitimateInterest = 'Wij willen weten welke pagina’s goed werken.';
    };
    const [f, ...rest] = findings('V23', change);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ path: 'purposes[0].legalBasis', severity: 'error' });
    expect(f!.message).toMatch(/sends data to Google Analytics \(recipient “Google Ireland Limited”\) without asking consent/);
    // Declaring its cookie moves the question to the cookie; asking consent settles it.
    expect(
      paths('V23', (d) => {
        change(d);
        d.cookies!.push({ name: '_ga', service: 'google', category: 'analytics', purpose: 'x', duration: 'P2Y' });
      }),
    ).toEqual([]);
    expect(
      paths('V23', (d) => {
        change(d);
        p0(d).legalBasis = 'consent';
        p0(d).consentWithdrawal = 'Via de cookie-instellingen.';
      }),
    ).toEqual([]);
    // A recipient that only says what it does not use is no analytics product.
    expect(
      paths('V23', (d) => {
        change(d);
        d.recipients![1]!.service = 'statistieken, zonder Google Analytics';
        d.recipients![1]!.name = 'Telbaar';
      }),
    ).toEqual([]);
  });
});

describe('V24: cookies used but none declared (section 0)', () => {
  const noCookies = (d: Declarations) => delete d.cookies;
  it('is an error when a scan, a recipient or a purpose shows cookies, with one finding', () => {
    const scan = findings('V24', (d) => {
      d.cookies = [];
      d.cookieScan = { date: '2026-05-01', found: ['_ga', '_gid'] };
    });
    expect(scan.map((f) => [f.path, f.severity])).toEqual([['cookies', 'error']]);
    expect(scan[0]!.message).toContain('the scan of 2026-05-01 found _ga, _gid');
    const recipient = findings('V24', (d) => {
      noCookies(d);
      d.recipients![0]!.service = { nl: 'websitestatistieken met Google Analytics', en: 'website statistics with Google Analytics' };
    });
    expect(recipient.map((f) => [f.path, f.severity])).toEqual([['cookies', 'error']]);
    expect(recipient[0]!.message).toMatch(/recipient “Hostbedrijf B\.V\.” \(“Google Analytics”\)/);
    expect(
      paths('V24', (d) => {
        noCookies(d);
        p0(d).description = 'Wij plaatsen een cookie die uw winkelmand onthoudt.';
      }),
    ).toEqual(['cookies']);
    expect(
      paths('V24', (d) => {
        noCookies(d);
        p0(d).consentWithdrawal = { nl: 'Via de link Cookie-instellingen onderaan elke pagina.', en: 'Through the Cookie settings link.' };
      }),
    ).toEqual(['cookies']);
    expect(
      paths('V24', (d) => {
        noCookies(d);
        d.recipients![0]!.name = 'Meta Platforms Ireland (Meta Pixel)';
      }),
    ).toEqual(['cookies']);
    // A negation after the product negates something else.
    expect(
      paths('V24', (d) => {
        noCookies(d);
        d.recipients![0]!.service = 'Wij gebruiken Google Analytics zonder IP-adressen op te slaan.';
      }),
    ).toEqual(['cookies']);
  });

  it('is silent when nothing shows cookies, or the text says there are none', () => {
    expect(paths('V24', noCookies)).toEqual([]);
    expect(
      paths('V24', (d) => {
        noCookies(d);
        p0(d).description = 'Wij gebruiken geen cookies.';
      }),
    ).toEqual([]);
    expect(
      paths('V24', (d) => {
        noCookies(d);
        d.recipients![0]!.service = 'bezoekstatistieken zonder cookies';
      }),
    ).toEqual([]);
    expect(
      paths('V24', (d) => {
        noCookies(d);
        p0(d).description = 'We count visits without cookies or trackers.';
      }),
    ).toEqual([]);
    expect(
      paths('V24', (d) => {
        noCookies(d);
        p0(d).description = 'Cookies plaatsen wij niet.';
      }),
    ).toEqual([]);
  });
});

describe('V07: processing countries outside the EEA, and recipients without a country (section 0)', () => {
  const r0 = (d: Declarations) => d.recipients![0]!;
  it('counts the processing countries also when the recipient is established in the EEA', () => {
    expect(paths('V07', (d) => Object.assign(r0(d), { country: 'NL', countries: ['NL', 'US'] }))).toEqual(['recipients[0]']);
    expect(paths('V07', (d) => Object.assign(r0(d), { country: 'IE', countries: ['IE', 'IN'] }))).toEqual(['recipients[0]']);
    expect(
      findings('V07', (d) =>
        Object.assign(r0(d), {
          country: 'DE',
          countries: ['DE', 'US', 'IN'],
          transfer: { mechanism: 'dpf', dpfCheckedOn: '2026-05-01', fallback: 'sccs' },
        }),
      ).map((f) => [f.path, f.message]),
    ).toEqual([
      [
        'recipients[0].transfer.mechanism',
        'recipient “Hostbedrijf B.V.” relies on the EU-US Data Privacy Framework, which covers only the United States, but also processes data in IN; add a mechanism for those countries (for example sccs).',
      ],
    ]);
  });

  it('accepts EEA and adequate countries and mechanisms that cover the countries', () => {
    expect(paths('V07', (d) => Object.assign(r0(d), { country: 'NL', countries: ['NL', 'DE'] }))).toEqual([]);
    expect(paths('V07', (d) => Object.assign(r0(d), { country: 'NL', countries: ['NL', 'GB', 'CH'] }))).toEqual([]);
    expect(paths('V07', (d) => Object.assign(r0(d), { country: 'US', countries: ['IE'] }))).toEqual([]);
    expect(paths('V07', (d) => Object.assign(r0(d), { country: 'US', countries: ['US', 'IN'], transfer: { mechanism: 'sccs' } }))).toEqual(
      [],
    );
  });

  it('a recipient without a country is unknown, never assumed in the EEA', () => {
    const f = findings('V07', (d) => delete r0(d).country);
    expect(f.map((x) => [x.path, x.severity])).toEqual([['recipients[0].country', 'warning']]);
    expect(f[0]!.message).toMatch(/has no country, so the statement cannot say whether its data stays in the EEA/);
    expect(
      paths('V07', (d) => {
        delete r0(d).country;
        r0(d).countries = ['NL'];
      }),
    ).toEqual([]);
  });
});

describe('V34: breach deadlines the law does not set', () => {
  const inBreach = (d: Declarations, text: string) => (d.breach = { procedure: text });
  /** What each kind of promise says in its message. */
  const KIND = { fixed: /promises to report a breach to the AP/, late: /later than the 72 hours/, subjects: /inform the people affected/ };
  const messages = (text: string) => findings('V34', (d) => inBreach(d, text)).map((f) => f.message);
  it.each([
    ['Wij melden een datalek altijd binnen 24 uur bij de Autoriteit Persoonsgegevens.', 'fixed'],
    ['Een datalek melden wij binnen 48 uur aan de AP.', 'fixed'],
    ['We always report a breach within 24 hours.', 'fixed'],
    ['Datalekken worden binnen 2 werkdagen gemeld bij de toezichthouder.', 'late'],
    ['Wij melden datalekken uiterlijk binnen vijf werkdagen bij de AP.', 'late'],
    ['Binnen 96 uur na ontdekking melden wij het lek aan de AP.', 'late'],
    ['We report breaches to the supervisory authority within one week.', 'late'],
    ['Wij melden een lek binnen 24 werkuren bij de AP.', 'late'],
    ['We notify the supervisory authority within 48 business hours.', 'late'],
    ['Wij informeren alle betrokkenen binnen 24 uur.', 'subjects'],
    ['We will notify you within 48 hours of any breach.', 'subjects'],
  ] as const)('trips on: %s', (text, kind) => {
    const found = messages(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(KIND[kind]);
  });

  it('quotes the deadline as written', () => {
    expect(messages('Wij melden een datalek binnen 24 uur bij de AP.')).toEqual([expect.stringContaining('to the AP “binnen 24 uur”;')]);
    expect(messages('Wij melden een datalek binnen drie werkdagen bij de AP.')).toEqual([
      expect.stringContaining('“binnen drie werkdagen”'),
    ]);
  });

  it.each([
    'Wij melden een datalek zonder onnodige vertraging en zo mogelijk binnen 72 uur bij de AP.',
    'We report a breach to the AP without undue delay and where feasible within 72 hours.',
    'Ontdekken wij een datalek bij een klant, dan melden wij dat binnen 24 uur aan die klant, zodat de klant het op tijd bij de AP kan melden.',
    'If we discover a breach at a client, we tell that client within 24 hours, so the client can report it to the AP in time.',
    'De directie beslist binnen een dag of een lek gemeld moet worden.',
    'Medewerkers melden een vermoedelijk datalek binnen een uur bij de FG.',
  ])('does not trip on: %s', (text) => {
    expect(messages(text)).toEqual([]);
  });

  it('finds the promise in other texts that speak of a breach, not in unrelated deadlines', () => {
    const inSecurity = (d: Declarations, text: string) => d.security!.push({ type: 'organisational', description: text });
    expect(paths('V34', (d) => inSecurity(d, 'Datalekken melden wij binnen 24 uur bij de AP.'))).toEqual(['security[1].description']);
    expect(paths('V34', (d) => inSecurity(d, 'Wij installeren beveiligingsupdates binnen 14 dagen, kritieke binnen 48 uur.'))).toEqual([]);
  });
});
