// Lint rules, with the project's boundaries: shared/ is platform-free, the renderer never
// imports Node or Electron, and React components never touch RxDB or the bridge directly.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', 'react', 'react-dom', 'react/*', '@mui/*', 'node:*'],
              message: 'shared/ is platform-free: no Electron, React, MUI or Node.',
            },
            {
              group: ['rxdb/plugins/*', '../renderer/*', '../../renderer/*', '../electron/*', '../../electron/*'],
              message: 'shared/ may not depend on the renderer, Electron or RxDB plugins.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/domain/**/*.ts', 'shared/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['rxdb', 'rxdb/*', 'electron', 'react', 'react/*', '@mui/*', 'node:*'],
              message: 'Domain rules and document builders are pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', 'node:*', 'fs', 'path'],
              message: 'The renderer reaches Electron only through the preload bridge (src/platform).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.tsx', 'renderer/src/features/**/hooks.ts'],
    ignores: ['renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['rxdb', 'rxdb/*'], message: 'Components read and write through repositories and hooks, never RxDB directly.' },
            { group: ['electron', 'electron/*', 'node:*'], message: 'The renderer reaches Electron only through src/platform.' },
          ],
        },
      ],
    },
  },
  {
    // The public portal is a small static page: plain DOM, the publication contract and pure
    // helpers only, never the app's data layer, React or MUI (it must stay under 100 kB gzip).
    files: ['renderer/portal/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/renderer/src/*',
                '**/renderer/src/**',
                'rxdb',
                'rxdb/*',
                'pouchdb*',
                'react',
                'react-dom',
                'react/*',
                '@mui/*',
                '@emotion/*',
                'electron',
                'node:*',
              ],
              message: 'The portal reads only published documents: no app code, data layer, React, MUI or Node.',
            },
          ],
        },
      ],
    },
  },
  {
    // The service worker template runs in the worker's own global scope; the build fills in its lists.
    files: ['scripts/service-worker-template.js'],
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE__: 'readonly', __VERSION__: 'readonly' } },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
