/**
 * The public shapes of Akkoord's consent model. Config is what a site writes (JSON),
 * Decision is what a visitor chose, ConsentManager is the headless API the banner (and any
 * custom UI) drives. Changing a shape here is a contract change: update docs/ and tests.
 */

/** A language code such as `nl` or `en`. Dutch and English ship; others come through `texts`. */
export type LanguageCode = string;

/** Text per language, e.g. `{ "nl": "Statistieken", "en": "Statistics" }`. A plain string serves every language. */
export type LocalizedText = string | Record<LanguageCode, string>;

/** A cookie (or localStorage-like item) a service sets, declared so the banner can show and delete it. */
export interface CookieDeclaration {
  /**
   * Exact name (`_ga`), a name with `*` wildcards (`_ga_*`), or a regular expression
   * written as `/^_hj.+$/`. Matched against `document.cookie` names on withdrawal.
   */
  name: string;
  /** How long it lives, shown in the preferences dialog, e.g. `{ "nl": "2 jaar", "en": "2 years" }`. */
  duration?: LocalizedText;
  /** What it is for. */
  description?: LocalizedText;
}

/** A third-party (or own) tool within a category, e.g. Google Analytics within `analytics`. */
export interface ServiceConfig {
  /** Stable id, used in `data-consent="category:service"`. Letters, digits, `-` and `_`. */
  id: string;
  /** Display name, e.g. `Google Analytics`. */
  name: string;
  /** What the service does. */
  description?: LocalizedText;
  /** Link to the provider's privacy information. */
  privacyUrl?: string;
  /** Cookies to show in the dialog and to delete when consent for this service is withdrawn. */
  cookies?: CookieDeclaration[];
}

/** A purpose the visitor can allow or refuse, e.g. `analytics`. */
export interface CategoryConfig {
  /** Stable id, used in `data-consent="…"`. Letters, digits, `-` and `_`. */
  id: string;
  /** The strictly necessary category: always on, shown locked on. At most one category is required. */
  required?: boolean;
  /** Title shown in the dialog. */
  title: LocalizedText;
  /** One or two sentences on what the category is for. */
  description?: LocalizedText;
  /** The tools in this category. @default [] */
  services?: ServiceConfig[];
  /**
   * Whether a Global Privacy Control signal refuses this category by default.
   * @default true for the ids `marketing`, `advertising` and `ads`; false otherwise
   */
  gpc?: boolean;
}

/** Options of the first-party cookie that stores the decision. */
export interface CookieOptions {
  /** @default "akkoord" */
  name?: string;
  /** Days until the decision expires and the visitor is asked again. @default 182 */
  expiryDays?: number;
  /** Set to the parent domain (`example.nl`) to share one decision across subdomains. @default the current host */
  domain?: string;
  /** @default "/" */
  path?: string;
  /** @default "Lax" */
  sameSite?: 'Lax' | 'Strict' | 'None';
  // `Secure` is added automatically on https pages.
}

/** Google Consent Mode v2 consent types. */
export type ConsentModeType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** Google Consent Mode v2 options (see docs/configuration.md, "Google Consent Mode v2"). */
export interface ConsentModeConfig {
  /** Push `consent default` / `consent update` to `window.dataLayer`. @default true */
  enabled?: boolean;
  /** Milliseconds tags wait for an update after `consent default`. @default 500 */
  waitForUpdate?: number;
  /**
   * Which Consent Mode types each category grants. A key may also be a `category:service`: its
   * types are granted while that one service is (e.g. allowed from its embed placeholder). A
   * category key counts only when the category is granted as a whole.
   * @default { analytics: ['analytics_storage'], marketing: ['ad_storage','ad_user_data','ad_personalization'],
   *            preferences: ['functionality_storage','personalization_storage'] }
   */
  mapping?: Record<string, ConsentModeType[]>;
}

/** Global Privacy Control options. */
export interface GpcConfig {
  /** Honour `navigator.globalPrivacyControl`. @default true */
  enabled?: boolean;
  /**
   * When the signal is present and there is no valid decision yet, store a decision that grants
   * only the required category (action `gpc`) instead of asking: the banner is not shown, the
   * visitor can still open the preferences and choose. Off by default because GPC is legally an
   * opt-out of sale/sharing, not a refusal of everything, and most sites still want to ask.
   * @default false
   */
  autoDecide?: boolean;
}

/** Reserved for the consent log: where decisions are recorded as proof. */
export interface ConsentLogConfig {
  /** URL (absolute or relative to the page) of the collector's `POST /v1/consents`. */
  endpoint: string;
  /** Site id stored with each record. @default location.hostname */
  site?: string;
}

/** The banner's JSON configuration (`consent.json`). */
export interface AkkoordConfig {
  /** Bump to ask every visitor again (e.g. a new category or service). */
  revision: number | string;
  /** The categories offered. Exactly one may be `required`. */
  categories: CategoryConfig[];
  /** Who processes the data, named on the first layer, e.g. `Bakkerij De Korenschoof`. */
  organisation?: string;
  /** Link to the privacy statement, per language or one for all. */
  privacyStatementUrl?: LocalizedText;
  /** Version of the privacy statement in force, recorded with each decision. */
  privacyStatementVersion?: string;
  /** Options of the decision cookie. */
  cookie?: CookieOptions;
  /** `auto` = `<html lang>`, then the browser's languages, then `en`. @default "auto" */
  language?: 'auto' | LanguageCode;
  /** Override any UI string per language: `{ "nl": { "banner": { "title": "…" } } }`. */
  texts?: Record<LanguageCode, Record<string, unknown>>;
  /** Google Consent Mode v2. @default enabled with the default mapping */
  consentMode?: ConsentModeConfig;
  /** Global Privacy Control. @default honoured */
  gpc?: GpcConfig;
  /** Reload the page after a withdrawal, so scripts that already ran stop. @default false */
  reloadOnWithdraw?: boolean;
  /** Reserved for the consent log (its package owns the fields beyond `endpoint` and `site`). */
  consentLog?: ConsentLogConfig;
  /** The first layer as a card (`box`) or across the whole width of the window (`bar`). @default "box" */
  layout?: BannerLayout;
  /** Where the first layer sits; a `bar` sits at the bottom only. @default "bottom" */
  position?: BannerPosition;
}

/** How the first layer looks: a card, or a bar across the window. */
export type BannerLayout = 'box' | 'bar';

/** Where the first layer sits: at the bottom (centred, or in a corner) or in the middle of the window. */
export type BannerPosition = 'bottom' | 'bottom-left' | 'bottom-right' | 'middle';

/**
 * How a decision came about; also the consent log's `action`. `withdraw`: a change that takes back
 * any grant; `renewal`: the first answer after an expired decision or one of an older revision;
 * `gpc`: the automatic decision of `gpc.autoDecide`; `embed`: one service (or category) allowed in
 * place, e.g. from an embed's placeholder, without answering the banner; `reset`: the decision
 * forgotten by `reset()` (a change only, never a stored decision).
 */
export type DecisionAction = 'accept-all' | 'reject-all' | 'custom' | 'withdraw' | 'gpc' | 'renewal' | 'embed' | 'reset';

/** A visitor's stored choice. Contains no personal data: the id is random. */
export interface ConsentDecision {
  /** Random consent id (UUID v4) kept across changes; links one visitor's history in the consent log. */
  id: string;
  /** The config `revision` the decision was made under (as a string). */
  revision: string;
  /**
   * Granted category ids, the required one included. A category listed here but limited in
   * `services` is granted only for those services: `has(category)` is then false.
   */
  categories: string[];
  /** Granted services per granted category. A granted category not listed here grants all its services. */
  services: Record<string, string[]>;
  /** When the decision was made (ms since epoch). */
  time: number;
  /** How it was made, i.e. the latest change. */
  action: DecisionAction;
  /**
   * `true` while the visitor has only allowed services in place (`allow()`, an embed placeholder)
   * and not yet answered the banner: those grants hold, and `needsDecision()` stays true.
   */
  pending?: true;
}

/** Payload of the `change` event. */
export interface ChangeDetail {
  /** The decision now in force; `null` after `reset()`. */
  decision: ConsentDecision | null;
  /** The decision before this change; `null` when there was none. */
  previous: ConsentDecision | null;
  /** `category` or `category:service` entries that were granted before and are not now. */
  withdrawn: string[];
  /** Entries granted now that were not before. */
  granted: string[];
  /** What the change was: the new decision's `action`, or `reset`. The consent log records it. */
  action: DecisionAction;
  /** The consent id the change belongs to: the decision's, or the one `reset()` forgot (none if there was none). */
  id?: string;
}

/** Events of the manager: `ready` once the UI is mounted, `change` after every decision or reset. */
export type ConsentEvent = 'ready' | 'change';
/** The listener type for an event: `change` listeners get the {@link ChangeDetail}. */
export type Listener<E extends ConsentEvent> = E extends 'change' ? (detail: ChangeDetail) => void : () => void;

/** A choice the visitor makes in the preferences dialog. */
export interface Choice {
  /** Category ids switched on; the required one is added automatically. */
  categories: string[];
  /** Optional per-category service selection; omitted categories grant all their services. */
  services?: Record<string, string[]>;
}

/** The headless consent API. The banner is a view over it; a site can build its own UI on it. */
export interface ConsentManager {
  /** The validated config with defaults applied. */
  readonly config: AkkoordConfig;
  /** The current valid decision, or `null` when none, expired, or made under another revision. */
  get(): ConsentDecision | null;
  /**
   * True when `category` or `category:service` is granted. Required categories are always granted.
   * A bare category is true only when granted as a whole, not when limited to some services.
   */
  has(what: string): boolean;
  /** True when the visitor has to be asked: no valid decision, or only services allowed in place so far (`pending`). */
  needsDecision(): boolean;
  /** True when the browser sends a Global Privacy Control signal and config honours it. */
  readonly gpc: boolean;
  /**
   * Category ids that the GPC signal refuses by default (empty without a signal). They start
   * refused like every optional category; the banner tells the visitor the signal was honoured.
   * An explicit later choice (including `acceptAll()`) still grants them.
   */
  readonly gpcRefused: string[];
  /**
   * Marks the UI as mounted and emits `ready` (once). Late `on('ready')` subscribers are called
   * at once. Also dispatched on `document` as `akkoord:ready`.
   */
  ready(): void;
  /**
   * Grant every category and service (action `accept-all`, or as {@link save} derives it). Under
   * GPC this is the visitor's explicit choice, so it grants the GPC-refused categories too.
   */
  acceptAll(): ConsentDecision;
  /** Grant only the required category (action `reject-all`, or as {@link save} derives it). */
  rejectAll(): ConsentDecision;
  /** Grant exactly these categories (plus the required one); action as {@link save} derives it. Unknown ids are ignored. */
  accept(categories: string[]): ConsentDecision;
  /**
   * Save the visitor's answer (the banner, the preferences dialog). It replaces every earlier
   * grant, also services allowed in place: it is the visitor's latest explicit word. Without
   * `action` it is derived: `withdraw` when any grant is taken back, else `renewal` when it
   * renews an expired decision or one of an older revision, else `accept-all`, `reject-all` or
   * `custom`. A category with services whose selection is empty is not granted; one whose
   * selection holds all its services is granted as a whole.
   */
  save(choice: Choice, action?: DecisionAction): ConsentDecision;
  /**
   * Grant one `category:service` (or a whole `category`) in place, e.g. from an embed's
   * placeholder, keeping the rest (action `embed`). A service allowed this way never grants its
   * category, nor the category's Consent Mode types. Without an earlier answer the decision stays
   * `pending`: the banner's questions remain open. Returns the decision unchanged when already granted.
   * @throws Error when `what` is not a category or `category:service` of the config
   */
  allow(what: string): ConsentDecision;
  /**
   * Forget the decision: delete the cookie; the visitor is asked again. Emits `change` with
   * `decision: null`, action `reset` and the forgotten consent id (everything optional withdrawn).
   * The next decision gets a new consent id.
   */
  reset(): void;
  /** Subscribe. A listener that throws is logged and does not stop the others. */
  on<E extends ConsentEvent>(event: E, fn: Listener<E>): void;
  /** Unsubscribe a listener added with `on`. */
  off<E extends ConsentEvent>(event: E, fn: Listener<E>): void;
}
