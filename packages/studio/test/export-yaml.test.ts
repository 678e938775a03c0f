import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportYaml } from '../src/export-yaml.js';
import { readDeclarations } from '../src/generator.js';

const dir = new URL('../../../examples/declarations/', import.meta.url);
const examples = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('YAML export', () => {
  it.each(examples)('%s reads back to the identical declarations', (file) => {
    const first = readDeclarations(readFileSync(new URL(file, dir), 'utf8'), file);
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const again = readDeclarations(exportYaml(first.data), `exported-${file}`);
    if (!again.ok) throw new Error(again.errors.join('\n'));
    expect(again.data).toEqual(first.data);
  });

  it('keeps strings that look like numbers, dates or booleans as strings', () => {
    const d = { meta: { version: '2.10', effectiveDate: '2026-01-01' }, organisation: { kvk: '01234567', legalName: 'true' } };
    const again = readDeclarations(exportYaml(d), 'x.yaml');
    expect(again.ok && again.data).toEqual(d);
  });

  it('reports a syntax error with line and column', () => {
    const r = readDeclarations('meta:\n  version: "1\norganisation: [', 'broken.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^broken\.yaml:\d+:\d+ /);
  });
});
