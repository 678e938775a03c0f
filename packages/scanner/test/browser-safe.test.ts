/**
 * src/browser.ts is what the studio bundles from the scanner: everything it imports at run time,
 * followed file by file (into sibling packages too), must run in a browser. Type-only imports
 * vanish when compiled, so they are not followed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = `${PACKAGES}scanner/src/browser.ts`;
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Run-time import specifiers of one file: `import … from`, `export … from`, bare `import '…'` and `import('…')`. */
function runtimeImports(source: string): string[] {
  const out: string[] = [];
  // Statements start a line; comments (which start with // or *) never match.
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*'([^']+)'/gm)) {
    const clause = m[3] ?? '';
    // `import type …` and `import { type A, type B }` are erased; `import { a, type B }` is not.
    const allTypes =
      /^\{[^}]*\}$/.test(clause) &&
      clause
        .slice(1, -1)
        .split(',')
        .every((n) => !n.trim() || /^type\s/.test(n.trim()));
    if (!m[2] && !allTypes) out.push(m[4] as string);
  }
  for (const m of source.matchAll(/^\s*import\s*'([^']+)'/gm)) out.push(m[1] as string);
  for (const m of source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) out.push(m[1] as string);
  return out;
}

/** A relative or workspace specifier as a source file; `undefined` for a package from node_modules. */
function resolveLocal(from: string, spec: string): string | undefined {
  const sibling = /^@akkoord\/([a-z-]+)$/.exec(spec);
  if (sibling) return `${PACKAGES}${sibling[1]}/src/index.ts`;
  if (!spec.startsWith('.')) return undefined;
  const target = resolve(dirname(from), spec);
  for (const candidate of [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), target])
    if (existsSync(candidate)) return candidate;
  throw new Error(`${from}: cannot resolve ${spec}`);
}

/** Every file reached from the entry and every package it imports from node_modules. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.json')) continue;
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      const local = resolveLocal(file, spec);
      if (local) queue.push(local);
      else packages.add(spec);
    }
  }
  return { files: [...files].map((f) => f.slice(PACKAGES.length)).sort(), packages: [...packages].sort() };
}

describe('@akkoord/scanner/browser', () => {
  const graph = importGraph(ENTRY);

  test('the import reader sees through type-only imports and follows value imports', () => {
    expect(
      runtimeImports(
        "import type { A } from './a.js';\nimport { type B, c } from './c.js';\nimport { type D } from './d.js';\nexport type { E } from './e.js';\nexport { f } from './f.js';\nimport g from '../g.json' with { type: 'json' };\n// import x from 'node:fs';\n",
      ),
    ).toEqual(['./c.js', './f.js', '../g.json']);
  });

  test('reaches the report wording, the new entries and the format check', () => {
    for (const f of [
      'scanner/src/report-i18n.ts',
      'scanner/src/new-cookie-entries.ts',
      'scanner/src/check-scan-report.ts',
      'scanner/locales/nl/scanner.json',
    ])
      expect(graph.files).toContain(f);
  });

  test('imports no Node built-in, no playwright and nothing of the scan itself', () => {
    expect(graph.packages.filter((p) => builtins.has(p) || p.startsWith('node:'))).toEqual([]);
    expect(graph.packages.filter((p) => p.includes('playwright'))).toEqual([]);
    for (const f of ['scan-site.ts', 'visit-page.ts', 'scan-cli.ts', 'cookie-database.ts', 'write-declarations.ts'])
      expect(graph.files).not.toContain(`scanner/src/${f}`);
  });

  test('needs no package from node_modules but i18next and what @akkoord/core uses (the bundle stays small)', () => {
    expect(graph.packages).toEqual(['i18next']);
  });
});
