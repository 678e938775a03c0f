/** Shared test fixtures: the example declarations files and a loader that fails loudly. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDeclarations } from '../src/parse-declarations.js';
import type { Declarations } from '../src/types.js';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Folder with the example declarations. */
export const EXAMPLES_DIR = `${ROOT}examples/declarations/`;
/** Golden output folder. */
export const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

/** Example file names (`demo-site.yaml`, …), sorted. */
export const exampleFiles = (): string[] =>
  readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();

/** Reads and parses an example; throws on syntax errors so a broken example fails the test. */
export function loadExample(file: string): Declarations {
  const parsed = parseDeclarations(readFileSync(EXAMPLES_DIR + file, 'utf8'), file);
  if (!parsed.data) throw new Error(parsed.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n'));
  return parsed.data;
}

/** A deep copy, so a test can change an example without affecting others. */
export const clone = <T>(x: T): T => structuredClone(x);
