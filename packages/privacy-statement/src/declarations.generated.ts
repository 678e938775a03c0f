/*
 * generated from schema/declarations.schema.json; run npm run generate -w @akkoord/privacy-statement
 * Do not edit: change the schema (titles are type names, descriptions the TSDoc) and regenerate.
 */

/**
 * A date as YYYY-MM-DD.
 */
export type IsoDate = string;
/**
 * A language the generator writes.
 */
export type Lang = 'nl' | 'en';
/**
 * A language the banner can show.
 */
export type BannerLang = 'nl' | 'en' | 'de' | 'fr';
/**
 * Where the cookie banner's first layer sits: a card at the bottom (centred), in the bottom left or right corner, in the middle of the window, or a bar across the bottom. akkoord banner-config writes it to consent.json as layout and position.
 *
 * @default "bottom"
 */
export type BannerPlacement = 'bottom' | 'bottom-left' | 'bottom-right' | 'middle' | 'bar';
/**
 * Dutch form of address: formal (u) or informal (je).
 *
 * @default "formal"
 */
export type AddressForm = 'formal' | 'informal';
/**
 * Text in both languages as { nl, en }, or one string used for both (names, addresses).
 */
export type Text =
  | string
  | {
      nl?: string;
      en?: string;
    };
/**
 * An https:// or http:// address, or a path on your own site such as /cookies.
 */
export type Link = string;
/**
 * An ISO 3166-1 alpha-2 country code such as NL, DE or US.
 */
export type Country = string;
/**
 * An e-mail address such as privacy@example.nl.
 */
export type Email = string;
/**
 * An https://, http:// or mailto: address.
 */
export type Url = string;
/**
 * Data protection officer (FG): "none", or whether one is appointed (and who).
 */
export type Dpo =
  | 'none'
  | {
      appointed: false;
      mandatory?: false;
      /**
       * Why none is needed.
       */
      reason?: Text;
    }
  | {
      appointed: true;
      /**
       * Whether Art. 37(1) makes the DPO mandatory.
       */
      mandatory?: boolean;
      /**
       * Name.
       */
      name?: Text;
      email?: Email;
      /**
       * Phone.
       */
      phone?: string;
      /**
       * Whether the AP was notified.
       */
      notifiedToAP?: boolean;
    };
/**
 * An id: lower-case letters, digits, - and _.
 */
export type Id = string;
/**
 * What happens to client data when the contract ends: returned, deleted, returned and then deleted, or as the client chooses.
 */
export type EndOfContract = 'return' | 'delete' | 'return-then-delete' | 'client-choice';
/**
 * Special category (Art. 9(1)), set only when the data is one.
 */
export type SpecialCategory =
  'racial-ethnic-origin' | 'political-opinions' | 'religious-beliefs' | 'trade-union' | 'genetic' | 'biometric' | 'health' | 'sex-life';
/**
 * A GDPR Art. 6(1) legal basis, (a) to (f).
 */
export type LegalBasis = 'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task' | 'legitimate-interests';
/**
 * An Art. 9(2) condition, (a) to (j); required when the purpose uses special-category data.
 */
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
/**
 * Requirement.
 */
export type ProvisionRequirement = 'statutory' | 'contractual' | 'contract-necessary' | 'voluntary';
/**
 * Kind of source.
 */
export type SourceType = 'data-subject' | 'third-party' | 'public';
/**
 * An ISO 8601 duration such as P7Y, P13M, P2W, P30D, PT12H or PT30M, or "session". Written this way so the Dutch and English statements state the same figure.
 */
export type Duration = string;
/**
 * What happens at the end.
 *
 * @default "delete"
 */
export type RetentionAction = 'delete' | 'anonymise';
/**
 * Art. 22(2) basis: contract, law or explicit consent.
 */
export type DecisionBasis = 'contract' | 'law' | 'explicit-consent';
/**
 * A service from Akkoord's catalogue (catalogue/services.json): fills in the name, role, service, countries, transfer and privacy link you leave out, and adds the service's cookies unless you list a cookie of the same name for this recipient.
 */
export type ServicePresetId =
  | 'google-analytics'
  | 'google-tag-manager'
  | 'google-ads'
  | 'youtube'
  | 'youtube-nocookie'
  | 'vimeo'
  | 'meta-pixel'
  | 'linkedin-insight'
  | 'microsoft-clarity'
  | 'hotjar'
  | 'matomo-cloud'
  | 'plausible'
  | 'mailchimp'
  | 'hubspot'
  | 'google-maps'
  | 'recaptcha'
  | 'stripe'
  | 'mollie'
  | 'trustpilot'
  | 'zendesk'
  | 'intercom';
/**
 * Role.
 */
export type RecipientRole = 'processor' | 'controller' | 'joint-controller' | 'public-authority';
/**
 * Mechanism.
 */
export type TransferMechanism = 'adequacy' | 'dpf' | 'sccs' | 'bcr' | 'derogation';
/**
 * Safeguard that applies if the DPF falls away.
 */
export type TransferFallback = 'sccs' | 'bcr';
/**
 * First or third party. Defaults to third with a service, first without.
 */
export type CookieParty = 'first' | 'third';
/**
 * Technology.
 *
 * @default "cookie"
 */
export type CookieType = 'cookie' | 'localStorage' | 'sessionStorage' | 'pixel';
/**
 * The category a visitor chooses for in the banner (a banner category id).
 */
export type CookieCategory = 'necessary' | 'analytics' | 'preferences' | 'marketing';
/**
 * Why no consent is needed (Tw 11.7a).
 */
export type CookieExemption = 'functional' | 'analytics-low-impact';
/**
 * Kind.
 */
export type SecurityMeasureType = 'technical' | 'organisational';
/**
 * The supervisory authority people can complain to: "ap" (the Autoriteit Persoonsgegevens), "none", or another authority.
 *
 * @default "ap"
 */
export type ComplaintAuthority =
  | ('ap' | 'none')
  | {
      /**
       * Name.
       */
      name?: string;
      /**
       * Website.
       */
      url?: Url;
      /**
       * Address.
       */
      address?: string;
      /**
       * Ask people to contact the business first, before complaining to the authority (they may always go straight to it).
       */
      contactUsFirst?: boolean;
    };

/**
 * What a business does with personal data, written once by a marketer or web developer: the source of its privacy statement, Art. 30 register and banner config.
 */
export interface Declarations {
  meta?: Meta;
  organisation?: Organisation;
  dpo?: Dpo;
  roles?: Roles;
  /**
   * Groups of people.
   */
  dataSubjects?: DataSubject[];
  /**
   * Kinds of personal data.
   */
  dataCategories?: DataCategory[];
  /**
   * Processing activities.
   */
  purposes?: Purpose[];
  /**
   * Processors and other recipients.
   */
  recipients?: Recipient[];
  absent?: Absent;
  /**
   * Cookies and similar technologies.
   */
  cookies?: Cookie[];
  cookieScan?: CookieScan;
  /**
   * Security measures (Art. 32).
   */
  security?: SecurityMeasure[];
  camera?: Camera;
  rightsHandling?: RightsHandling;
  complaintAuthority?: ComplaintAuthority;
  children?: Children;
  breach?: Breach;
  links?: Links;
}
/**
 * Policy metadata.
 */
export interface Meta {
  /**
   * Version label shown on the statement and recorded with each consent, e.g. 2.1 or 2026-03.
   */
  version?: string;
  /**
   * Date the statement takes effect.
   */
  effectiveDate?: IsoDate;
  /**
   * Date someone last checked that the statement matches reality. Defaults to the effective date.
   */
  lastReviewed?: IsoDate;
  /**
   * Languages the statement is published in.
   *
   * @default ["nl","en"]
   *
   * @minItems 1
   */
  languages?: Lang[];
  /**
   * Languages the cookie banner offers. Dutch and English are built into the banner; for de and fr, akkoord banner-config adds the banner texts to consent.json. Defaults to the statement languages.
   *
   * @minItems 1
   */
  bannerLanguages?: BannerLang[];
  bannerPlacement?: BannerPlacement;
  address?: AddressForm;
  /**
   * Change history, newest first.
   */
  changelog?: ChangelogEntry[];
  /**
   * How changes to this statement are announced (for example: an e-mail to customers, a notice on the website).
   */
  changePolicy?: Text;
  /**
   * Where earlier versions can be read.
   */
  previousVersionsUrl?: Link;
}
/**
 * One entry of the statement's change history.
 */
export interface ChangelogEntry {
  /**
   * Version.
   */
  version: string;
  /**
   * Date of the change.
   */
  date: IsoDate;
  /**
   * Whether the change is material. A material change (new purpose, new recipient, other basis) must be actively communicated (WP260).
   */
  material: boolean;
  /**
   * What changed.
   */
  summary: Text;
}
/**
 * The controller: the business itself.
 */
export interface Organisation {
  /**
   * Legal name as registered with the KvK.
   */
  legalName?: string;
  /**
   * Trade names.
   *
   * Items: A trade name.
   */
  tradeNames?: string[];
  /**
   * Legal form, for example "besloten vennootschap (B.V.)" or "eenmanszaak".
   */
  legalForm?: Text;
  /**
   * What the business does, in one sentence; shown under "Who we are".
   */
  description?: Text;
  /**
   * Chamber of Commerce (KvK) number: 8 digits.
   */
  kvk?: string;
  /**
   * VAT identification number (btw-id), country code first: NL123456789B01.
   */
  vatNumber?: string;
  address?: Address;
  email?: Email;
  /**
   * Phone number.
   */
  phone?: string;
  /**
   * Website.
   */
  website?: Url;
  /**
   * Who answers privacy questions. Defaults to the organisation's e-mail.
   */
  privacyContact?: Contact;
  representative?: Representative;
  /**
   * Joint controllers (Art. 26).
   */
  jointControllers?: JointController[];
  /**
   * Headcount, used for the Art. 30(5) exemption check.
   */
  employees?: number;
  /**
   * Set true only if the business relies on the Art. 30(5) exemption and keeps no register.
   *
   * @default false
   */
  registerExempt?: boolean;
}
/**
 * A postal address.
 */
export interface Address {
  /**
   * Street and number.
   */
  street: string;
  /**
   * Postal code.
   */
  postalCode: string;
  /**
   * City.
   */
  city: string;
  /**
   * Country of the address.
   *
   * @default "NL"
   */
  country?: Country;
}
/**
 * A person or desk to contact.
 */
export interface Contact {
  /**
   * Name or role.
   */
  name?: Text;
  email?: Email;
  /**
   * Phone number.
   */
  phone?: string;
  /**
   * Web page or form.
   */
  url?: Url;
}
/**
 * EU representative (Art. 27), only for controllers outside the EU.
 */
export interface Representative {
  /**
   * Name.
   */
  name?: Text;
  email?: Email;
  /**
   * Phone.
   */
  phone?: string;
  /**
   * Web page.
   */
  url?: Url;
  address?: Address;
}
/**
 * A joint controller (Art. 26) and the essence of the arrangement.
 */
export interface JointController {
  /**
   * Name.
   */
  name: string;
  /**
   * Contact details.
   */
  contact?: string;
  /**
   * The essence of the arrangement (Art. 26(2)): who does what, where people can go.
   */
  arrangement?: Text;
}
/**
 * Which roles the business has.
 */
export interface Roles {
  /**
   * Controller for its own processing.
   *
   * @default true
   */
  controller?: boolean;
  /**
   * Processing done for clients as a processor.
   */
  processorFor?: ProcessorActivity[];
}
/**
 * Processing the business does for its clients as a processor (Art. 28, register 30(2)).
 */
export interface ProcessorActivity {
  id: Id;
  /**
   * For whom: a client or a category of clients.
   */
  clients: Text;
  /**
   * What is done with the clients' data.
   */
  processing: Text;
  /**
   * Data category ids.
   */
  dataCategories?: Id[];
  /**
   * Recipient ids used as sub-processors.
   */
  subProcessors?: Id[];
  /**
   * Security measures specific to this service.
   */
  security?: Text;
  /**
   * The processing agreement (verwerkersovereenkomst) made with each client, for example "the NL Digital model agreement, signed before work starts".
   */
  agreement?: Text;
  /**
   * How long client data is kept, for example "as long as the contract runs; deleted within 30 days after it ends".
   */
  retention?: Text;
  clientControls?: ClientControls;
}
/**
 * What clients can do with their data themselves.
 */
export interface ClientControls {
  /**
   * What clients can see or change themselves in a portal or dashboard.
   */
  portal?: Text;
  /**
   * Clients can export their data in a common machine-readable format.
   */
  export?: boolean;
  endOfContract?: EndOfContract;
}
/**
 * A group of people whose data is processed.
 */
export interface DataSubject {
  id: Id;
  /**
   * Name of the group.
   */
  label: Text;
  /**
   * Whether this group includes children under 16.
   *
   * @default false
   */
  children?: boolean;
}
/**
 * A kind of personal data.
 */
export interface DataCategory {
  id: Id;
  /**
   * Name.
   */
  label: Text;
  /**
   * Examples.
   */
  examples?: Text;
  special?: SpecialCategory;
  /**
   * Criminal convictions and offences (Art. 10).
   *
   * @default false
   */
  criminal?: boolean;
  /**
   * The citizen service number (BSN).
   *
   * @default false
   */
  bsn?: boolean;
}
/**
 * A processing activity: one purpose with its basis, data, recipients and retention.
 */
export interface Purpose {
  id: Id;
  /**
   * Name.
   */
  name: Text;
  /**
   * What you do and why.
   */
  description?: Text;
  /**
   * Data subject ids.
   */
  dataSubjects?: Id[];
  /**
   * Data category ids.
   */
  dataCategories?: Id[];
  legalBasis?: LegalBasis;
  /**
   * The legitimate interest pursued; required with legitimate-interests (Art. 13(1)(d)).
   */
  legitimateInterest?: Text;
  art9Condition?: Art9Condition;
  /**
   * The legal ground for criminal data or the BSN, e.g. "art. 46 UAVG with the Wet op de loonbelasting".
   */
  legalGround?: Text;
  /**
   * How to withdraw consent; required with consent.
   */
  consentWithdrawal?: Text;
  provision?: Provision;
  /**
   * Where the data comes from when not from the person (Art. 14).
   *
   * @default [{"type":"data-subject"}]
   */
  sources?: Source[];
  /**
   * Recipient ids. An empty list says explicitly that nobody else receives the data.
   */
  recipients?: Id[];
  retention?: Retention;
  automatedDecision?: AutomatedDecision;
  /**
   * Direct marketing, which gives an absolute right to object (Art. 21(2)-(3)).
   *
   * @default false
   */
  directMarketing?: boolean;
  /**
   * How to stop direct marketing, e.g. the unsubscribe link.
   */
  optOut?: Text;
  /**
   * Statement version that introduced this purpose (checked against the changelog).
   */
  addedIn?: string;
  internal?: InternalFacts;
}
/**
 * Whether people must give the data (Art. 13(2)(e)).
 */
export interface Provision {
  requirement: ProvisionRequirement;
  /**
   * What happens without the data.
   */
  consequence?: Text;
}
/**
 * A source of the data.
 */
export interface Source {
  type: SourceType;
  /**
   * Name of the source.
   */
  name?: Text;
}
/**
 * How long data is kept.
 */
export interface Retention {
  /**
   * A fixed period as an ISO 8601 duration, e.g. P7Y.
   */
  period?: Duration;
  /**
   * Or a criterion when no fixed period fits, e.g. "until you unsubscribe".
   */
  criterion?: Text;
  /**
   * When the period starts, e.g. "after the end of the financial year".
   */
  start?: Text;
  /**
   * Why this long, e.g. "fiscal retention duty (art. 52 AWR)".
   */
  reason?: Text;
  action?: RetentionAction;
}
/**
 * A decision taken by a computer alone with legal or similarly significant effects (Art. 22).
 */
export interface AutomatedDecision {
  /**
   * The logic.
   */
  logic?: Text;
  /**
   * What it means.
   */
  significance?: Text;
  /**
   * Expected consequences.
   */
  consequences?: Text;
  basis?: DecisionBasis;
}
/**
 * Internal, register-only facts about a purpose (Art. 30 accountability).
 */
export interface InternalFacts {
  /**
   * Owner.
   */
  owner?: string;
  /**
   * Systems.
   *
   * Items: A system.
   */
  systems?: string[];
  /**
   * Roles with access.
   *
   * Items: A role.
   */
  access?: string[];
  /**
   * DPIA reference.
   */
  dpia?: string;
  /**
   * LIA reference.
   */
  lia?: string;
}
/**
 * A processor or other recipient.
 */
export interface Recipient {
  id: Id;
  preset?: ServicePresetId;
  /**
   * Name of the business or authority, or (when no single name applies) its category; { nl, en } when the name differs by language.
   */
  name: Text;
  role: RecipientRole;
  /**
   * What they do for you.
   */
  service: Text;
  /**
   * Where the recipient is established.
   *
   * @default "NL"
   */
  country?: Country;
  /**
   * Where the data is processed or stored. Defaults to the country of establishment.
   */
  countries?: Country[];
  transfer?: Transfer;
  /**
   * The processing agreement (verwerkersovereenkomst); false when none.
   */
  processingAgreement?:
    | boolean
    | {
        /**
         * Signed.
         */
        signed: boolean;
        /**
         * Date signed.
         */
        date?: IsoDate;
      };
  /**
   * Privacy policy of the recipient.
   */
  privacyPolicyUrl?: Url;
  /**
   * The essence of the arrangement, for a joint controller (Art. 26(2)).
   */
  arrangement?: Text;
}
/**
 * How data is transferred outside the EEA.
 */
export interface Transfer {
  mechanism: TransferMechanism;
  /**
   * Date the recipient's DPF certification was last checked.
   */
  dpfCheckedOn?: IsoDate;
  fallback?: TransferFallback;
  /**
   * How people can get a copy of the safeguards.
   */
  copy?: Text;
}
/**
 * What does not happen, declared so the statement can say so. Each true value becomes one sentence; the validator warns when the rest of the file contradicts it.
 */
export interface Absent {
  /**
   * No special categories of personal data (Art. 9: health, religion, ethnic origin, …) are processed.
   */
  specialCategories?: boolean;
  /**
   * No personal data about criminal convictions and offences (Art. 10) is processed.
   */
  criminalData?: boolean;
  /**
   * No decisions are made by a computer alone (Art. 22), and no profiling is used for such decisions.
   */
  automatedDecisions?: boolean;
  /**
   * No profiling (Art. 4(4)): no personal aspects are evaluated or predicted automatically.
   */
  profiling?: boolean;
  /**
   * No personal data leaves the European Economic Area.
   */
  transfersOutsideEEA?: boolean;
}
/**
 * A cookie or similar technology.
 */
export interface Cookie {
  /**
   * Exact name, or a pattern with *.
   */
  name: string;
  /**
   * Recipient id of the service that sets it; omit for your own cookies.
   */
  service?: Id;
  /**
   * Who places it. Defaults to the service's name, or the organisation.
   */
  provider?: string;
  party?: CookieParty;
  type?: CookieType;
  category: CookieCategory;
  /**
   * What it is for.
   */
  purpose: Text;
  duration?: Duration;
  /**
   * Whether consent is asked. Defaults to true unless the category is necessary.
   */
  consent?: boolean;
  exemption?: CookieExemption;
  privacyFriendly?: PrivacyFriendlyAnalytics;
}
/**
 * Settings that make analytics low-impact (Tw 11.7a, AP guidance).
 */
export interface PrivacyFriendlyAnalytics {
  /**
   * IP addresses shortened.
   */
  ipAnonymised?: boolean;
  /**
   * Data sharing off.
   */
  noDataSharing?: boolean;
  /**
   * Processing agreement signed.
   */
  processingAgreement?: boolean;
  /**
   * Not combined with other services.
   */
  noOtherServices?: boolean;
}
/**
 * What a scan of the live site found, so stale or missing cookie entries show up (V24).
 */
export interface CookieScan {
  /**
   * Date of the scan.
   */
  date: IsoDate;
  /**
   * Names of the cookies and storage items the scan found.
   *
   * Items: A cookie or storage name.
   */
  found: string[];
}
/**
 * A technical or organisational security measure (Art. 32).
 */
export interface SecurityMeasure {
  type: SecurityMeasureType;
  /**
   * The measure.
   */
  description: Text;
}
/**
 * Camera surveillance: where cameras are, what they record and who may view the images. Retention and legal basis belong to the purpose named here.
 */
export interface Camera {
  /**
   * Id of the purpose the footage is used for (its legal basis and retention apply).
   */
  purpose?: Id;
  /**
   * Where the cameras are, for example "at the entrance and in the shop".
   */
  locations: Text;
  /**
   * Places never filmed, for example "toilets, changing rooms and the staff room".
   */
  notFilmed?: Text;
  /**
   * Whether the cameras record sound.
   */
  sound?: boolean;
  /**
   * Who may view the images.
   */
  viewers?: Text;
  /**
   * When images are viewed, for example "only after an incident".
   */
  viewingWhen?: Text;
  /**
   * Whether signs at the entrance say that cameras are used.
   */
  signs?: boolean;
}
/**
 * How people exercise their rights.
 */
export interface RightsHandling {
  /**
   * E-mail address or https:// form URL. Defaults to the privacy contact's e-mail.
   */
  channel?: string;
  /**
   * At most P1M (Art. 12(3)).
   *
   * @default "P1M"
   */
  responseTime?: Duration;
  /**
   * How you check who is asking; proportionate, no default ID copy.
   */
  identityCheck?: Text;
  /**
   * Keep the right to object as a separate, explicit paragraph (Art. 21(4)).
   *
   * @default true
   */
  separateObjection?: boolean;
}
/**
 * Children and parental consent (Art. 8, UAVG art. 5).
 */
export interface Children {
  /**
   * Whether the site or service targets children.
   *
   * @default false
   */
  targeted?: boolean;
  /**
   * Minimum age without parental consent.
   *
   * @default 16
   */
  minAge?: number;
  /**
   * How parents consent.
   */
  parentalConsent?: Text;
  /**
   * Child-friendly wording is used.
   */
  childFriendlyLanguage?: boolean;
}
/**
 * What happens when data leaks (Art. 33/34).
 */
export interface Breach {
  /**
   * What you do.
   */
  procedure?: Text;
  /**
   * Hours within which the AP is notified.
   *
   * @default 72
   */
  notifyAuthorityWithinHours?: number;
  /**
   * As a processor (roles.processorFor): hours within which clients are told of a breach affecting their data (Art. 33(2)).
   */
  notifyClientsWithinHours?: number;
}
/**
 * Useful links.
 */
export interface Links {
  /**
   * Page where visitors change their cookie choice: a full URL or a path on your site (/cookies).
   */
  cookieSettings?: Link;
  /**
   * Where the privacy statement is published: a full URL or a path on your site (/privacy). The banner links to it.
   */
  privacyStatement?: Link;
}
