export { canonicalJson } from './canonical-json.js';
export { ACTIONS, MAX_BATCH, MAX_BODY_BYTES, MAX_CHOICES, MAX_CONFIG_BYTES, MAX_CONFIG_DEPTH, SCHEMA_VERSION } from './constants.js';
export { createConsentLog } from './create-consent-log.js';
export type { ConsentLog, ConsentLogOptions } from './create-consent-log.js';
export { csvCell } from './csv-cell.js';
export { RECORD_FIELDS } from './record-fields.js';
export type { FieldCheck, RecordField } from './record-fields.js';
export { CONSENT_ID_PATTERN, HASH_PATTERN, UUID_PATTERN } from './record-patterns.js';
export { createTransport } from './transport.js';
export type { Transport, TransportKind } from './transport.js';
export type {
  ConsentAck,
  ConsentAction,
  ConsentRecord,
  DecisionRecordInput,
  StoredConsentRecord,
  ValidationResult,
} from './types.js';
export { validateBatch, validateRecord } from './validate-record.js';
