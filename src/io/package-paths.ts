import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MB, readBytesSync } from './read-file.js';

/** attune's own package.json, read as every file is (read-file.ts). */
function manifestOf(file: string): { name?: string; version?: string } {
  const read = readBytesSync(file, 1 * MB);
  if (!read.ok) throw new Error(`${file} is over 1 MB: not attune's package.json`);
  return JSON.parse(read.bytes.toString('utf8')) as { name?: string; version?: string };
}

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
    if (existsSync(manifest) && manifestOf(manifest).name === 'attune') {
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
  return manifestOf(join(packageRoot(), 'package.json')).version ?? '0.0.0';
}
