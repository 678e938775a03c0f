/**
 * The fields of the declarations JSON Schema as path patterns (`purposes[].retention.period`),
 * read with the generator's own schema walker (`walkSchema`). The coverage test checks that every
 * field has a form control; the form uses the known paths to recognise a key the schema does not
 * know (a typo in an imported file), which only a button can remove since no control shows it.
 */
import type { SchemaNode } from '@akkoord/privacy-statement';
import { walkSchema } from './generator.js';
import { parsePath, patternOf } from './field-path.js';

let cache: { fields: string[]; known: Set<string>; nodes: Map<string, SchemaNode> } | undefined;
const collect = () => {
  if (!cache) {
    const fields = new Set<string>();
    const known = new Set<string>();
    const nodes = new Map<string, SchemaNode>();
    walkSchema(({ pattern, kind, node }) => {
      known.add(pattern);
      // A place with several shapes is reported once as a group, then per shape: keep the group.
      if (!nodes.has(pattern)) nodes.set(pattern, node);
      if (kind === 'field') fields.add(pattern);
    });
    cache = { fields: [...fields], known, nodes };
  }
  return cache;
};

/** The schema node at a pattern (its `$ref` followed), to say in the form's words what a value must be. */
export const schemaNode = (pattern: string): SchemaNode | undefined => collect().nodes.get(pattern);

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
