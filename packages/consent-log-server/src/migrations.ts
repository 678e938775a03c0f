/**
 * Versioned schema migrations, shared by SQLite and PostgreSQL (the SQL below is valid in both),
 * so both stores hold the same tables and behave the same. Append new versions; never edit one
 * that has shipped.
 */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE consent_records (
  id TEXT PRIMARY KEY,
  site TEXT NOT NULL,
  seq BIGINT NOT NULL,
  consent_id TEXT NOT NULL,
  received_at BIGINT NOT NULL,
  v INTEGER NOT NULL,
  action TEXT NOT NULL,
  choices TEXT NOT NULL,
  revision TEXT NOT NULL,
  statement_version TEXT,
  language TEXT NOT NULL,
  config_hash TEXT NOT NULL,
  page TEXT,
  client_time BIGINT,
  ip TEXT,
  ua TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  UNIQUE (site, seq)
);
CREATE INDEX consent_records_consent_id ON consent_records (consent_id);
CREATE INDEX consent_records_received ON consent_records (site, received_at);
CREATE TABLE config_snapshots (
  hash TEXT PRIMARY KEY,
  site TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  config TEXT NOT NULL
);
CREATE TABLE chain_heads (
  site TEXT PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL,
  anchor_seq BIGINT NOT NULL,
  anchor_hash TEXT NOT NULL
);
CREATE TABLE checkpoints (
  site TEXT NOT NULL,
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  key_id TEXT NOT NULL,
  signature TEXT NOT NULL,
  PRIMARY KEY (site, seq)
);`,
  },
  {
    // One row, rewritten by Store.probeWrite: a write that tests the disk without touching records.
    version: 2,
    sql: `
CREATE TABLE write_probe (
  id INTEGER PRIMARY KEY,
  written_at BIGINT NOT NULL
);`,
  },
  {
    // Read tokens scoped to sites (`akkoord-log token create`). Only a hash of each token is kept
    // (site-token.ts says why SHA-256 suffices), so a copy of the database opens no read side.
    // `sites` is a JSON array: a token names a handful of sites and is read whole.
    version: 3,
    sql: `
CREATE TABLE read_tokens (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  name TEXT,
  sites TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT
);`,
  },
  {
    // The daily summary that Store.stats reads (stats-days.ts), kept by the append path in the
    // records' own transactions and back-filled here from the records already stored, in the
    // migration's transaction, so an upgraded database counts exactly what it holds. Written out
    // rather than taken from stats-days.ts, so this version stays as it shipped.
    version: 4,
    sql: `
CREATE TABLE consent_days (
  site TEXT NOT NULL,
  day BIGINT NOT NULL,
  revision TEXT NOT NULL,
  action TEXT NOT NULL,
  choices TEXT NOT NULL,
  decisions BIGINT NOT NULL,
  first_at BIGINT NOT NULL,
  last_at BIGINT NOT NULL,
  PRIMARY KEY (site, day, revision, action, choices)
);
INSERT INTO consent_days (site, day, revision, action, choices, decisions, first_at, last_at)
SELECT site, received_at / 86400000, revision, action, choices, COUNT(*), MIN(received_at), MAX(received_at)
FROM consent_records WHERE received_at >= 0
GROUP BY site, received_at / 86400000, revision, action, choices;`,
  },
];

/** DDL of the table that records which migrations ran. */
export const MIGRATIONS_TABLE = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)';
