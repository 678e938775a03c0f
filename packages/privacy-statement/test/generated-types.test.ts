/**
 * The TypeScript types of the declarations are generated from the JSON Schema (the one source of
 * the shape). This is the CI check that the committed file is what the schema generates today.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTypes } from '../scripts/generate-types.mjs';
import { declarationsSchema } from '../src/schema-check.js';

const committed = () => readFileSync(new URL('../src/declarations.generated.ts', import.meta.url), 'utf8');

describe('declarations.generated.ts', () => {
  it('is what the schema generates (else run npm run generate -w @akkoord/privacy-statement)', async () => {
    expect(committed(), 'src/declarations.generated.ts is out of date: run npm run generate -w @akkoord/privacy-statement').toBe(
      await generateTypes(),
    );
  });

  it('changes when the schema changes, so the check above can fail', async () => {
    const schema = structuredClone(declarationsSchema) as { properties: { meta: { properties: Record<string, object> } } };
    schema.properties.meta.properties['reviewer'] = { type: 'string', description: 'Who reviewed it.' };
    const text = await generateTypes(schema);
    expect(text).not.toBe(committed());
    expect(text).toMatch(/Who reviewed it\.\s*\*\/\s*reviewer\?: string;/);
  });

  it('names each schema type once and keeps descriptions and defaults as TSDoc', () => {
    const text = committed();
    // A `$ref` with its own description must not become a numbered copy of the referenced type.
    expect(text.match(/^export (?:type|interface) [A-Za-z]+\d+\b/gm)).toBeNull();
    expect(text).toMatch(/Where the recipient is established\.\s*\*\s*\*\s*@default "NL"\s*\*\/\s*country\?: Country;/);
    expect(text).toMatch(/^export type LegalBasis = 'consent' \| /m);
    expect(
      text.startsWith('/*\n * generated from schema/declarations.schema.json; run npm run generate -w @akkoord/privacy-statement'),
    ).toBe(true);
  });
});
