export { parseDeclarations } from './parse-declarations.js';
export type { ParsedDeclarations } from './parse-declarations.js';
export { generateStatement } from './generate-statement.js';
export type { StatementFormat, StatementOptions } from './generate-statement.js';
export { buildStatement, defaultSections } from './build-statement.js';
export type { SectionRule, StatementModel } from './build-statement.js';
export type { Block, Inline, Section } from './blocks.js';
export { renderMarkdown, escapeMarkdown } from './render-markdown.js';
export { renderHtml } from './render-html.js';
export { declarationsSchema } from './schema-check.js';
export { isTextSchema, propertySchema, resolveSchema, schemaRoot, walkSchema } from './schema-walk.js';
export type { SchemaField, SchemaNode } from './schema-walk.js';
export {
  ADDRESS_FORMS,
  ART9_CONDITIONS,
  BANNER_PLACEMENTS,
  COOKIE_CATEGORIES,
  COOKIE_EXEMPTIONS,
  COOKIE_PARTIES,
  COOKIE_TYPES,
  DECISION_BASES,
  LANGS,
  LEGAL_BASES,
  PRIVACY_FRIENDLY_SETTINGS,
  PROVISION_REQUIREMENTS,
  RECIPIENT_ROLES,
  RETENTION_ACTIONS,
  SECURITY_MEASURE_TYPES,
  SOURCE_TYPES,
  SPECIAL_CATEGORIES,
  TRANSFER_FALLBACKS,
  TRANSFER_MECHANISMS,
} from './schema-enums.js';
export { ADEQUATE, EEA } from './constants.js';
export { nonEeaCountries, recipientCountries } from './recipient-countries.js';
export { validateDeclarations } from './validate-declarations.js';
export type { ValidateOptions } from './validate-declarations.js';
export { defaultRules } from './rules/validator-rules.js';
export { REVIEW_PREFIX } from './rules/review-placeholder.js';
export type { ReviewPlaceholder } from './rules/review-placeholder.js';
export type { Hit, Rule, RuleContext } from './rules/rule.js';
export { BANNER_CATEGORY_ORDER, bannerConfig, bannerLanguageTexts } from './banner-config.js';
export { BANNER_LANGS, BUILT_IN_BANNER_LANGS, bannerTexts } from './banner-languages.js';
export type { ExtraBannerLang } from './banner-languages.js';
export { CATALOGUE_SOURCES, SERVICE_CATALOGUE, presetIds, servicePreset } from './catalogue.js';
export type { CatalogueSource, PresetCookie, PresetProvider, ServicePreset } from './catalogue.js';
export { resolvePresets } from './catalogue-declarations.js';
export { expandConfigPresets } from './catalogue-config.js';
export type { ConfigPresetIssue, ExpandedConfig } from './catalogue-config.js';
export type { BannerConfigOptions } from './banner-config.js';
export { register } from './render-register.js';
export type { RegisterFormat, RegisterOptions } from './render-register.js';
export { buildRegister } from './register-model.js';
export type { ProcessorRegisterActivity, Register, RegisterActivity } from './register-model.js';
export { revisionHash } from './revision-hash.js';
export { initTemplate } from './init-template.js';
export { formatFinding, formatPath, hasErrors } from './finding.js';
export type { Finding, PathSegment, Severity } from './finding.js';
// Every declarations type, under the names types.ts gives them (generated from the schema).
export type * from './types.js';
