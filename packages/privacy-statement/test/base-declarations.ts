/** A small declarations object that trips no rule; validator tests change one thing at a time. */
import type { Declarations } from '../src/types.js';

/** Returns a fresh copy each call. */
export function baseDeclarations(): Declarations {
  return {
    meta: {
      version: '1.0',
      effectiveDate: '2026-01-01',
      lastReviewed: '2026-01-01',
      changelog: [{ version: '1.0', date: '2026-01-01', material: true, summary: { nl: 'Eerste versie.', en: 'First version.' } }],
    },
    organisation: {
      legalName: 'Fietsenmakerij Spaak B.V.',
      kvk: '12345678',
      address: { street: 'Kerkstraat 1', postalCode: '1234 AB', city: 'Zwolle' },
      email: 'info@spaak.example',
    },
    dpo: 'none',
    dataSubjects: [{ id: 'customers', label: { nl: 'klanten', en: 'customers' } }],
    dataCategories: [{ id: 'contact', label: { nl: 'contactgegevens', en: 'contact details' } }],
    purposes: [
      {
        id: 'repairs',
        name: { nl: 'Reparaties', en: 'Repairs' },
        description: { nl: 'Wij bellen u als uw fiets klaar is.', en: 'We call you when your bike is ready.' },
        dataSubjects: ['customers'],
        dataCategories: ['contact'],
        legalBasis: 'contract',
        provision: { requirement: 'contract-necessary' },
        recipients: ['host'],
        retention: { period: 'P2Y', start: { nl: 'de reparatie', en: 'the repair' } },
      },
    ],
    recipients: [
      { id: 'host', name: 'Hostbedrijf B.V.', role: 'processor', service: { nl: 'hosting', en: 'hosting' }, processingAgreement: true },
    ],
    cookies: [
      {
        name: 'session',
        category: 'necessary',
        purpose: { nl: 'houdt u ingelogd', en: 'keeps you logged in' },
        duration: 'session',
        exemption: 'functional',
      },
    ],
    security: [{ type: 'technical', description: { nl: 'Versleutelde verbindingen.', en: 'Encrypted connections.' } }],
  };
}
