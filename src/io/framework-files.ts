import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { findFrameworkById } from './catalog.js';
import { decodeText, MB, readText, type TextResult } from './read-text.js';

export const FRAMEWORK_SIZE_LIMIT = 5 * MB;

/**
 * Where the framework loader finds files: on disk, or (for a framework checked in memory, and
 * for the rules' examples) in a set of texts. A problem the user must fix before anything can
 * be checked (a missing file named on the command line) is thrown as an InputError.
 */
export interface FrameworkFiles {
  /** The text of a framework file, or why it cannot be read as text. */
  read(abs: string, shown: string): Promise<TextResult>;
  /** What is at a path. */
  kind(abs: string): 'file' | 'folder' | 'missing';
  /** The file of a framework known by id (bundled, then ./frameworks). */
  byId(id: string): string | undefined;
}

export function diskFiles(cwd: string): FrameworkFiles {
  return {
    read: (abs, shown) => readText(abs, FRAMEWORK_SIZE_LIMIT, shown),
    kind(abs) {
      try {
        return statSync(abs).isDirectory() ? 'folder' : 'file';
      } catch {
        return 'missing';
      }
    },
    byId: (id) => findFrameworkById(id, cwd)?.file,
  };
}

/**
 * Frameworks held in memory, by path (relative to `cwd`, or absolute); `ids` names those that
 * `extends` may find by id.
 */
export function memoryFiles(
  cwd: string,
  texts: Readonly<Record<string, string>>,
  ids: Readonly<Record<string, string>> = {},
): FrameworkFiles {
  const byPath = new Map(Object.entries(texts).map(([p, t]) => [resolve(cwd, p), t]));
  const folders = new Set([...byPath.keys()].map((p) => dirname(p)));
  return {
    read: (abs, shown) => {
      const text = byPath.get(abs);
      if (text === undefined)
        return Promise.reject(new InputError(`${shown}: no such file or folder`));
      return Promise.resolve(decodeText(new TextEncoder().encode(text)));
    },
    kind: (abs) => (byPath.has(abs) ? 'file' : folders.has(abs) ? 'folder' : 'missing'),
    byId: (id) => {
      const path = Object.hasOwn(ids, id) ? ids[id] : undefined;
      return path === undefined ? undefined : resolve(cwd, path);
    },
  };
}

/**
 * Texts held in memory in front of another set of files (an editor's unsaved framework, or
 * `validateFramework` in the API): a held path is read from memory, anything else as before.
 */
export function heldFiles(base: FrameworkFiles, held: ReadonlyMap<string, string>): FrameworkFiles {
  const folders = new Set([...held.keys()].map((p) => dirname(p)));
  return {
    read(abs, shown) {
      const text = held.get(abs);
      if (text === undefined) return base.read(abs, shown);
      const bytes = new TextEncoder().encode(text);
      if (bytes.length > FRAMEWORK_SIZE_LIMIT)
        return Promise.resolve({
          ok: false,
          problem: { kind: 'too-large', bytes: bytes.length, limit: FRAMEWORK_SIZE_LIMIT },
        });
      return Promise.resolve(decodeText(bytes));
    },
    kind: (abs) => (held.has(abs) ? 'file' : folders.has(abs) ? 'folder' : base.kind(abs)),
    byId: (id) => base.byId(id),
  };
}
