import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../../..');

/**
 * Compiles consent-log and consent-log-server to plain JS under .tmp/ (tsc, no rollup), with a
 * shim so `@akkoord/consent-log` resolves to the compiled sibling: lets tests spawn the real CLI
 * without depending on `npm run build` or on other packages building. Returns the cli.js path.
 */
export function buildCli(name: string): string {
  const out = join(ROOT, '.tmp', `consent-log-${name}-${process.pid}`);
  mkdirSync(out, { recursive: true });
  const tsconfig = join(out, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.base.json'),
      compilerOptions: {
        rootDir: join(ROOT, 'packages'),
        outDir: out,
        declaration: false,
        types: ['node'],
        paths: { '@akkoord/consent-log': [join(ROOT, 'packages/consent-log/src/index.ts')] },
      },
      files: [join(ROOT, 'packages/consent-log-server/src/cli.ts')],
    }),
  );
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', tsconfig], { stdio: 'pipe' });
  const shim = join(out, 'node_modules/@akkoord/consent-log');
  mkdirSync(shim, { recursive: true });
  writeFileSync(join(shim, 'package.json'), JSON.stringify({ name: '@akkoord/consent-log', type: 'module', main: 'index.js' }));
  writeFileSync(join(shim, 'index.js'), "export * from '../../../consent-log/src/index.js';\n");
  return join(out, 'consent-log-server/src/cli.js');
}
