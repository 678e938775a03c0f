import { resolvePresets } from './catalogue-declarations.js';
import { propertySchema, requiredFields, resolveSchema, schemaRoot, type SchemaNode } from './schema-walk.js';
import type { Declarations } from './types.js';

const patterns = new Map<string, RegExp>();
const regex = (p: string) => {
  let re = patterns.get(p);
  if (!re) patterns.set(p, (re = new RegExp(p, 'u')));
  return re;
};

/** Returns the part of `value` that fits `node`, or undefined when nothing fits. */
function prune(value: unknown, schemaNode: SchemaNode): unknown {
  const node = resolveSchema(schemaNode);
  if (node.anyOf) {
    for (const branch of node.anyOf) {
      const v = prune(value, branch);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  if ('const' in node) return value === node.const ? value : undefined;
  if (node.enum) return node.enum.includes(value) ? value : undefined;
  switch (node.type) {
    case 'string':
      if (typeof value !== 'string' || value.length < (node.minLength ?? 0)) return undefined;
      return node.pattern && !regex(node.pattern).test(value) ? undefined : value;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
      return value < (node.minimum ?? -Infinity) || value > (node.maximum ?? Infinity) ? undefined : value;
    case 'array': {
      if (!Array.isArray(value)) return undefined;
      let items = value.map((v) => (node.items ? prune(v, node.items) : v)).filter((v) => v !== undefined);
      if (node.uniqueItems) items = [...new Set(items)];
      return items.length < (node.minItems ?? 0) ? undefined : items;
    }
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const prop = propertySchema(node, k);
        if (!prop) continue;
        const p = prune(v, prop);
        if (p !== undefined) out[k] = p;
      }
      if (requiredFields(node, out).some((k) => !(k in out))) return undefined;
      return Object.keys(out).length < (node.minProperties ?? 0) ? undefined : out;
    }
    default:
      return value;
  }
}

/**
 * Keeps only the parts of the declarations that fit the JSON Schema: fields of the wrong type are
 * dropped, list entries missing a required field are left out. Generators run on this, so a file
 * forced through despite schema errors (`--force`) still gives output instead of a crash. For a
 * valid file it returns an equal copy. Catalogue presets are resolved first, so every generator
 * sees the filled-in recipients and cookies.
 */
export function pruneDeclarations(d: unknown): Declarations {
  return (prune(resolvePresets(d), schemaRoot) ?? {}) as Declarations;
}
