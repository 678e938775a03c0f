// `npm run build`: browser bundles through rollup, then each package's declarations (and the
// Node packages' JavaScript) through tsc, in dependency order so every package's `types` resolve.
// Then the CommonJS side of every library (`require`), and the script-tag bundles again under
// versioned names with their Subresource Integrity hashes (docs/getting-started.md).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args, env) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
const bin = (name) => `node_modules/.bin/${name}`;
/** Every package published to npm, in dependency order. */
const libraries = ['core', 'consent-log', 'banner', 'consent-log-server', 'privacy-statement', 'scanner'];

for (const p of [...libraries, 'studio']) {
  rmSync(`packages/${p}/dist`, { recursive: true, force: true });
}
run(bin('rollup'), ['-c', '--silent']);
for (const p of libraries) {
  if (existsSync(`packages/${p}/src/index.ts`)) run(bin('tsc'), ['-p', `packages/${p}/tsconfig.json`]);
}
// The Node packages' index.cjs is rolled from tsc's output, so it comes after tsc (rollup.config.mjs).
run(bin('rollup'), ['-c', '--silent'], { AKKOORD_BUILD: 'cjs' });
for (const p of libraries) {
  if (existsSync(`packages/${p}/dist`)) writeCjsDeclarations(`packages/${p}/dist`);
}
if (existsSync('packages/banner/dist/akkoord.js')) writeVersionedScripts('packages/banner');
// The studio's static files (index.html, icons) sit beside its bundle.
if (existsSync('packages/studio/public')) cpSync('packages/studio/public', 'packages/studio/dist', { recursive: true });

/**
 * A `.d.cts` beside every `.d.ts`, with relative imports pointing at the `.cjs` twins. In a
 * `"type": "module"` package a `.d.ts` describes an ES module, and TypeScript (module node16 to
 * nodenext) refuses it to a CommonJS consumer's `require`; the `.d.cts` describes index.cjs.
 */
function writeCjsDeclarations(dir) {
  for (const entry of readdirSync(dir, { recursive: true })) {
    const file = join(dir, String(entry));
    if (!file.endsWith('.d.ts')) continue;
    const text = readFileSync(file, 'utf8').replace(
      /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.js(['"])/g,
      (_, head, path, tail) => `${head}${path}.cjs${tail}`,
    );
    writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), text);
  }
}

/**
 * Each script-tag bundle again as `<name>-<version>.js` (same bytes: a self-hosted site can
 * cache it for ever), and dist/manifest.json with the sha384 integrity of each, for the
 * `integrity` attribute whether the file comes from a CDN that serves npm packages or from the
 * site itself. The unversioned files stay what they are: the size check and the demo read them.
 */
function writeVersionedScripts(pkgDir) {
  const { name, version } = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));
  const scripts = {};
  // akkoord.js, akkoord-with-log.js and any later script-tag bundle (never a versioned copy).
  for (const file of readdirSync(`${pkgDir}/dist`)
    .filter((f) => /^akkoord(-[a-z]+)*\.js$/.test(f))
    .sort()) {
    const bytes = readFileSync(`${pkgDir}/dist/${file}`);
    const versioned = file.replace(/\.js$/, `-${version}.js`);
    writeFileSync(`${pkgDir}/dist/${versioned}`, bytes);
    scripts[file] = {
      versioned,
      integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
      bytes: bytes.length,
    };
  }
  const manifest = { name, version, scripts };
  writeFileSync(`${pkgDir}/dist/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
}
