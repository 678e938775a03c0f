/**
 * The declarations file: what a business does with personal data, written once by a marketer or
 * web developer. Every statement, register and banner config is derived from this shape. The JSON
 * Schema in `schema/declarations.schema.json` describes the same shape for editors and CI; change
 * both together (a test compiles every example against both).
 */

/** A language the generator writes. */
export type Lang = 'nl' | 'en';

/** Text in both languages, or one string used for both (names, addresses). */
export type Text = string | { nl?: string; en?: string };

/**
 * A duration: ISO 8601 (`P7Y`, `P13M`, `P2W`, `P30D`, `PT12H`, `PT30M`) or `session`.
 * Written this way so the Dutch and English statements state the same figure.
 */
export type Duration = string;

/** A GDPR Art. 6(1) legal basis, (a) to (f). */
export type LegalBasis =
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interests'
  | 'public-task'
  | 'legitimate-interests';

/** An Art. 9(2) condition, (a) to (j). */
export type Art9Condition =
  | 'explicit-consent'
  | 'employment'
  | 'vital-interests'
  | 'non-profit'
  | 'made-public'
  | 'legal-claims'
  | 'substantial-public-interest'
  | 'health-care'
  | 'public-health'
  | 'archiving-research';

/** The Art. 9(1) special categories. */
export type SpecialCategory =
  | 'racial-ethnic-origin'
  | 'political-opinions'
  | 'religious-beliefs'
  | 'trade-union'
  | 'genetic'
  | 'biometric'
  | 'health'
  | 'sex-life';

/** The cookie categories a visitor chooses between (banner category ids). */
export type CookieCategory = 'necessary' | 'analytics' | 'preferences' | 'marketing';

/** One entry of the statement's change history. */
export interface ChangelogEntry {
  version: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** A material change (new purpose, new recipient, other basis) must be actively communicated (WP260). */
  material: boolean;
  summary: Text;
}

/** Policy metadata. */
export interface Meta {
  /** Version label shown on the statement and recorded with each consent, e.g. `2.1` or `2026-03`. */
  version?: string;
  /** Date the statement takes effect, `YYYY-MM-DD`. */
  effectiveDate?: string;
  /** Date someone last checked that the statement matches reality. @default effectiveDate */
  lastReviewed?: string;
  /** Languages the statement is published in. @default ["nl", "en"] */
  languages?: Lang[];
  /** Dutch form of address: `formal` (u) or `informal` (je). @default "formal" */
  address?: 'formal' | 'informal';
  changelog?: ChangelogEntry[];
  /** Where earlier versions can be read. */
  previousVersionsUrl?: string;
}

/** A postal address. */
export interface Address {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. @default "NL" */
  country?: string;
}

/** A person or desk to contact. */
export interface Contact {
  name?: Text;
  email?: string;
  phone?: string;
  url?: string;
}

/** A joint controller (Art. 26) and the essence of the arrangement. */
export interface JointController {
  name: string;
  contact?: string;
  /** The essence of the arrangement (Art. 26(2)): who does what, where people can go. */
  arrangement?: Text;
}

/** The controller: the business itself. */
export interface Organisation {
  legalName?: string;
  tradeNames?: string[];
  /** Chamber of Commerce (KvK) number, 8 digits. */
  kvk?: string;
  address?: Address;
  email?: string;
  phone?: string;
  website?: string;
  /** Who answers privacy questions. @default the organisation's e-mail */
  privacyContact?: Contact;
  /** EU representative (Art. 27), only for controllers outside the EU. */
  representative?: Contact & { address?: Address };
  jointControllers?: JointController[];
  /** Headcount, used for the Art. 30(5) exemption check. */
  employees?: number;
  /** Set true only if you rely on the Art. 30(5) exemption and keep no register. @default false */
  registerExempt?: boolean;
}

/** Data protection officer (FG), or explicitly none. */
export type Dpo =
  | 'none'
  | { appointed: false; mandatory?: false; reason?: Text }
  | { appointed: true; mandatory?: boolean; name?: Text; email?: string; phone?: string; notifiedToAP?: boolean };

/** Processing the business does for its clients as a processor (Art. 28, register 30(2)). */
export interface ProcessorActivity {
  id: string;
  /** For whom: a client or a category of clients. */
  clients: Text;
  /** What is done with the clients' data. */
  processing: Text;
  dataCategories?: string[];
  /** Recipient ids used as sub-processors. */
  subProcessors?: string[];
  /** Security measures specific to this service. */
  security?: Text;
}

/** Which roles the business has. */
export interface Roles {
  /** @default true */
  controller?: boolean;
  processorFor?: ProcessorActivity[];
}

/** A group of people whose data is processed. */
export interface DataSubject {
  id: string;
  label: Text;
  /** Whether this group includes children under 16. @default false */
  children?: boolean;
}

/** A kind of personal data. */
export interface DataCategory {
  id: string;
  label: Text;
  examples?: Text;
  /** Set when this is a special category (Art. 9). */
  special?: SpecialCategory;
  /** Criminal convictions and offences (Art. 10). @default false */
  criminal?: boolean;
  /** The citizen service number (BSN). @default false */
  bsn?: boolean;
}

/** Where data comes from when not from the person (Art. 14). */
export interface Source {
  type: 'data-subject' | 'third-party' | 'public';
  name?: Text;
}

/** How long data is kept. */
export interface Retention {
  /** A fixed period as an ISO 8601 duration, e.g. `P7Y`. */
  period?: Duration;
  /** Or a criterion when no fixed period fits, e.g. "until you unsubscribe". */
  criterion?: Text;
  /** When the period starts, e.g. "after the end of the financial year". */
  start?: Text;
  /** Why this long, e.g. "fiscal retention duty (art. 52 AWR)". */
  reason?: Text;
  /** What happens at the end. @default "delete" */
  action?: 'delete' | 'anonymise';
}

/** A decision taken by a computer alone with legal or similarly significant effects (Art. 22). */
export interface AutomatedDecision {
  logic?: Text;
  significance?: Text;
  consequences?: Text;
  /** Art. 22(2): contract, law or explicit consent. */
  basis?: 'contract' | 'law' | 'explicit-consent';
}

/** Whether people must give the data (Art. 13(2)(e)). */
export interface Provision {
  requirement: 'statutory' | 'contractual' | 'contract-necessary' | 'voluntary';
  consequence?: Text;
}

/** Internal, register-only facts about a purpose (Art. 30 accountability). */
export interface InternalFacts {
  owner?: string;
  systems?: string[];
  access?: string[];
  dpia?: string;
  lia?: string;
}

/** A processing activity: one purpose with its basis, data, recipients and retention. */
export interface Purpose {
  id: string;
  name: Text;
  description?: Text;
  dataSubjects?: string[];
  dataCategories?: string[];
  legalBasis?: LegalBasis;
  /** Required with `legitimate-interests`: the interest pursued (Art. 13(1)(d)). */
  legitimateInterest?: Text;
  /** Required when the purpose uses special-category data. */
  art9Condition?: Art9Condition;
  /** The legal ground for criminal data or the BSN, e.g. "art. 46 UAVG with the Wet op de loonbelasting". */
  legalGround?: Text;
  /** Required with `consent`: how to withdraw. */
  consentWithdrawal?: Text;
  provision?: Provision;
  /** @default [{ type: data-subject }] */
  sources?: Source[];
  /** Recipient ids. An empty list says explicitly that nobody else receives the data. */
  recipients?: string[];
  retention?: Retention;
  automatedDecision?: AutomatedDecision;
  /** Direct marketing gives an absolute right to object (Art. 21(2)-(3)). @default false */
  directMarketing?: boolean;
  /** How to stop direct marketing, e.g. the unsubscribe link. */
  optOut?: Text;
  /** Statement version that introduced this purpose (checked against the changelog). */
  addedIn?: string;
  internal?: InternalFacts;
}

/** How data is transferred outside the EEA. */
export interface Transfer {
  mechanism: 'adequacy' | 'dpf' | 'sccs' | 'bcr' | 'derogation';
  /** Date the recipient's DPF certification was last checked, `YYYY-MM-DD`. */
  dpfCheckedOn?: string;
  /** Safeguard that applies if the DPF falls away, e.g. `sccs`. */
  fallback?: 'sccs' | 'bcr';
  /** How people can get a copy of the safeguards. */
  copy?: Text;
}

/** A processor or other recipient. */
export interface Recipient {
  id: string;
  name: string;
  role: 'processor' | 'controller' | 'joint-controller' | 'public-authority';
  service: Text;
  /** Where the recipient is established. @default "NL" */
  country?: string;
  /** Where the data is processed or stored. @default [country] */
  countries?: string[];
  transfer?: Transfer;
  /** The processing agreement (verwerkersovereenkomst); false when none. */
  processingAgreement?: boolean | { signed: boolean; date?: string };
  privacyPolicyUrl?: string;
  /** The essence of the arrangement, for a joint controller (Art. 26(2)). */
  arrangement?: Text;
}

/** Settings that make analytics low-impact (Tw 11.7a, AP guidance). */
export interface PrivacyFriendlyAnalytics {
  ipAnonymised?: boolean;
  noDataSharing?: boolean;
  processingAgreement?: boolean;
  noOtherServices?: boolean;
}

/** A cookie or similar technology. */
export interface Cookie {
  /** Exact name, or a pattern with `*`. */
  name: string;
  /** Recipient id of the service that sets it; omit for your own cookies. */
  service?: string;
  /** Who places it. @default the service's name, or the organisation */
  provider?: string;
  /** @default "third" with a service, "first" without */
  party?: 'first' | 'third';
  /** @default "cookie" */
  type?: 'cookie' | 'localStorage' | 'sessionStorage' | 'pixel';
  category: CookieCategory;
  purpose: Text;
  duration?: Duration;
  /** @default true unless category is necessary */
  consent?: boolean;
  /** Why no consent is needed (Tw 11.7a). */
  exemption?: 'functional' | 'analytics-low-impact';
  privacyFriendly?: PrivacyFriendlyAnalytics;
}

/** A technical or organisational security measure (Art. 32). */
export interface SecurityMeasure {
  type: 'technical' | 'organisational';
  description: Text;
}

/** How people exercise their rights. */
export interface RightsHandling {
  /** E-mail address or URL of a form. @default the privacy contact's e-mail */
  channel?: string;
  /** At most `P1M` (Art. 12(3)). @default "P1M" */
  responseTime?: Duration;
  /** How you check who is asking; proportionate, no default ID copy. */
  identityCheck?: Text;
  /** Keep the right to object as a separate, explicit paragraph (Art. 21(4)). @default true */
  separateObjection?: boolean;
}

/** The supervisory authority people can complain to. @default the Autoriteit Persoonsgegevens */
export type ComplaintAuthority = 'ap' | 'none' | { name: string; url: string; address?: string };

/** Children and parental consent (Art. 8, UAVG art. 5). */
export interface Children {
  /** Whether the site or service targets children. @default false */
  targeted?: boolean;
  /** @default 16 */
  minAge?: number;
  parentalConsent?: Text;
  childFriendlyLanguage?: boolean;
}

/** What happens when data leaks (Art. 33/34). */
export interface Breach {
  procedure?: Text;
  /** Hours within which the AP is notified. @default 72 */
  notifyAuthorityWithinHours?: number;
}

/** The result of a cookie scan of the live site, to compare with the declared cookies (V24). */
export interface CookieScan {
  /** Date of the scan, `YYYY-MM-DD`. */
  date: string;
  /** Names of the cookies and storage items the scan found. */
  found: string[];
}

/** Useful links. */
export interface Links {
  /** Page where visitors change their cookie choice: a full URL or a path on your site (`/cookies`). */
  cookieSettings?: string;
}

/** The whole declarations file. */
export interface Declarations {
  meta?: Meta;
  organisation?: Organisation;
  dpo?: Dpo;
  roles?: Roles;
  dataSubjects?: DataSubject[];
  dataCategories?: DataCategory[];
  purposes?: Purpose[];
  recipients?: Recipient[];
  cookies?: Cookie[];
  /** Optional: what a scan of the live site found, so stale or missing cookie entries show up. */
  cookieScan?: CookieScan;
  security?: SecurityMeasure[];
  rightsHandling?: RightsHandling;
  complaintAuthority?: ComplaintAuthority;
  children?: Children;
  breach?: Breach;
  links?: Links;
}
