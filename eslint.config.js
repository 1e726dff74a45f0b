import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'bench/node_modules/',
      'bench/.work/',
      '.scratch/',
      'test/fixtures/',
      '.ci/node/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    // The core is pure: data in, data out. No files, no process, no terminal.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'chalk',
            '@inquirer/*',
            '../io/*',
            '../cli/*',
            '../render/*',
            'yaml',
            'handlebars',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'console'],
    },
  },
  {
    // Nothing below the CLI prints.
    files: ['src/core/**/*.ts', 'src/io/**/*.ts', 'src/render/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // The offline form's browser script: framework text goes into the page as text, never as
    // markup, and nothing is fetched or evaluated.
    files: ['src/form/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Put text in with textContent or the h() helper, never as markup.',
        },
        {
          selector: 'CallExpression[callee.property.name="insertAdjacentHTML"]',
          message: 'Put text in with textContent or the h() helper, never as markup.',
        },
        {
          selector:
            'CallExpression[callee.object.name="document"][callee.property.name=/^(write|writeln)$/]',
          message: 'Put text in with textContent or the h() helper, never as markup.',
        },
        {
          selector: 'CallExpression[callee.property.name="createContextualFragment"]',
          message: 'Put text in with textContent or the h() helper, never as markup.',
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // Plain scripts (bin, build, bench) are linted without type information.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, program: null },
      globals: {
        URL: 'readonly',
        process: 'readonly',
        console: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
);
