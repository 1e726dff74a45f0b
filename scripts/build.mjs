// Builds dist/: the CLI and the public API bundled with their dependencies (one file to
// load at start-up, and a chunk per command loaded on demand), the offline form's browser
// script, and type declarations from tsc.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require() or read __filename (write-file-atomic
  // names its temporary files with it); give the ESM bundle both, the latter under its own name.
  banner: {
    js: "import { createRequire as __attuneRequire } from 'node:module'; import { fileURLToPath as __attunePath } from 'node:url'; const require = __attuneRequire(import.meta.url); const __attuneFilename = __attunePath(import.meta.url);",
  },
  define: { __filename: '__attuneFilename' },
};

await build({
  ...shared,
  entryPoints: {
    cli: 'src/cli/entry.ts',
    index: 'src/index.ts',
    worker: 'src/io/worker.ts',
  },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// What attune's own scripts, benchmarks and tests of the built code load (src/internals.ts):
// built on its own, so that the package's chunks do not change for it, and left out of the
// package (package.json `files`).
await build({
  ...shared,
  entryPoints: { internals: 'src/internals.ts' },
  outdir: 'dist/dev',
});

// The offline form's script: for browsers, one self-contained file that `attune form` inlines.
// Not minified, so that anyone can read what the page does.
await build({
  entryPoints: ['src/form/client.ts'],
  outfile: 'dist/form-client.js',
  // The form's messages arrive already parsed (core/messages.ts, compiledMessages), so the
  // browser needs intl-messageformat's formatter but not its parser: formatjs's own no-parser
  // build stands in for it, and keeps the script small.
  alias: {
    '@formatjs/icu-messageformat-parser':
      './node_modules/@formatjs/icu-messageformat-parser/lib/no-parser.js',
  },
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
});
