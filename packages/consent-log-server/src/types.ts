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
}
