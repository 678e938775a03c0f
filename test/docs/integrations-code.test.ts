// The TypeScript examples of docs/integrations.md (issue 14) compile against the packages'
// sources, with the repository's strict settings: an example that no longer matches the API
// fails here instead of in an integrator's editor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docPath = join(root, 'docs/integrations.md');
const doc = readFileSync(docPath, 'utf8');
/** Where the examples pretend to live: inside the repository, so `paths` and package.json apply. */
const dir = join(root, 'test/docs/.examples');

/**
 * Every ```ts and ```tsx block as a file. A block whose first line is `// name.ts: …` is that
 * file (another example imports it as `./name.js`); the others get a numbered name.
 */
function examples(): Map<string, { line: number; text: string }> {
  const files = new Map<string, { line: number; text: string }>();
  let n = 0;
  for (const m of doc.matchAll(/^```(tsx?)\n([\s\S]*?)^```$/gm)) {
    const text = m[2]!;
    const named = /^\/\/ ([\w-]+\.tsx?):/.exec(text)?.[1];
    files.set(join(dir, named ?? `example-${++n}.${m[1]}`), { line: doc.slice(0, m.index).split('\n').length, text });
  }
  return files;
}

describe('docs/integrations.md TypeScript examples', () => {
  it('type-check against the packages', () => {
    const files = examples();
    // The bundle example, the SPA module and the component that uses it.
    expect(files.size).toBeGreaterThanOrEqual(3);

    const tsconfig = ts.readConfigFile(join(root, 'tsconfig.json'), (f) => ts.sys.readFile(f));
    const { options } = ts.parseJsonConfigFileContent(tsconfig.config, ts.sys, root);
    const host = ts.createCompilerHost({ ...options, noEmit: true });
    const read = host.readFile.bind(host);
    const exists = host.fileExists.bind(host);
    host.readFile = (f) => files.get(f)?.text ?? read(f);
    host.fileExists = (f) => files.has(f) || exists(f);
    // Module resolution looks for the folder before it looks for `./consent.ts` in it.
    const dirExists = host.directoryExists?.bind(host);
    host.directoryExists = (d) => d === dir || (dirExists ? dirExists(d) : ts.sys.directoryExists(d));
    const program = ts.createProgram([...files.keys()], { ...options, noEmit: true }, host);

    const problems = [...files].flatMap(([file, { line }]) => {
      const sf = program.getSourceFile(file)!;
      return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
        const at = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line;
        return `docs/integrations.md line ${line + 1 + at}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    });
    expect(problems).toEqual([]);
  });
});
