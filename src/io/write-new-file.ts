import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from '../core/errors.js';
import { fileError } from './read-text.js';

/**
 * Writes a text file that attune creates. Without `overwrite`, an existing file is refused
 * (the check and the write are one step, so nothing can slip in between); `shown` is the name
 * used in messages.
 */
export async function writeNewFile(
  file: string,
  text: string,
  options: { overwrite: boolean; shown: string },
): Promise<void> {
  try {
    await writeFile(file, text, { flag: options.overwrite ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new InputError(`${options.shown} already exists; add --force to overwrite it`);
    if (code === 'ENOENT')
      throw new InputError(`${options.shown}: the folder ${dirname(options.shown)} does not exist`);
    throw fileError(options.shown, error);
  }
}
