import { InputError } from '../core/errors.js';
import { oneLine } from '../core/sanitize.js';
import { createFile, writeError, writeOutputFile } from './write-file.js';

/**
 * Writes a text file that attune creates. Without `overwrite`, an existing file is refused
 * (the check and the write are one step, so nothing can slip in between, and a link is never
 * followed); with it, the file is replaced atomically, as every other output is, and only where
 * it is a regular file that is not one of the command's inputs. `shown` is the name used in
 * messages.
 */
export async function writeNewFile(
  file: string,
  text: string,
  options: { overwrite: boolean; shown: string },
): Promise<void> {
  if (options.overwrite) {
    await writeOutputFile(file, text, { shown: options.shown });
    return;
  }
  try {
    await createFile(file, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new InputError(`${oneLine(options.shown)} already exists; add --force to overwrite it`);
    throw writeError(options.shown, error);
  }
}
