import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.venv*/**',
      'test-results*/**',
      'playwright-report/**',
      'bench/results/**',
      // The bench's private copy of dist/, and vitest's failure screenshots.
      'bench/.tmp/**',
      'test-results*/**',
      '**/__screenshots__/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Lit elements here use light DOM and are defined through @block, which the plugin cannot see.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Components are leaves: properties down, events up. They import only base and internal.
    files: ['components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/src/engine/**',
                '**/src/store/**',
                '**/src/config/**',
                '**/src/render/**',
                '**/src/source/**',
                '**/src/theme/**',
                '**/src/fallback/**',
                '**/src/app-session*',
                '**/src/gradio-app*',
                '@gradio/client',
              ],
              message: 'Components know nothing of servers: import only from src/base and src/internal.',
            },
            {
              // ../<other>/ from a component file, ../../<other>/ from its internal/ folder.
              regex: '^(\\.\\./){1,2}(?!common/|src/|\\.\\./|internal/)[^./][^/]*/',
              message:
                "A component never imports another component's folder: shared parts live in components/common/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/store/**/*.ts', 'src/config/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '**/render/**'],
              message: 'The engine, store and config never touch DOM or Lit.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'bench/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
