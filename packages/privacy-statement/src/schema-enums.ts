/**
 * The fixed choices of the declarations file, read from the JSON Schema in schema order, so an
 * editor offering them (the studio) cannot drift from what the validator accepts. Each list is
 * found by its `title`, which is also the name of its generated type: the constant and the type
 * come from the same schema node.
 */
import type {
  AddressForm,
  BannerPlacement,
  Art9Condition,
  CookieCategory,
  CookieExemption,
  CookieParty,
  CookieType,
  DecisionBasis,
  Lang,
  LegalBasis,
  PrivacyFriendlyAnalytics,
  ProvisionRequirement,
  RecipientRole,
  RetentionAction,
  SecurityMeasureType,
  SourceType,
  SpecialCategory,
  TransferFallback,
  TransferMechanism,
} from './types.js';
import { walkSchema, type SchemaNode } from './schema-walk.js';

/** Every titled node of the schema by title, collected in one walk. */
const byTitle = new Map<string, SchemaNode[]>();
walkSchema(({ node }) => {
  if (node.title === undefined) return;
  const list = byTitle.get(node.title) ?? [];
  if (!list.includes(node)) byTitle.set(node.title, [...list, node]);
});

/** The one node titled `title`; throws (at import, so every test fails) when there is none or several. */
function titled(title: string): SchemaNode {
  const found = byTitle.get(title) ?? [];
  if (found.length !== 1) throw new Error(`declarations schema: ${found.length} nodes titled "${title}", expected 1`);
  return found[0] as SchemaNode;
}

/** The values of the enum titled `title`, in schema order. */
function schemaEnum<T extends string>(title: string): readonly T[] {
  const values = titled(title).enum;
  if (!values?.every((v) => typeof v === 'string')) throw new Error(`declarations schema: "${title}" is not an enum of strings`);
  return Object.freeze([...values]) as readonly T[];
}

/** Languages a statement can be published in (`meta.languages`). */
export const LANGS = schemaEnum<Lang>('Lang');
/** Dutch forms of address (`meta.address`). */
export const ADDRESS_FORMS = schemaEnum<AddressForm>('AddressForm');
/** Where the banner's first layer sits (`meta.bannerPlacement`): a card in one of four places, or a bar. */
export const BANNER_PLACEMENTS = schemaEnum<BannerPlacement>('BannerPlacement');
/** The Art. 9(1) special categories, in the order of the article (`dataCategories[].special`). */
export const SPECIAL_CATEGORIES = schemaEnum<SpecialCategory>('SpecialCategory');
/** The Art. 6(1) legal bases, (a) to (f) (`purposes[].legalBasis`). */
export const LEGAL_BASES = schemaEnum<LegalBasis>('LegalBasis');
/** The Art. 9(2) conditions, (a) to (j) (`purposes[].art9Condition`). */
export const ART9_CONDITIONS = schemaEnum<Art9Condition>('Art9Condition');
/** Whether people must give the data (`purposes[].provision.requirement`). */
export const PROVISION_REQUIREMENTS = schemaEnum<ProvisionRequirement>('ProvisionRequirement');
/** Where data comes from (`purposes[].sources[].type`). */
export const SOURCE_TYPES = schemaEnum<SourceType>('SourceType');
/** What happens when the retention period ends (`purposes[].retention.action`). */
export const RETENTION_ACTIONS = schemaEnum<RetentionAction>('RetentionAction');
/** The Art. 22(2) bases of an automated decision (`purposes[].automatedDecision.basis`). */
export const DECISION_BASES = schemaEnum<DecisionBasis>('DecisionBasis');
/** Roles of a recipient (`recipients[].role`). */
export const RECIPIENT_ROLES = schemaEnum<RecipientRole>('RecipientRole');
/** Transfer mechanisms outside the EEA (`recipients[].transfer.mechanism`). */
export const TRANSFER_MECHANISMS = schemaEnum<TransferMechanism>('TransferMechanism');
/** Safeguards behind the DPF (`recipients[].transfer.fallback`). */
export const TRANSFER_FALLBACKS = schemaEnum<TransferFallback>('TransferFallback');
/** First or third party (`cookies[].party`). */
export const COOKIE_PARTIES = schemaEnum<CookieParty>('CookieParty');
/** Cookie technologies (`cookies[].type`). */
export const COOKIE_TYPES = schemaEnum<CookieType>('CookieType');
/** Cookie categories in schema order (`cookies[].category`); the banner's category ids. */
export const COOKIE_CATEGORIES = schemaEnum<CookieCategory>('CookieCategory');
/** Reasons a cookie needs no consent (`cookies[].exemption`). */
export const COOKIE_EXEMPTIONS = schemaEnum<CookieExemption>('CookieExemption');
/** Kinds of security measure (`security[].type`). */
export const SECURITY_MEASURE_TYPES = schemaEnum<SecurityMeasureType>('SecurityMeasureType');

/** The settings that together make analytics low-impact (`cookies[].privacyFriendly`), in schema order. */
export const PRIVACY_FRIENDLY_SETTINGS = Object.freeze(
  Object.keys(titled('PrivacyFriendlyAnalytics').properties ?? {}),
) as readonly (keyof PrivacyFriendlyAnalytics)[];
