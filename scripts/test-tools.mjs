// Installs the tools some tests need that cannot be in attune's lock file (test/tools/package.json
// says why), once: npm test runs this first.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = new URL('../test/tools/', import.meta.url).pathname;
if (!existsSync(`${dir}node_modules/@duckdb/node-api`)) {
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      dir,
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    { stdio: 'inherit' },
  );
}
