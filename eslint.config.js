import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers (README, "Development"): core is pure, io reads and writes files, render makes
 * strings, cli is the shell; data flows one way. An import of another layer at any depth.
 */
const layer = (name, forbidden) => ({
  regex: `^(\\.\\./)+(${forbidden.join('|')}|index\\.js$|api\\.js$|internals\\.js$)(/|$)`,
  message: `${name} may not import ${forbidden.join(', ')} or the entry points: data flows file → io → core → render → cli.`,
});

/** The terminal belongs to the CLI. */
const TERMINAL = ['chalk', 'commander', '@inquirer/prompts', '@inquirer/core'];

/** The core modules the offline form's browser script is built from (src/form). */
const BROWSER_CORE = [
  'conditions',
  'dates',
  'errors',
  'form-model',
  'form-state',
  'framework',
  'languages',
  'messages',
  'own',
  'plural',
  'texts',
  'walk-plan',
  'schema/patterns',
];

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
    // The core is pure: data in, data out. No files, no process, no terminal; of the packages,
    // zod, jstat for the normal quantile of the intervals (plain numbers, no I/O), and
    // intl-messageformat for attune's own words (core/messages.ts, browser-safe).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.|zod$|jstat$|intl-messageformat$)',
              message:
                'The core imports nothing but zod, jstat, intl-messageformat and other core modules.',
            },
            layer('The core', ['io', 'render', 'cli', 'form']),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'console'],
    },
  },
  {
    // Files: io reads and writes, and uses the core; it never formats for people or prompts.
    files: ['src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: TERMINAL, patterns: [layer('The io layer', ['render', 'cli', 'form'])] },
      ],
    },
  },
  {
    // Strings: render turns the core's data into text; it reads no files.
    files: ['src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: TERMINAL, patterns: [layer('The render layer', ['io', 'cli', 'form'])] },
      ],
    },
  },
  {
    // The offline form runs in a browser: it may use only the core modules that carry no zod
    // (which would add about 200 KB to every form) and nothing of Node.
    files: ['src/form/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.\\./core/(?!(${BROWSER_CORE.join('|')})\\.js$)`,
              allowTypeImports: true,
              message: `The form's script may use only these core modules: ${BROWSER_CORE.join(', ')}.`,
            },
            {
              regex: '^(?!\\.)',
              allowTypeImports: true,
              message: "The form's script is bundled for browsers: no packages, nothing of Node.",
            },
            layer('The form', ['io', 'render', 'cli']),
          ],
        },
      ],
    },
  },
  {
    // What those core modules import, the browser gets too: only each other, for values.
    files: BROWSER_CORE.map((m) => `src/core/${m}.ts`),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\./(?!(${BROWSER_CORE.join('|')})\\.js$)`,
              allowTypeImports: true,
              message: `The offline form uses this module in the browser: import values only from ${BROWSER_CORE.join(', ')} (types from anywhere).`,
            },
            { regex: '^zod$', allowTypeImports: true, message: 'The form must not carry zod.' },
          ],
        },
      ],
    },
  },
  {
    // Nothing below the CLI prints.
    files: ['src/core/**/*.ts', 'src/io/**/*.ts', 'src/render/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // zod as a namespace (import * as z), so that the bundle leaves out the locales it does not
    // use: a named import pulled in every locale and tripled the chunk (bench/README.md).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value=/^zod/][importKind!='type'] > ImportSpecifier",
          message: "Import zod as a namespace: import * as z from 'zod'.",
        },
      ],
    },
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
