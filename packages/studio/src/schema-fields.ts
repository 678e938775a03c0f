/**
 * The fields of the declarations JSON Schema as path patterns (`purposes[].retention.period`),
 * read from the schema the generator validates with. The coverage test checks that every field
 * has a form control; the form uses the known paths to recognise a key the schema does not know
 * (a typo in an imported file), which only a button can remove since no control shows it.
 */
import { declarationsSchema } from './generator.js';
import { parsePath, patternOf } from './field-path.js';

interface SchemaNode {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
}

const root = declarationsSchema as SchemaNode & { $defs?: Record<string, SchemaNode> };

const resolve = (n: SchemaNode): SchemaNode => {
  if (!n.$ref) return n;
  const target = root.$defs?.[n.$ref.split('/').pop() as string];
  if (!target) throw new Error(`declarations schema: unresolved $ref ${n.$ref}`);
  const { $ref: _r, ...rest } = n;
  return { ...resolve(target), ...rest };
};

const isText = (n: SchemaNode) => !!n.anyOf?.map(resolve).some((b) => b.properties && 'nl' in b.properties);

/**
 * Visits every field pattern: `leaf` is true for a value the form edits as one control (a
 * string, number, boolean, list of strings, or a text in both languages), false for an object or
 * list item on the way. The object branches of a field with several shapes (dpo,
 * complaintAuthority, processingAgreement) each add their fields.
 */
function walk(node: SchemaNode, at: string, visit: (pattern: string, leaf: boolean) => void): void {
  const n = resolve(node);
  if (n.anyOf && !isText(n)) {
    const objects = n.anyOf.map(resolve).filter((b) => b.type === 'object' && b.properties);
    if (objects.length) {
      visit(at, false);
      for (const b of objects) walk(b, at, visit);
      return;
    }
  }
  if (n.type === 'object' && n.properties) {
    if (at) visit(at, false);
    for (const [k, v] of Object.entries(n.properties)) walk(v, at ? `${at}.${k}` : k, visit);
    return;
  }
  if (n.type === 'array' && n.items) {
    if (resolve(n.items).type === 'object') {
      visit(at, false);
      walk(n.items, `${at}[]`, visit);
      return;
    }
    // A list of plain values is one control; its items are known paths too (findings name them).
    visit(`${at}[]`, false);
  }
  visit(at, true);
}

let cache: { fields: string[]; known: Set<string> } | undefined;
const collect = () => {
  if (!cache) {
    const fields = new Set<string>();
    const known = new Set<string>();
    walk(root, '', (p, leaf) => {
      known.add(p);
      if (leaf) fields.add(p);
    });
    cache = { fields: [...fields], known };
  }
  return cache;
};

/** Every field of the schema, one pattern each, in schema order. */
export const schemaFields = (): readonly string[] => collect().fields;

/**
 * Whether `path` (a finding's path, `purposes[2].colour`) names a key the schema does not define.
 * Only the schema check reports such paths; the key came from an imported file.
 */
export function isUnknownField(path: string): boolean {
  if (!path) return false;
  const { known, fields } = collect();
  const pattern = patternOf(parsePath(path));
  // `purposes[0].name.nl`: one language of a text field (wording rules report there).
  const lang = /^(.*)\.(nl|en)$/.exec(pattern);
  if (lang && fields.includes(lang[1] as string)) return false;
  return !known.has(pattern);
}
