import type { ConsentAck, StoredConsentRecord } from '@akkoord/consent-log';

/** A validated record the collector wants stored; the store assigns seq, time and hashes. */
export type PendingRecord = Omit<StoredConsentRecord, 'seq' | 'receivedAt' | 'prevHash' | 'hash'>;

/** One config snapshot: the exact config and texts shown, keyed by the SHA-256 of its canonical JSON. */
export interface Snapshot {
  hash: string;
  site: string;
  /** Canonical JSON text of the snapshot. */
  json: string;
}

/**
 * The receipt of one stored record; identical for a retry of the same record id. The shape the
 * collector answers with, so the store's receipts go into a {@link ConsentAck} as they are.
 */
export type Receipt = ConsentAck['records'][number];

/** Options every store takes; SQLite adds its own (`SqliteStoreOptions` in sqlite-store.ts). */
export interface StoreOptions {
  /**
   * The clock of `receivedAt`, snapshot and migration times (ms since epoch). Tests pass a fake
   * one, so records get distinct or equal times without sleeping.
   * @default Date.now
   */
  now?: () => number;
}

/** Where a site's chain stands: its head, and the anchor left by the last purge. */
export interface ChainHead {
  site: string;
  seq: number;
  hash: string;
  /** Seq of the last purged record (0 when nothing was purged). */
  anchorSeq: number;
  /** Hash of the last purged record: the `prevHash` the oldest remaining record must carry. */
  anchorHash: string;
}

/** A signed chain head. */
export interface Checkpoint {
  site: string;
  seq: number;
  hash: string;
  createdAt: number;
  /** First 16 hex digits of the SHA-256 of the raw Ed25519 public key. */
  keyId: string;
  /** Base64 Ed25519 signature over {@link checkpointMessage}. */
  signature: string;
}

/** Filter and cursor of {@link Store.page}: rows ordered by site, then seq. */
export interface PageQuery {
  site?: string;
  /** Received at or after (ms since epoch). */
  from?: number;
  /** Received before (ms since epoch). */
  to?: number;
  /** Continue after this row. */
  after?: { site: string; seq: number };
  limit: number;
}

/** What a purge removed. */
export interface PurgeResult {
  records: number;
  snapshots: number;
}

/** A site-scoped read token as listed: everything but the token, which is never stored. */
export interface ReadToken {
  /** Random id, shown by `akkoord-log token list` and named in the read audit log; not derived from the token. */
  id: string;
  /** What it is for, e.g. `Bakker marketing`. */
  name?: string;
  /** The sites it reads, sorted. */
  sites: string[];
  createdAt: number;
  /** Last successful read, to the minute (written at most once a minute: `TOKEN_TOUCH_MS`). */
  lastUsedAt?: number;
  revokedAt?: number;
}

/**
 * The read tokens in the store's database, and the one read-side query that scoping needs beyond
 * the record queries. Kept apart from the append path: nothing here runs while records are written.
 */
export interface AccessStore {
  /** Stores a new token under the SHA-256 (hex) of its text. */
  addToken(token: ReadToken, tokenHash: string): Promise<void>;
  /** Every token, revoked ones included, oldest first. */
  tokens(): Promise<ReadToken[]>;
  /** The token stored under this hash (revoked or not) with the hash as stored, or null. */
  tokenByHash(tokenHash: string): Promise<{ token: ReadToken; tokenHash: string } | null>;
  /**
   * Marks the token revoked at `at`; a second revoke keeps the first time and says `already`.
   * Null when no token has this id.
   */
  revokeToken(id: string, at: number): Promise<{ token: ReadToken; already: boolean } | null>;
  /** Sets the token's last-used time. */
  touchToken(id: string, at: number): Promise<void>;
  /** Whether any token is not revoked: without an admin token, the read side is off until one is. */
  hasActiveTokens(): Promise<boolean>;
  /**
   * The site and receive time of the earliest record of one of `sites` that names this config
   * hash, or null. A snapshot is stored once under the first site that sent it; another site
   * showing identical texts reads it through this, without learning about the first site.
   */
  firstUse(configHash: string, sites: readonly string[]): Promise<{ site: string; receivedAt: number } | null>;
}

/** How `GET /v1/stats` groups decisions: per UTC day, per ISO week (Monday to Sunday, UTC), or per banner revision. */
export type StatsBy = 'day' | 'week' | 'revision';

/** What {@link Store.stats} counts. */
export interface StatsQuery {
  /** The sites whose decisions count together; null for every site. Empty: none (the answer of a site without records). */
  sites: readonly string[] | null;
  /** Received at or after (ms since epoch). */
  from?: number;
  /** Received before (ms since epoch). */
  to?: number;
  by: StatsBy;
}

/** How many decisions offered one category (or `category:service`), and how many of those granted it. */
export interface ChoiceShare {
  /** Decisions whose `choices` name it (granted or not). */
  offered: number;
  /** Decisions that granted it. */
  granted: number;
  /** `granted / offered`, rounded to 4 decimals; null when none offered it. */
  share: number | null;
}

/** The counts of one period, one revision, or everything asked ({@link ConsentStats.total}). Aggregates only: never a visitor. */
export interface StatsBucket {
  /** `2026-01-31` (day), `2026-W05` (ISO week), the revision as the banner sent it, or `total`. */
  key: string;
  /** Start of the period (ms since epoch, inclusive); absent for a revision and the total. */
  start?: number;
  /** End of the period (ms since epoch, exclusive); absent for a revision and the total. */
  end?: number;
  /** Receive time of the bucket's first and last decision; null when it has none. */
  firstAt: number | null;
  lastAt: number | null;
  decisions: number;
  /** Fewer decisions than {@link ConsentStats.minDecisions}: shares this small say little. Such buckets are kept, not hidden. */
  tooFewToRead: boolean;
  /** Decisions per action: every action of the record schema (0 when none), plus any other found in the store. */
  actions: Record<string, number>;
  /** Per category (a `choices` key without `:`). */
  categories: Record<string, ChoiceShare>;
  /** Per service (a `category:service` key). */
  services: Record<string, ChoiceShare>;
}

/** The answer of {@link Store.stats} and (with the reader's `sites`) of `GET /v1/stats`. */
export interface ConsentStats {
  by: StatsBy;
  /** The range asked (ms since epoch), null when open. */
  from: number | null;
  to: number | null;
  /** Buckets with fewer decisions than this are marked {@link StatsBucket.tooFewToRead}. */
  minDecisions: number;
  /** Everything asked, in one bucket. */
  total: StatsBucket;
  /**
   * Periods in time order, the empty ones between included (see docs/consent-log.md, "Statistics"),
   * or revisions in the order they were first seen.
   */
  buckets: StatsBucket[];
}

/**
 * Storage behind the collector. SQLite and PostgreSQL implement the same schema and behaviour;
 * `append` is the only writer and assigns each site's chain order.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Stores snapshots and records in one committed transaction (grouped with concurrent calls) and
   * resolves only after the commit. Records whose id exists are not stored again: their receipt
   * is the stored one. `missing` lists referenced config hashes that still have no snapshot.
   */
  append(records: PendingRecord[], snapshots: Snapshot[]): Promise<{ receipts: Receipt[]; missing: string[] }>;
  /** Every record of one consent id, oldest first. */
  byConsentId(consentId: string): Promise<StoredConsentRecord[]>;
  /** One page of records ordered by (site, seq). */
  page(query: PageQuery): Promise<StoredConsentRecord[]>;
  /** The snapshot with this hash, parsed, or null. */
  snapshot(hash: string): Promise<{ hash: string; site: string; createdAt: number; config: unknown } | null>;
  /** Stored snapshots as stored (the canonical text, unparsed), ordered by hash, after `after`: for verifying them page by page. */
  snapshotPage(after: string | undefined, limit: number): Promise<Snapshot[]>;
  heads(): Promise<ChainHead[]>;
  addCheckpoint(checkpoint: Checkpoint): Promise<void>;
  checkpoints(site?: string): Promise<Checkpoint[]>;
  /** Deletes each site's oldest records received before `before`, keeping the chain verifiable. */
  purge(before: number): Promise<PurgeResult>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  /**
   * Commits one small write (the single row of `write_probe`) as durably as a record; throws when
   * the store cannot write. The health check's test that writing works again after a failed append.
   */
  probeWrite(): Promise<void>;
  close(): Promise<void>;
  /** Read tokens and the read side's scoping query. */
  readonly access: AccessStore;
  /** Decisions counted in the database (GROUP BY): per period or revision, by action, category and service. */
  stats(query: StatsQuery): Promise<ConsentStats>;
}
