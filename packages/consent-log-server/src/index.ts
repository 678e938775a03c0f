// The embedding API that docs/consent-log.md ("In your own Node server") describes. The CLI, the
// chain and checkpoint helpers and the store internals are reached by relative path only (src/cli.ts,
// the tests), so they can change without a breaking release.
export { loadSigningKey } from './checkpoint.js';
export { createCollector } from './create-collector.js';
export type { Collector, CollectorOptions } from './create-collector.js';
export { jsonLogger } from './json-logger.js';
export type { Logger } from './json-logger.js';
export { openStore } from './open-store.js';
export type { RateLimit } from './rate-limiter.js';
export type { SqliteStoreOptions } from './sqlite-store.js';
export type {
  AccessStore,
  ChainHead,
  Checkpoint,
  ChoiceShare,
  ConsentStats,
  PageQuery,
  PendingRecord,
  PurgeResult,
  ReadToken,
  Receipt,
  Snapshot,
  StatsBucket,
  StatsBy,
  StatsQuery,
  Store,
  StoreOptions,
} from './types.js';
