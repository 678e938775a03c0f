/**
 * The one walker of the declarations JSON Schema: how a node leads to the nodes below it
 * (`$ref`, `anyOf`, `properties`, `items`). The pruning before generation, the enum constants and
 * the studio's field list all read the schema through here, so they cannot disagree on its shape.
 */
import schema from '../schema/declarations.schema.json' with { type: 'json' };

/** The JSON Schema keywords the declarations schema uses. */
export interface SchemaNode {
  $ref?: string;
  /** The TypeScript type name (see scripts/generate-types.mjs). */
  title?: string;
  description?: string;
  default?: unknown;
  type?: string;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  minProperties?: number;
  uniqueItems?: boolean;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  /**
   * Only in the form `if: { not: { required: [field] } }, then: { required: [...] }`: fields
   * required unless `field` is given (a recipient with a `preset` may leave out what it fills in).
   */
  if?: { not?: { required?: string[] } };
  then?: { required?: string[] };
  additionalProperties?: boolean;
}

/**
 * The fields an object `value` must have under `node`: `required`, plus the `then` fields when
 * none of the `if: { not: { required } }` fields is present.
 */
export function requiredFields(node: SchemaNode, value: Record<string, unknown>): string[] {
  const unless = node.if?.not?.required;
  const extra = unless && node.then?.required && !unless.some((k) => k in value) ? node.then.required : [];
  return [...(node.required ?? []), ...extra];
}

/** One place in the schema, as {@link walkSchema} reports it. */
export interface SchemaField {
  /** `purposes[].retention.period`: a list item is written `[]`. */
  pattern: string;
  /** The node there, its `$ref` followed. */
  node: SchemaNode;
  /**
   * `field`: a value edited as one piece (a string, number, boolean, enum, list of plain values,
   * or a text in both languages). `group`: an object, a list of objects, one item of such a list,
   * or a field with several object shapes. `item`: one entry of a list of plain values, which
   * findings can name but no form edits on its own.
   */
  kind: 'field' | 'group' | 'item';
}

/** The root of the declarations schema. */
export const schemaRoot: SchemaNode = schema as unknown as SchemaNode;
const defs = (schema as unknown as { $defs: Record<string, SchemaNode> }).$defs;
const resolved = new WeakMap<SchemaNode, SchemaNode>();

/**
 * `node` with its `$ref` followed. The referring node's own keywords (a description, a default)
 * are kept over the target's; the schema only puts annotations beside a `$ref`.
 */
export function resolveSchema(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  let out = resolved.get(node);
  if (!out) {
    const name = node.$ref.startsWith('#/$defs/') ? node.$ref.slice('#/$defs/'.length) : undefined;
    const target = name !== undefined && Object.prototype.hasOwnProperty.call(defs, name) ? defs[name] : undefined;
    if (!target) throw new Error(`declarations schema: $ref ${node.$ref} names no entry of $defs`);
    const own: SchemaNode = { ...node };
    delete own.$ref;
    out = { ...resolveSchema(target), ...own };
    resolved.set(node, out);
  }
  return out;
}

/**
 * The node of property `key` of an object node, or undefined when the schema does not define it.
 * Only own properties count, so a key such as `constructor` or `__proto__` is never found.
 */
export function propertySchema(node: SchemaNode, key: string): SchemaNode | undefined {
  const props = node.properties;
  return props && Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
}

/** True for a text in both languages: one string, or `{ nl, en }`. */
export function isTextSchema(node: SchemaNode): boolean {
  return !!resolveSchema(node).anyOf?.some((b) => !!propertySchema(resolveSchema(b), 'nl'));
}

/**
 * Visits every place in the schema below `node` in schema order, `node` itself excluded when it
 * is the root. A field with several object shapes (dpo, complaintAuthority, processingAgreement)
 * is reported as a group, then each shape's fields under the same pattern.
 */
export function walkSchema(visit: (field: SchemaField) => void, node: SchemaNode = schemaRoot, at = ''): void {
  const n = resolveSchema(node);
  if (n.anyOf && !isTextSchema(n)) {
    const objects = n.anyOf.map(resolveSchema).filter((b) => b.type === 'object' && b.properties);
    if (objects.length) {
      visit({ pattern: at, node: n, kind: 'group' });
      for (const b of objects) walkSchema(visit, b, at);
      return;
    }
  }
  if (n.type === 'object' && n.properties) {
    if (at) visit({ pattern: at, node: n, kind: 'group' });
    for (const [k, v] of Object.entries(n.properties)) walkSchema(visit, v, at ? `${at}.${k}` : k);
    return;
  }
  if (n.type === 'array' && n.items) {
    const item = resolveSchema(n.items);
    if (item.type === 'object') {
      visit({ pattern: at, node: n, kind: 'group' });
      walkSchema(visit, n.items, `${at}[]`);
      return;
    }
    // A list of plain values is one field; its items are places too (findings name them).
    visit({ pattern: `${at}[]`, node: item, kind: 'item' });
  }
  visit({ pattern: at, node: n, kind: 'field' });
}
