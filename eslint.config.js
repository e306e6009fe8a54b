// ESLint: correctness rules for TypeScript and Svelte 5, and the layering of src/ (see src/*/README.md).
// Formatting is Prettier's (npm run format); eslint-config-prettier is not needed as no stylistic rule is on.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { layerRules } from './scripts/lint/layer-rules.js';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'bench-results/',
      '.shots/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'datasets/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // State is $state/$derived and replaced, never mutated in place; a Map or Set built inside a
      // function to compute a value is not state, which is all this rule finds here.
      'svelte/prefer-svelte-reactivity': 'off',
      // {' · '} keeps a separator's spaces where Prettier reflows text; it is not useless.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  ...layerRules,
);
