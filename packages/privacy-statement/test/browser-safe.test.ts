/**
 * The library core must run in a browser (the studio depends on it): only the CLI's file layer
 * may import Node built-ins, and nothing may read the clock or touch window at module level.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const NODE_ONLY = new Set(['cli.ts', 'node-io.ts']);
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(`${dir}${e.name}/`) : e.name.endsWith('.ts') ? [`${dir}${e.name}`] : [],
  );
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('browser-safe core', () => {
  const core = files(SRC).filter((f) => !NODE_ONLY.has(f.slice(SRC.length)));

  it('imports no Node built-in outside cli.ts and node-io.ts', () => {
    const offenders = core.filter((f) =>
      [...readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].some((m) => builtins.has(m[1] as string)),
    );
    expect(offenders.map((f) => f.slice(SRC.length))).toEqual([]);
  });

  it('does not read the clock or randomness (output must be deterministic)', () => {
    const offenders = core.filter((f) => /\bnew Date\(\s*\)|Date\.now\(|Math\.random\(|performance\.now\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(SRC.length))).toEqual([]);
  });

  it('the index does not pull in the CLI', () => {
    expect(readFileSync(`${SRC}index.ts`, 'utf8')).not.toMatch(/cli/);
  });
});
