/**
 * The JSON Schema and the TypeScript types describe the same shape: the field names of the main
 * objects are compared, and every example passes both (typed load + schema, no findings at all).
 */
import { describe, expect, it } from 'vitest';
import { declarationsSchema } from '../src/schema-check.js';
import type { Cookie, Declarations, Organisation, Purpose, Recipient } from '../src/types.js';
import { validateDeclarations } from '../src/validate-declarations.js';
import { exampleFiles, loadExample } from './fixtures.js';

type Keys<T> = Record<keyof Required<T>, true>;
const top: Keys<Declarations> = {
  meta: true,
  organisation: true,
  dpo: true,
  roles: true,
  dataSubjects: true,
  dataCategories: true,
  purposes: true,
  recipients: true,
  absent: true,
  cookies: true,
  cookieScan: true,
  security: true,
  camera: true,
  rightsHandling: true,
  complaintAuthority: true,
  children: true,
  breach: true,
  links: true,
};
const purpose: Keys<Purpose> = {
  id: true,
  name: true,
  description: true,
  dataSubjects: true,
  dataCategories: true,
  legalBasis: true,
  legitimateInterest: true,
  art9Condition: true,
  legalGround: true,
  consentWithdrawal: true,
  provision: true,
  sources: true,
  recipients: true,
  retention: true,
  automatedDecision: true,
  directMarketing: true,
  optOut: true,
  addedIn: true,
  internal: true,
};
const recipient: Keys<Recipient> = {
  id: true,
  preset: true,
  name: true,
  role: true,
  service: true,
  country: true,
  countries: true,
  transfer: true,
  processingAgreement: true,
  privacyPolicyUrl: true,
  arrangement: true,
};
const cookie: Keys<Cookie> = {
  name: true,
  service: true,
  provider: true,
  party: true,
  type: true,
  category: true,
  purpose: true,
  duration: true,
  consent: true,
  exemption: true,
  privacyFriendly: true,
};
const organisation: Keys<Organisation> = {
  legalName: true,
  tradeNames: true,
  legalForm: true,
  description: true,
  kvk: true,
  vatNumber: true,
  address: true,
  email: true,
  phone: true,
  website: true,
  privacyContact: true,
  representative: true,
  jointControllers: true,
  employees: true,
  registerExempt: true,
};

type Node = { properties?: Record<string, Node>; items?: Node };
const props = (n: Node | undefined) => Object.keys(n?.properties ?? {}).sort();
const s = declarationsSchema as Node;

describe('schema and types agree', () => {
  it('top level', () => expect(props(s)).toEqual(Object.keys(top).sort()));
  it('purposes', () => expect(props(s.properties?.['purposes']?.items)).toEqual(Object.keys(purpose).sort()));
  it('recipients', () => expect(props(s.properties?.['recipients']?.items)).toEqual(Object.keys(recipient).sort()));
  it('cookies', () => expect(props(s.properties?.['cookies']?.items)).toEqual(Object.keys(cookie).sort()));
  it('organisation', () => expect(props(s.properties?.['organisation'])).toEqual(Object.keys(organisation).sort()));

  for (const file of exampleFiles()) {
    it(`${file} generates cleanly: no findings in nl or en`, () => {
      const d: Declarations = loadExample(file);
      expect(validateDeclarations(d, { lang: 'nl', today: '2026-09-01' })).toEqual([]);
      expect(validateDeclarations(d, { lang: 'en', today: '2026-09-01' })).toEqual([]);
    });
  }
});
