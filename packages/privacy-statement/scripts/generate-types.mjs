/**
 * Writes src/declarations.generated.ts, the TypeScript types of the declarations file, from
 * schema/declarations.schema.json: the schema is the one source of the shape, its `title`s are
 * the type names and its `description`s the TSDoc. test/generated-types.test.ts regenerates in
 * memory and fails when the committed file differs, so a schema change without `npm run generate`
 * cannot pass CI.
 *
 *   npm run generate -w @akkoord/privacy-statement
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const SCHEMA = fileURLToPath(new URL('../schema/declarations.schema.json', import.meta.url));
const OUT = fileURLToPath(new URL('../src/declarations.generated.ts', import.meta.url));

const BANNER = `/*
 * generated from schema/declarations.schema.json; run npm run generate -w @akkoord/privacy-statement
 * Do not edit: change the schema (titles are type names, descriptions the TSDoc) and regenerate.
 */`;

/**
 * The schema as the compiler should read it; the published schema stays as it is.
 * - A `$ref` with a description of its own (`effectiveDate` → date) would make the compiler
 *   merge the two into a new, numbered copy of the referenced type (`IsoDate1`); wrapped in
 *   `allOf` it keeps the referenced name and puts the description on the property.
 * - JSON Schema's `default` is not a comment for the compiler: it is added as `@default`.
 * - `if: { not: { required: [preset] } }, then: { required: [...] }` (a recipient with a preset
 *   may leave out what the preset fills in): the types describe the declarations after presets
 *   are resolved, so the `then` fields count as required.
 */
function forCompiler(node) {
  if (Array.isArray(node)) return node.map(forCompiler);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === 'default' || k === 'enum' || k === 'const' ? v : forCompiler(v);
  if (out.if && out.then?.required) {
    const { if: _if, then, ...rest } = out;
    return { ...rest, required: [...(rest.required ?? []), ...then.required] };
  }
  if ('default' in out) out.description = `${out.description ? `${out.description}\n\n` : ''}@default ${JSON.stringify(out.default)}`;
  if (out.$ref && Object.keys(out).length > 1) {
    const { $ref, ...rest } = out;
    return { allOf: [{ $ref }], ...rest };
  }
  return out;
}

/** The generated module's text for `schema` (the parsed declarations schema). */
export async function generateTypes(schema = JSON.parse(readFileSync(SCHEMA, 'utf8'))) {
  return compile(forCompiler(schema), 'Declarations', {
    bannerComment: BANNER,
    // Every object in the schema says additionalProperties: false; this only covers one that forgets.
    additionalProperties: false,
    // `languages: minItems 1` as a tuple type would make every `Lang[]` in the code a type error.
    ignoreMinAndMaxItems: true,
    // Prettier settings of the repository (.prettierrc.json).
    style: { printWidth: 140, singleQuote: true, trailingComma: 'all', arrowParens: 'always', bracketSpacing: true },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(OUT, await generateTypes());
  console.log(`wrote ${OUT}`);
}
