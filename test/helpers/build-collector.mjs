// The collector compiled from the current sources by tsc (no rollup), for the tests that spawn the
// real CLI and for the bench: not the dist, which may be stale or deleted half-way by a build
// running beside them. One definition for both.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Compiles consent-log-server (and the consent-log sources it imports) into `out`, with a shim so
 * `@akkoord/consent-log` resolves to the compiled sibling. Returns `out`; the CLI is
 * `<out>/consent-log-server/src/cli.js`. With `lenient` (the bench), JavaScript that tsc emitted
 * despite type errors is used with a warning; otherwise any tsc error throws. `root` is where the
 * `packages/` sources are: this checkout, or an older commit's sources a bench compares with.
 */
export function buildCollector(out, { lenient = false, root = ROOT } = {}) {
  mkdirSync(out, { recursive: true });
  const tsconfig = join(out, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.base.json'),
      compilerOptions: {
        rootDir: join(root, 'packages'),
        outDir: out,
        declaration: false,
        types: ['node'],
        // This checkout's type packages also for sources outside it.
        typeRoots: [join(ROOT, 'node_modules/@types')],
        paths: { '@akkoord/consent-log': [join(root, 'packages/consent-log/src/index.ts')] },
      },
      files: [join(root, 'packages/consent-log-server/src/cli.ts')],
    }),
  );
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', tsconfig], { stdio: 'pipe' });
  } catch (e) {
    // tsc still writes the JavaScript when only types are wrong (status 2 with output).
    if (!lenient || e.status !== 2 || !existsSync(join(out, 'consent-log-server/src/cli.js'))) throw e;
    console.warn(`the consent-log sources have type errors; using what tsc emitted:\n${e.stdout}`);
  }
  const shim = join(out, 'node_modules/@akkoord/consent-log');
  mkdirSync(shim, { recursive: true });
  writeFileSync(join(shim, 'package.json'), JSON.stringify({ name: '@akkoord/consent-log', type: 'module', main: 'index.js' }));
  writeFileSync(join(shim, 'index.js'), "export * from '../../../consent-log/src/index.js';\n");
  return out;
}
