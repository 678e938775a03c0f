import type { Lang } from './types.js';

/** Comment lines per language, keyed by the field they explain. */
const C: Record<Lang, Record<string, string>> = {
  nl: {
    head: 'Privacy-declaraties voor akkoord. Vul dit bestand in en controleer het met: akkoord check privacy.yaml\n# Teksten mogen één tekst zijn of { nl: …, en: … }. Uitleg per veld: docs/declarations.md',
    meta: 'Versie en ingangsdatum staan bovenaan de verklaring. Noteer elke wijziging; een nieuw doel is een belangrijke wijziging (material: true).',
    organisation: 'Wie is verantwoordelijk? Naam zoals bij de KvK, adres en een e-mailadres voor vragen.',
    dpo: 'Functionaris voor gegevensbescherming (FG): "none" als u er geen heeft (voor de meeste mkb-bedrijven niet verplicht).',
    subjects: 'Van wie verwerkt u gegevens? Geef elke groep een korte id.',
    categories: 'Welke soorten gegevens? Zet special: health (enz.) bij bijzondere gegevens, bsn: true bij het BSN.',
    purposes:
      'Per doel: grondslag (consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests), gegevens, ontvangers en bewaartermijn (P7Y = 7 jaar).',
    recipients:
      'Wie krijgt de gegevens? Verwerkers met verwerkersovereenkomst; landen buiten de EER met doorgiftegrond (adequacy, dpf, sccs, bcr).',
    cookies:
      'Alle cookies en vergelijkbare technieken. Categorie: necessary, analytics, preferences of marketing. Duur als P1Y, P30D of session.',
    security: 'Concrete beveiligingsmaatregelen.',
    rights: 'Waar mensen hun rechten uitoefenen. Vraag niet standaard om een kopie van een identiteitsbewijs.',
  },
  en: {
    head: 'Privacy declarations for akkoord. Fill in this file and check it with: akkoord check privacy.yaml\n# Texts may be one string or { nl: …, en: … }. Field reference: docs/declarations.md',
    meta: 'Version and effective date appear at the top of the statement. Record every change; a new purpose is a material change (material: true).',
    organisation: 'Who is responsible? Legal name as registered with the KvK, address and an e-mail address for questions.',
    dpo: 'Data protection officer (DPO/FG): "none" if you have none (not required for most small businesses).',
    subjects: 'Whose data do you process? Give each group a short id.',
    categories: 'Which kinds of data? Add special: health (etc.) for special category data, bsn: true for the BSN.',
    purposes:
      'Per purpose: legal basis (consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests), data, recipients and retention (P7Y = 7 years).',
    recipients:
      'Who receives the data? Processors with a processing agreement; countries outside the EEA with a transfer mechanism (adequacy, dpf, sccs, bcr).',
    cookies:
      'All cookies and similar technologies. Category: necessary, analytics, preferences or marketing. Duration as P1Y, P30D or session.',
    security: 'Concrete security measures.',
    rights: 'Where people exercise their rights. Do not ask for a copy of an ID document by default.',
  },
};

/** A commented starter declarations file that passes `akkoord check` without errors. */
export function initTemplate(lang: Lang): string {
  const c = C[lang];
  return `# ${c['head']}

# ${c['meta']}
meta:
  version: "1.0"
  effectiveDate: 2026-01-01
  languages: [nl, en]
  changelog:
    - version: "1.0"
      date: 2026-01-01
      material: true
      summary: { nl: Eerste versie., en: First version. }

# ${c['organisation']}
organisation:
  legalName: Voorbeeld B.V.
  kvk: "12345678"
  address: { street: Voorbeeldstraat 1, postalCode: 1234 AB, city: Utrecht }
  email: privacy@voorbeeld.example
  website: https://www.voorbeeld.example

# ${c['dpo']}
dpo: none

# ${c['subjects']}
dataSubjects:
  - id: customers
    label: { nl: klanten, en: customers }

# ${c['categories']}
dataCategories:
  - id: contact
    label: { nl: naam en contactgegevens, en: name and contact details }

# ${c['purposes']}
purposes:
  - id: orders
    name: { nl: Bestellingen afhandelen, en: Handling orders }
    description: { nl: Wij leveren uw bestelling en sturen de factuur., en: We deliver your order and send the invoice. }
    dataSubjects: [customers]
    dataCategories: [contact]
    legalBasis: contract
    provision: { requirement: contract-necessary }
    recipients: [hosting]
    retention:
      period: P7Y
      start: { nl: het einde van het boekjaar, en: the end of the financial year }
      reason: { nl: de fiscale bewaarplicht (art. 52 AWR), en: the tax retention duty (art. 52 AWR) }

# ${c['recipients']}
recipients:
  - id: hosting
    name: Hosting B.V.
    role: processor
    service: { nl: hosting van de website, en: website hosting }
    country: NL
    processingAgreement: { signed: true, date: 2026-01-01 }

# ${c['cookies']}
cookies:
  - name: akkoord
    category: necessary
    purpose: { nl: onthoudt uw cookiekeuze, en: remembers your cookie choice }
    duration: P6M
    exemption: functional

# ${c['security']}
security:
  - type: technical
    description: { nl: Alle verbindingen zijn versleuteld (https)., en: All connections are encrypted (https). }

# ${c['rights']}
rightsHandling:
  channel: privacy@voorbeeld.example
  responseTime: P1M
`;
}
