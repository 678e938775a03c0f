// `npm run build`: browser bundles through rollup, then each package's declarations (and the
// Node packages' JavaScript) through tsc, in dependency order so every package's `types` resolve.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

for (const p of ['core', 'consent-log', 'banner', 'consent-log-server', 'privacy-statement', 'scanner', 'studio']) {
  rmSync(`packages/${p}/dist`, { recursive: true, force: true });
}
run(bin('rollup'), ['-c', '--silent']);
for (const p of ['core', 'consent-log', 'banner', 'consent-log-server', 'privacy-statement', 'scanner']) {
  if (existsSync(`packages/${p}/src/index.ts`)) run(bin('tsc'), ['-p', `packages/${p}/tsconfig.json`]);
}
// The studio's static files (index.html, icons) sit beside its bundle.
if (existsSync('packages/studio/public')) cpSync('packages/studio/public', 'packages/studio/dist', { recursive: true });
