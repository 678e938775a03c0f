import type { ACTIONS } from './constants.js';

/** How a decision came about (the banner's `DecisionAction`). */
export type ConsentAction = (typeof ACTIONS)[number];

/**
 * What the banner (or a site's own UI) hands to {@link ConsentLog.record}: the decision and the
 * exact information shown. Holds nothing that identifies the visitor beyond the random consent id.
 */
export interface DecisionRecordInput {
  /** Random id from the banner cookie (`ConsentDecision.id`); links one visitor's history. */
  consentId: string;
  /**
   * What changed: `accept-all`, `reject-all`, `custom` (answers), `withdraw` (any grant taken
   * back), `renewal` (an expired or revised answer given again), `gpc` (the automatic decision
   * of the GPC signal), `embed` (one service allowed in place) or `reset` (the decision forgotten).
   */
  action: ConsentAction;
  /** Every category and `category:service` offered, `true` or `false`: refusals are proof too. */
  choices: Record<string, boolean>;
  /** The banner config `revision` the decision was made under. */
  revision: string;
  /** Version of the privacy statement in force, e.g. `2025-03`. */
  statementVersion?: string;
  /** Language the texts were shown in (BCP 47, e.g. `nl`). */
  language: string;
  /**
   * The exact config and texts the visitor saw (JSON-serialisable). Stored once per SHA-256
   * hash by the collector so the wording can be reproduced for any record (EDPB 05/2020 §108).
   */
  shown: unknown;
}

/** One record as the client sends it to `POST /v1/consents` (alone or in an array). */
export interface ConsentRecord {
  /** Schema version, currently 1. */
  v: number;
  /** Random UUID made in the browser: the idempotency key and the visitor's receipt. */
  id: string;
  /** See {@link DecisionRecordInput.consentId}. */
  consentId: string;
  /** Which site (property) the decision belongs to, e.g. `www.example.nl`. */
  site: string;
  /** Page origin and path where the decision was made; never a query or fragment. */
  page?: string;
  /** See {@link DecisionRecordInput.action}. */
  action: ConsentAction;
  /** See {@link DecisionRecordInput.choices}. */
  choices: Record<string, boolean>;
  /** See {@link DecisionRecordInput.revision}. */
  revision: string;
  /** See {@link DecisionRecordInput.statementVersion}. */
  statementVersion?: string;
  /** See {@link DecisionRecordInput.language}. */
  language: string;
  /** Lower-case hex SHA-256 of the canonical JSON of what was shown. Required unless `config` is sent. */
  configHash?: string;
  /** The snapshot itself, sent until the collector has it; the collector recomputes its hash. */
  config?: unknown;
  /** Browser clock in ms since epoch: diagnostic only, browsers' clocks are not trusted. */
  clientTime?: number;
}

/** A record as the collector stores it: the client's fields plus what only the server may set. */
export interface StoredConsentRecord extends Omit<ConsentRecord, 'config' | 'configHash'> {
  /** Authoritative hash of the config snapshot shown. */
  configHash: string;
  /** Position in the site's hash chain, from 1. */
  seq: number;
  /** Server receive time in ms since epoch: the authoritative time. */
  receivedAt: number;
  /** IP truncated to /24 (IPv4) or /48 (IPv6) when the operator enabled it; never a full address. */
  ip?: string;
  /** Coarse user agent (browser and OS family, major version) when enabled. */
  ua?: string;
  /** Hash of the previous record in this site's chain (64 zeros before the first). */
  prevHash: string;
  /** SHA-256 of `prevHash` followed by the canonical JSON of this record without the two hashes. */
  hash: string;
}

/** The collector's answer to a successful `POST /v1/consents`; a retry gets the same receipts. */
export interface ConsentAck {
  ok: true;
  /** One receipt per record, in request order. */
  records: { id: string; site: string; seq: number; receivedAt: number }[];
  /** Config hashes referenced in this request for which the collector still has no snapshot. */
  missing: string[];
}

/** Result of {@link validateRecord}: the record, or where it went wrong and what would be valid. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; path: string; message: string };
