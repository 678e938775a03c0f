/** Types of generate-types.mjs, for test/generated-types.test.ts. */

/** The text of src/declarations.generated.ts for `schema` (default: schema/declarations.schema.json as on disk). */
export function generateTypes(schema?: object): Promise<string>;
