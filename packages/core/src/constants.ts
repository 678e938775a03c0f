import type { ConsentModeType, DecisionAction } from './types.js';

/** Default name of the decision cookie. */
export const COOKIE_NAME = 'akkoord';

/** Default days a decision stays valid (about six months, the period Dutch guidance suggests). */
export const EXPIRY_DAYS = 182;

/** Longest allowed expiry: browsers cap cookie lifetime at 400 days (RFC 6265bis), so more would be cut silently. */
export const MAX_EXPIRY_DAYS = 400;

/** Milliseconds in a day. */
export const DAY_MS = 864e5;

/** Version tag at the start of the decision cookie; any other value counts as no decision. */
export const COOKIE_VERSION = '1';

/**
 * Decision actions by their one-digit code in the cookie. Append only: the index is stored.
 * `reset` never is (it describes a change, not a decision); it is listed for the consent log.
 */
export const ACTIONS: DecisionAction[] = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'renewal', 'embed', 'reset'];

/** Category ids that a Global Privacy Control signal refuses unless the category sets `gpc`. */
export const GPC_IDS = ['marketing', 'advertising', 'ads'];

/** Valid category and service ids: they appear in `data-consent` and in the cookie. */
export const ID_PATTERN = /^[\w-]+$/;

/** Every Google Consent Mode v2 type Akkoord sets; all start denied except `security_storage`. */
export const CONSENT_MODE_TYPES: ConsentModeType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

/** Which Consent Mode types each well-known category grants; config entries replace these per category. */
export const CONSENT_MODE_MAPPING: Record<string, ConsentModeType[]> = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  preferences: ['functionality_storage', 'personalization_storage'],
};

/** Default milliseconds tags wait for `consent update` after `consent default`. */
export const WAIT_FOR_UPDATE = 500;

/** Prefix of the events dispatched on `document` (`akkoord:change`, `akkoord:ready`). */
export const EVENT_PREFIX = 'akkoord:';

/** Attribute set on gated elements Akkoord has activated, so each runs at most once (also across gates). */
export const RUN_MARK = 'data-consent-run';
