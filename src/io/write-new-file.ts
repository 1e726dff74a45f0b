import { writeFile } from 'node:fs/promises';
import { InputError } from '../core/errors.js';
import { writeError, writeFileSafely } from './write-file.js';

/**
 * Writes a text file that attune creates. Without `overwrite`, an existing file is refused
 * (the check and the write are one step, so nothing can slip in between); with it, the file is
 * replaced atomically, as every other output is. `shown` is the name used in messages.
 */
export async function writeNewFile(
  file: string,
  text: string,
  options: { overwrite: boolean; shown: string },
): Promise<void> {
  if (options.overwrite) {
    await writeFileSafely(file, text).catch((error: unknown) => {
      // writeFileSafely names the path it was given; messages name the file as typed.
      throw error instanceof InputError
        ? new InputError(error.message.replace(file, options.shown))
        : error;
    });
    return;
  }
  try {
    await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new InputError(`${options.shown} already exists; add --force to overwrite it`);
    throw writeError(options.shown, error);
  }
}
