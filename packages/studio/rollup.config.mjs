// Builds only the studio, from the root config's studio entry, with one change: terser's
// `unsafe_arrows` is off. markdown-it 15 wraps its class in a function that uses `new.target`
// and assigns `prototype`; turned into an arrow, that throws at load ("Cannot assign to read
// only property 'prototype'") and the studio never starts. The root config's shared minifier
// has `unsafe_arrows: true`, which is right for the banner (no such code) and wrong here.
// Usage (from the repo root): npx rollup -c packages/studio/rollup.config.mjs
import terser from '@rollup/plugin-terser';

process.env.ONLY = 'studio';
const { default: all } = await import('../../rollup.config.mjs');
const studio = all.find((c) => c.input === 'packages/studio/src/main.tsx');
if (!studio) throw new Error('rollup.config.mjs has no studio entry (packages/studio/src/main.tsx)');

export default {
  ...studio,
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
