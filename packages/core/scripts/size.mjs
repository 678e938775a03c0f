// Size of @akkoord/core as the script-tag bundle carries it: the exports the banner uses,
// js-cookie inlined, minified with the repo's terser settings, then gzip and brotli.
// Builds from src with its own TypeScript include, so other packages' work in progress cannot
// break the measurement. Run from the repo root: `node packages/core/scripts/size.mjs`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { minify } from 'terser';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'akkoord-core-size-'));
const entry = join(dir, 'entry.js');
writeFileSync(
  entry,
  `import { safeConsent, createGate, consentMode, resolveLanguage, grantables } from ${JSON.stringify(`${root}packages/core/src/index.ts`)};
window.akkoordCore = { safeConsent, createGate, consentMode, resolveLanguage, grantables };`,
);
const build = async (external) => {
  const bundle = await rollup({
    input: entry,
    external,
    plugins: [
      resolve({ browser: true }),
      typescript({
        tsconfig: `${root}tsconfig.base.json`,
        include: [`${root}packages/core/src/**/*`],
        compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', declaration: false, sourceMap: false },
      }),
    ],
  });
  const { output } = await bundle.generate({ format: 'iife' });
  return (
    await minify(output[0].code, {
      ecma: 2020,
      compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
      mangle: { properties: { regex: /^_[a-zA-Z]/ } },
      format: { comments: false },
    })
  ).code;
};
const sizes = (code) => ({
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
try {
  console.log('core + js-cookie', sizes(await build([])));
  console.log('core alone      ', sizes(await build(['js-cookie'])));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
