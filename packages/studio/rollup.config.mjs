// Builds only the studio, from the root config's studio entry, with one change: terser's
// `unsafe_arrows` is off. markdown-it 15 wraps its class in a function that uses `new.target`
// and assigns `prototype`; turned into an arrow, that throws at load ("Cannot assign to read
// only property 'prototype'") and the studio never starts. The root config's shared minifier
// has `unsafe_arrows: true`, which is right for the banner (no such code) and wrong here.
// The TypeScript plugin is also narrowed to the packages the studio imports, so files other
// packages create and delete while they work (e.g. temporary sources) cannot break this build.
// Usage (from the repo root): npx rollup -c packages/studio/rollup.config.mjs
import { fileURLToPath } from 'node:url';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const used = ['studio', 'privacy-statement', 'core'];

process.env.ONLY = 'studio';
const { default: all } = await import('../../rollup.config.mjs');
const studio = all.find((c) => c.input === 'packages/studio/src/main.tsx');
if (!studio) throw new Error('rollup.config.mjs has no studio entry (packages/studio/src/main.tsx)');

const ts = typescript({
  tsconfig: `${root}tsconfig.base.json`,
  include: used.map((p) => `${root}packages/${p}/src/**/*`),
  compilerOptions: {
    module: 'ESNext',
    moduleResolution: 'Bundler',
    paths: Object.fromEntries(used.map((p) => [`@akkoord/${p}`, [`${root}packages/${p}/src/index.ts`]])),
    declaration: false,
    sourceMap: false,
    noEmitOnError: true,
    // The generator's CLI files are type-checked with the rest of its src; they are not bundled.
    types: ['node'],
  },
});

export default {
  ...studio,
  plugins: studio.plugins.map((p) => (p && p.name === 'typescript' ? ts : p)),
  output: {
    ...studio.output,
    plugins: [
      terser({
        ecma: 2020,
        module: true,
        compress: { passes: 2, pure_getters: true, unsafe_arrows: false, drop_debugger: true },
        mangle: true,
        format: { comments: false },
      }),
    ],
  },
};
