import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundledFrameworksDir } from './package-paths.js';
import { readHeadSync } from './read-file.js';

export interface CatalogEntry {
  id: string;
  file: string;
  origin: 'bundled' | 'local';
}

const YAML_FILE = /\.ya?ml$/i;
/** Reads `id:` from the top level of a framework file without parsing all of it. */
const ID_LINE = /^id:[ \t]*["']?([a-z0-9]+(?:-[a-z0-9]+)*)["']?[ \t]*(?:#.*)?$/m;

function scan(dir: string, origin: CatalogEntry['origin']): CatalogEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => YAML_FILE.test(n))
      .sort();
  } catch {
    return [];
  }
  const out: CatalogEntry[] = [];
  for (const name of names) {
    const file = join(dir, name);
    // The top of the file only, and only of a regular file: a pipe or a huge file in
    // ./frameworks cannot hold up every command that looks a framework up by id.
    const head = readHeadSync(file, 64 * 1024)?.toString('utf8');
    if (head === undefined) continue;
    const id = ID_LINE.exec(head)?.[1];
    if (id) out.push({ id, file, origin });
  }
  return out;
}

/** The frameworks attune knows by id: bundled ones, then those in ./frameworks of `cwd`. */
export function catalog(cwd: string): CatalogEntry[] {
  const bundled = scan(bundledFrameworksDir(), 'bundled');
  const localDir = join(cwd, 'frameworks');
  const local = localDir === bundledFrameworksDir() ? [] : scan(localDir, 'local');
  return [...bundled, ...local];
}

export function findFrameworkById(id: string, cwd: string): CatalogEntry | undefined {
  return catalog(cwd).find((e) => e.id === id);
}
