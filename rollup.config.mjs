// All browser builds, and every package's CommonJS entry. Each package's ESM (and CommonJS) build
// keeps its dependencies external (the site's bundler dedupes them); the script-tag bundle
// `akkoord.js` inlines everything and is the one whose every byte is counted (npm run bench,
// scripts/size-check.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkgs = ['core', 'consent-log', 'banner'];
/** Everything rollup compiles: the studio bundles the (browser-safe) generator and scanner parts. */
const browserPkgs = [...pkgs, 'privacy-statement', 'scanner', 'studio'];
/** Subpath entries, mapped like the root tsconfig `paths`. */
const subpaths = { '@akkoord/scanner/browser': `${root}packages/scanner/src/browser.ts` };

/** @akkoord/x -> packages/x/src/index.ts, like the root tsconfig `paths`. */
const workspaceSources = () => ({
  name: 'akkoord-workspace-sources',
  resolveId(id) {
    if (subpaths[id]) return subpaths[id];
    const m = /^@akkoord\/([a-z-]+)$/.exec(id);
    return m ? `${root}packages/${m[1]}/src/index.ts` : null;
  },
});

const ts = () =>
  typescript({
    tsconfig: `${root}tsconfig.base.json`,
    // Browser code only: the Node packages are compiled by tsc (scripts/build.mjs).
    include: browserPkgs.map((p) => `${root}packages/${p}/src/**/*`),
    compilerOptions: {
      module: 'ESNext',
      moduleResolution: 'Bundler',
      // Siblings from source, as in the root tsconfig: a clean clone has no dist/ yet.
      paths: {
        ...Object.fromEntries(browserPkgs.map((p) => [`@akkoord/${p}`, [`${root}packages/${p}/src/index.ts`]])),
        ...Object.fromEntries(Object.entries(subpaths).map(([id, file]) => [id, [file]])),
      },
      // The generator's CLI files sit in the same src/ as its browser-safe library; their Node
      // types must resolve here although only the library ends up in a bundle.
      types: ['node'],
      declaration: false,
      sourceMap: false,
      noEmitOnError: true,
    },
  });

/**
 * One shared mangle config: internal fields start with `_` and are renamed (STYLE habit 10).
 * The preamble is Chrome's explicit compile hint: nearly every function of a script-tag bundle
 * runs at start-up, and compiling them with the script (off the main thread while a `<script src>`
 * streams in) instead of one by one on first call cut the banner's script time by about a third
 * for 29 bytes (docs/banner-speed.md). Other browsers read it as a comment.
 */
const minify = () =>
  terser({
    ecma: 2020,
    module: false,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true, drop_debugger: true },
    mangle: { properties: { regex: /^_[a-zA-Z]/ } },
    format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
  });

const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/**
 * CommonJS beside each ESM build, for `require()` on Node 20 (which cannot require ES modules
 * before 20.19) and older tools. Named exports only, like the ESM; `default` interop gives a
 * CommonJS dependency's `module.exports` as its default import, as Node's ESM loader does.
 */
const cjs = (file) => ({ file, format: 'cjs', exports: 'named', interop: 'default', inlineDynamicImports: true });

const esm = pkgs.map((p) => ({
  input: `packages/${p}/src/index.ts`,
  external,
  plugins: [json({ preferConst: true, compact: true }), ts()],
  output: [{ file: `packages/${p}/dist/index.js`, format: 'es' }, cjs(`packages/${p}/dist/index.cjs`)],
}));

/**
 * The Node packages are compiled by tsc (scripts/build.mjs), one ES module per source file; their
 * CommonJS entries are rolled from that output in a second pass (`AKKOORD_BUILD=cjs`, run by
 * scripts/build.mjs after tsc). JSON imports are inlined and `import.meta.url` becomes the file's
 * own URL, so paths to the package's locales, data and dashboard still resolve from dist/.
 */
const nodeEntries = {
  'consent-log-server': ['index'],
  'privacy-statement': ['index'],
  scanner: ['index', 'browser'],
};
const nodeCjs = Object.entries(nodeEntries).flatMap(([p, names]) =>
  names.map((name) => ({
    input: `packages/${p}/dist/${name}.js`,
    external,
    plugins: [json({ preferConst: true, compact: true })],
    output: cjs(`packages/${p}/dist/${name}.cjs`),
  })),
);

const scriptTag = (input, file) => ({
  input,
  plugins: [workspaceSources(), resolve({ browser: true }), json({ preferConst: true, compact: true }), ts()],
  output: { file, format: 'iife', plugins: [minify()] },
});

// A package whose entry does not exist yet is left out, so one package can be built before the
// others exist. `ONLY=core,banner npx rollup -c` builds just those packages.
const only = process.env.ONLY?.split(',');
const wanted = (cfg) => existsSync(cfg.input) && (!only || only.some((p) => cfg.input.startsWith(`packages/${p}/`)));

// The privacy studio: a static browser app (issue 4). Its public/ files are copied by scripts/build.mjs.
const studio = {
  input: 'packages/studio/src/main.tsx',
  plugins: [
    workspaceSources(),
    resolve({ browser: true, preferBuiltins: false }),
    commonjs(),
    json({ preferConst: true, compact: true }),
    ts(),
  ],
  output: {
    dir: 'packages/studio/dist',
    format: 'es',
    entryFileNames: 'studio.js',
    chunkFileNames: '[name]-[hash].js',
    // Plain terser: the unsafe options that pay off in our own bundles (arrows for functions,
    // pure getters) break third-party code such as ajv, whose functions get a new prototype.
    plugins: [terser({ ecma: 2020, format: { comments: false } })],
  },
};

const browserBuilds = [
  ...esm,
  scriptTag('packages/banner/src/script-tag.ts', 'packages/banner/dist/akkoord.js'),
  // The same banner with the consent-log client, for sites that run a collector.
  scriptTag('packages/banner/src/script-tag-log.ts', 'packages/banner/dist/akkoord-with-log.js'),
  studio,
];

export default (process.env.AKKOORD_BUILD === 'cjs' ? nodeCjs : browserBuilds).filter(wanted);
