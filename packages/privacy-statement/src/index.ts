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
export { validateDeclarations } from './validate-declarations.js';
export type { ValidateOptions } from './validate-declarations.js';
export { defaultRules } from './rules/validator-rules.js';
export type { Hit, Rule, RuleContext } from './rules/rule.js';
export { bannerConfig } from './banner-config.js';
export type { BannerConfigOptions } from './banner-config.js';
export { register } from './render-register.js';
export type { RegisterFormat, RegisterOptions } from './render-register.js';
export { buildRegister } from './register-model.js';
export type { ProcessorRegisterActivity, Register, RegisterActivity } from './register-model.js';
export { revisionHash } from './revision-hash.js';
export { initTemplate } from './init-template.js';
export { formatFinding, hasErrors } from './finding.js';
export type { Finding, Severity } from './finding.js';
export type {
  Address,
  Art9Condition,
  AutomatedDecision,
  Breach,
  ChangelogEntry,
  Children,
  ComplaintAuthority,
  Contact,
  Cookie,
  CookieCategory,
  DataCategory,
  DataSubject,
  Declarations,
  Dpo,
  Duration,
  InternalFacts,
  JointController,
  Lang,
  LegalBasis,
  Links,
  Meta,
  Organisation,
  PrivacyFriendlyAnalytics,
  ProcessorActivity,
  Provision,
  Purpose,
  Recipient,
  Retention,
  RightsHandling,
  Roles,
  SecurityMeasure,
  Source,
  SpecialCategory,
  Text,
  Transfer,
} from './types.js';
