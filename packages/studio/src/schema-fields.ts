/**
 * The fields of the declarations JSON Schema as path patterns (`purposes[].retention.period`),
 * read with the generator's own schema walker (`walkSchema`). The coverage test checks that every
 * field has a form control; the form uses the known paths to recognise a key the schema does not
 * know (a typo in an imported file), which only a button can remove since no control shows it.
 */
import { walkSchema } from './generator.js';
import { parsePath, patternOf } from './field-path.js';

let cache: { fields: string[]; known: Set<string> } | undefined;
const collect = () => {
  if (!cache) {
    const fields = new Set<string>();
    const known = new Set<string>();
    walkSchema(({ pattern, kind }) => {
      known.add(pattern);
      if (kind === 'field') fields.add(pattern);
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
