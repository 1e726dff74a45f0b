import { readdirSync, statSync, type BigIntStats } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../core/errors.js';
import { oneLine } from '../core/sanitize.js';
import { fileError, fileKey, noteInput, requireRegularFile, type FileKey } from './read-file.js';

export interface ExpandOptions {
  cwd: string;
  /** File endings to pick up inside folders, e.g. ['yaml', 'yml']. */
  extensions: readonly string[];
  /** What the files are, for messages: "framework files". */
  what: string;
}

/** A path that leads to a file already listed under another path (or the same one again). */
export interface Duplicate {
  file: string;
  /** The path it was first listed under. */
  sameAs: string;
}

export interface Expanded {
  /** Each real file once, under the first path that led to it, in the order given. */
  files: string[];
  duplicates: Duplicate[];
}

/**
 * Files, folders (searched recursively, skipping node_modules and hidden files and folders)
 * and globs, in the order given. Each real file is listed once, however many paths lead to it
 * (the same argument twice, `./a.yaml` and its absolute path, a link, a hard link, a folder
 * linked into itself, a glob overlapping a folder): files are told apart by device and inode,
 * and the other paths are returned as duplicates, for the command to name. A path that matches
 * nothing is the user's error, and so is anything found that is not a regular file (a device, a
 * named pipe, a socket), before it is read.
 */
export async function expandInputs(
  inputs: readonly string[],
  options: ExpandOptions,
): Promise<Expanded> {
  const firstPath = new Map<FileKey, string>();
  const files: string[] = [];
  const duplicates: Duplicate[] = [];
  const add = (file: string) => {
    const info = statOf(abs(options.cwd, file), file);
    requireRegularFile(file, info);
    const key = fileKey(info);
    const sameAs = firstPath.get(key);
    if (sameAs !== undefined) {
      duplicates.push({ file, sameAs });
      return;
    }
    noteInput(info, file);
    firstPath.set(key, file);
    files.push(file);
  };
  const endings = new Set(options.extensions.map((e) => `.${e.toLowerCase()}`));
  for (const input of inputs) {
    let info: BigIntStats | undefined;
    try {
      info = statSync(abs(options.cwd, input), { bigint: true });
    } catch (error) {
      if (!((error as NodeJS.ErrnoException).code === 'ENOENT' && isDynamicPattern(input)))
        throw fileError(input, error);
    }
    if (info?.isDirectory()) {
      const found = searchFolder(abs(options.cwd, input), endings);
      if (found.length === 0)
        throw new InputError(
          `${oneLine(input)}: the folder holds no ${options.what} (*.${options.extensions.join(', *.')})`,
        );
      for (const f of found.sort()) add(join(input, f));
    } else if (info) {
      add(input);
    } else {
      const found = await glob(input, {
        cwd: options.cwd,
        ignore: ['**/node_modules/**'],
        dot: false,
        absolute: isAbsolute(input),
      });
      if (found.length === 0)
        throw new InputError(`${oneLine(input)}: no files match this pattern`);
      for (const f of found.sort())
        add(isAbsolute(input) ? f : relative(options.cwd, join(options.cwd, f)) || f);
    }
  }
  return { files, duplicates };
}

/** expandInputs' files alone, for callers that have no use for the duplicates. */
export async function expandPaths(
  inputs: readonly string[],
  options: ExpandOptions,
): Promise<string[]> {
  return (await expandInputs(inputs, options)).files;
}

/** One line per duplicate, for standard error: the first 20 named, the rest counted. */
export function duplicateLines(duplicates: readonly Duplicate[], max = 20): string[] {
  const lines = duplicates
    .slice(0, max)
    .map((d) =>
      d.file === d.sameAs
        ? `${oneLine(d.file)}: given more than once; counted once`
        : `${oneLine(d.file)}: the same file as ${oneLine(d.sameAs)}; counted once`,
    );
  const more = duplicates.length - max;
  if (more > 0)
    lines.push(`… and ${more} more ${more === 1 ? 'path' : 'paths'} to files already counted`);
  return lines;
}

const abs = (cwd: string, path: string) => (isAbsolute(path) ? path : join(cwd, path));

function statOf(path: string, shown: string): BigIntStats {
  try {
    return statSync(path, { bigint: true });
  } catch (error) {
    throw fileError(shown, error);
  }
}

/**
 * The files in a folder and its subfolders whose names end in one of `endings`, as paths
 * relative to it. Every entry with such a name is listed, whatever it is, so that a device or a
 * pipe among them is refused rather than passed over. Links to folders are followed, but each
 * real folder is searched once: a folder linked into itself cannot make the search go round.
 */
function searchFolder(root: string, endings: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const searched = new Set<FileKey>();
  const visit = (dir: string, rel: string, info: BigIntStats) => {
    if (searched.has(fileKey(info))) return;
    searched.add(fileKey(info));
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw fileError(rel === '' ? dir : rel, error);
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      const relPath = rel === '' ? name : join(rel, name);
      let folder: BigIntStats | undefined;
      if (entry.isDirectory()) folder = statOf(path, relPath);
      else if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path, { bigint: true });
          if (target.isDirectory()) folder = target;
        } catch {
          // A link that leads nowhere holds nothing to read, as before links were followed.
          continue;
        }
      }
      if (folder) visit(path, relPath, folder);
      else if (endings.has(extensionOf(name))) out.push(relPath);
    }
  };
  visit(root, '', statOf(root, root));
  return out;
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
};
