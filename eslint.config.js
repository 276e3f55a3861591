// ESLint on the TypeScript with type information (from tsconfig.test.json, which covers src/, __tests__/
// and test-support/); the scripts and config files are plain JS, linted without types.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'build/', 'coverage/', 'fixtures/', '.bench/', '**/*.generated.js', '**/*.generated.d.ts'] },
  js.configs.recommended,
  {
    rules: {
      // The sanitizers and their tests match control characters on purpose (escaping them is their job).
      'no-control-regex': 'off',
      // The error classifiers walk .cause: attaching one would change how a failure is told; the message names it.
      'preserve-caught-error': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // The project service would pick the nearest tsconfig.json, which covers src/ only: name the one with the tests.
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Async stand-ins and IO implement Promise-returning interfaces without needing an await.
      '@typescript-eslint/require-await': 'off',
      // String() of an unknown value is how messages show what a hostile file holds; objects are told apart first.
      '@typescript-eslint/no-base-to-string': 'off',
      // The project's convention (as tsc's noUnusedLocals allows): a leading _ names what is left out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['__tests__/**/*.ts'],
    rules: {
      // Tests read the tool's JSON output with JSON.parse and check its shape with expect, which is the assertion.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // expect(object.method).toHaveBeenCalled() passes methods unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test-support/**/*.mjs', '*.js'],
    languageOptions: { globals: globals.node },
  },
);
