export { browserEnv } from './browser-env.js';
export { clearCookies } from './clear-cookies.js';
export { ConfigError, formatConfigErrors } from './config-error.js';
export type { ConfigIssue } from './config-error.js';
export { consentMode } from './consent-mode.js';
export { ACTIONS, CONSENT_MODE_MAPPING, CONSENT_MODE_TYPES, COOKIE_NAME, EXPIRY_DAYS, GPC_IDS, MAX_EXPIRY_DAYS } from './constants.js';
export { cookieMatcher } from './cookie-matcher.js';
export { createConsent, safeConsent } from './create-consent.js';
export { createGate } from './create-gate.js';
export type { Gate, GateOptions } from './create-gate.js';
export { cookieAttributes, decodeDecision, encodeDecision, isCurrent } from './decision-cookie.js';
export type { CookieAttributes, CookieJar, Env, EnvLocation, GtagHost } from './env.js';
export { grantables, isGranted } from './is-granted.js';
export { randomId } from './random-id.js';
export { resolveLanguage } from './resolve-language.js';
export { validateConfig } from './validate-config.js';
export type { ConfigResult } from './validate-config.js';
export type {
  AkkoordConfig,
  BannerLayout,
  BannerPosition,
  CategoryConfig,
  ChangeDetail,
  Choice,
  ConsentDecision,
  ConsentEvent,
  ConsentLogConfig,
  ConsentManager,
  ConsentModeConfig,
  ConsentModeType,
  CookieDeclaration,
  CookieOptions,
  DecisionAction,
  GpcConfig,
  LanguageCode,
  Listener,
  LocalizedText,
  ServiceConfig,
} from './types.js';
