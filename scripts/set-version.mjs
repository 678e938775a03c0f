// `node scripts/set-version.mjs 0.2.0`: the one step of a release that edits files (docs/releasing.md).
// Every package is released together under one version, so this sets it in the root and every
// workspace package.json, and sets each sibling dependency to `^<version>`. `npm version
// --workspaces` does the first but not the second, and on 0.x a minor release needs the second:
// ^0.1.0 does not accept 0.2.0. scripts/pack-check.mjs fails when the two disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
  console.error(`set-version: give the new version as x.y.z (or x.y.z-rc.1), got ${JSON.stringify(version ?? '')}`);
  process.exit(2);
}
const repo = resolve(import.meta.dirname, '..');
const root = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
for (const dir of ['.', ...root.workspaces]) {
  const file = join(repo, dir, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  pkg.version = version;
  for (const field of ['dependencies', 'peerDependencies', 'devDependencies']) {
    for (const dep of Object.keys(pkg[field] ?? {})) {
      if (dep.startsWith('@akkoord/')) pkg[field][dep] = `^${version}`;
    }
  }
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`set-version: ${pkg.name} ${version}`);
}
console.log('set-version: now run `npm install --package-lock-only --ignore-scripts` so package-lock.json agrees');
