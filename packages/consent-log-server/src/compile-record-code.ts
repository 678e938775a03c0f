import { RECORD_FIELDS } from '@akkoord/consent-log';

// The collector's per-record functions (row values, row mapping, pending and numbered records, the
// chain hash text) are derived from the record's field table. Written as loops over the table they
// were several times slower than object literals (keyed stores and loads change the object's shape
// field by field; docs/consent-log.md, "Measured figures"), and they run for every stored, exported
// and verified record. So the literals are generated from the table once, at load: the code is
// what a person would write out by hand, but it cannot miss a field.

type Field = (typeof RECORD_FIELDS)[number];
/** A field kept in `consent_records` (every one but `config`). */
export type StoredField = Extract<Field, { column: object }>;

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The stored fields, in table order; every name and column checked to be a plain identifier. */
export const STORED_FIELDS: readonly StoredField[] = RECORD_FIELDS.filter((f): f is StoredField => 'column' in f).map((f) => {
  // Only plain identifiers go into generated code (the table is ours; this keeps it that way).
  if (!IDENT.test(f.name) || !IDENT.test(f.column.name))
    throw new Error(`record field ${f.name} / ${f.column.name} is not a plain identifier`);
  return f;
});

/**
 * A function from generated source. The arguments are parameter names, the last one the body.
 * @internal
 */
export function compile<T>(...source: string[]): T {
  return new Function(...source) as T;
}

/** `{ a: src.a, b: src.b }` source for the given names, each read from the named source object. */
export function literal(entries: readonly [name: string, from: string][]): string {
  return `{ ${entries.map(([k, from]) => `${k}: ${from}`).join(', ')} }`;
}
