// Lint: ESLint's and typescript-eslint's recommended rules, without type information (fast
// enough for every CI run; the compiler's own checks are `npm run typecheck`). Layout is
// Prettier's job (.prettierrc.json); no rule here is about formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.tmp/**',
      '.data/**',
      '**/*.generated.ts',
      '**/test/golden/**',
      'examples/site/vendor/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding left unused on purpose; `h` and `Fragment` are the
      // classic JSX runtime's factory, used by the compiled JSX, not by name in the source.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^(_|h$|Fragment$)', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `ok && run()` and `c ? a() : b()` as statements: the banner's and core's compact style.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // `declare namespace h.JSX` types the banner's own JSX renderer.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // Tests build deliberately malformed input; `any` there is the point, not a hole in the types.
    files: ['**/test/**', 'test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
