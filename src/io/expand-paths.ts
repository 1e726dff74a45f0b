import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../core/errors.js';
import { fileError } from './read-text.js';

export interface ExpandOptions {
  cwd: string;
  /** File endings to pick up inside folders, e.g. ['yaml', 'yml']. */
  extensions: readonly string[];
  /** What the files are, for messages: "framework files". */
  what: string;
}

/**
 * Files, folders (searched recursively, skipping node_modules and hidden folders) and globs,
 * in the order given, each file once. A path that matches nothing is the user's error.
 */
export async function expandPaths(
  inputs: readonly string[],
  options: ExpandOptions,
): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      out.push(file);
    }
  };
  const ext =
    options.extensions.length === 1 ? options.extensions[0] : `{${options.extensions.join(',')}}`;
  for (const input of inputs) {
    const info = await stat(join(isAbsolute(input) ? '' : options.cwd, input)).catch(
      (error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isDynamicPattern(input))
          return undefined;
        throw fileError(input, error);
      },
    );
    if (info?.isDirectory()) {
      const files = await glob(`**/*.${ext}`, {
        cwd: join(isAbsolute(input) ? '' : options.cwd, input),
        ignore: ['**/node_modules/**'],
        dot: false,
      });
      if (files.length === 0)
        throw new InputError(
          `${input}: the folder holds no ${options.what} (*.${options.extensions.join(', *.')})`,
        );
      for (const f of files.sort()) add(join(input, f));
    } else if (info) {
      add(input);
    } else {
      const files = await glob(input, {
        cwd: options.cwd,
        ignore: ['**/node_modules/**'],
        dot: false,
        absolute: isAbsolute(input),
      });
      if (files.length === 0) throw new InputError(`${input}: no files match this pattern`);
      for (const f of files.sort())
        add(isAbsolute(input) ? f : relative(options.cwd, join(options.cwd, f)) || f);
    }
  }
  return out;
}
