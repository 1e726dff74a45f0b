import writeFileAtomic from 'write-file-atomic';
import { InputError } from '../core/errors.js';

/**
 * Writes a file atomically: a temporary file beside it, flushed to disk, then renamed over the
 * old one. A crash or a kill at any moment leaves the previous complete file, never half of one.
 * Every output attune writes (answers, reports, forms) goes through here.
 */
export async function writeFileSafely(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true }).catch((error: unknown) => {
    throw writeError(path, error);
  });
}

export function writeError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why: Record<string, string> = {
    ENOENT: 'its folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENAMETOOLONG: 'the path is too long',
  };
  return new InputError(
    `${file}: cannot be written (${(code && why[code]) ?? code ?? String(error)})`,
  );
}
