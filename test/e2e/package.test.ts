import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** What package.json promises exists once built: the entry, its types, the CLI and the worker. */
it('every file package.json points at exists after the build', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
    exports: Record<string, { types: string; default: string }>;
  };
  const paths = [
    ...Object.values(pkg.bin),
    ...Object.values(pkg.exports).flatMap((e) => [e.types, e.default]),
    'dist/cli.js',
    'dist/worker.js',
  ];
  for (const p of paths) expect(existsSync(join(ROOT, p)), p).toBe(true);
});
