import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder attune is installed in, found by walking up from this module to attune's own
 * package.json: the same answer from the sources (tests) and from the bundled build.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'attune'
    ) {
      root = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the attune package folder');
    dir = up;
  }
}

export const bundledFrameworksDir = () => join(packageRoot(), 'frameworks');
export const templatesDir = () => join(packageRoot(), 'templates');
/** The offline form's browser script, bundled from src/form/ by the build. */
export const formScriptFile = () => join(packageRoot(), 'dist', 'form-client.js');

export function packageVersion(): string {
  return (
    JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }
  ).version;
}
