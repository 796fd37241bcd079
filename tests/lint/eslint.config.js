// ESLint (flat config): `npm run lint`, zero warnings allowed (--max-warnings 0). It lives
// here, not at the top of the repo (which keeps only the site's own files), so the scripts
// pass --config; `basePath` makes its patterns relative to the repo, not to this folder.
// TypeScript through typescript-eslint's recommended rules (syntax only, no type
// information: `astro check` already type-checks everything, strictly), Astro
// components through eslint-plugin-astro, Preact hooks through the React hooks
// rules (Preact's hooks follow the same rules). Formatting is Prettier's job.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every pattern below is relative to the repo, two folders up from this file. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig([
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'coverage/', 'test-results/', 'tests/.tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Components, and the hooks the kit writes in plain .ts files (useModel, useDeferred, …).
    files: ['**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
]).map((config) => ({ basePath: ROOT, ...config }));
