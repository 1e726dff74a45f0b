import { lstat, open, stat, unlink } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { InputError } from '../core/errors.js';
import { oneLine } from '../core/sanitize.js';
import { inputNamed, kindOf } from './read-file.js';

/**
 * Every file attune writes goes through here. Two ways, both atomic (a temporary file beside
 * the target, flushed to disk, then renamed over it: a crash or a kill at any moment leaves the
 * previous complete file, never half of one), and neither ever replaces anything but a regular
 * file:
 *
 * - writeOutputFile, for what a command makes (a report, a form, a new framework, imported
 *   answers): the target must be missing or a regular file, not a link, and none of the
 *   command's own inputs (by device and inode, so a hard link or another path to an input is
 *   caught too). `report team/ --out team/staff-a.yaml` cannot overwrite an answers file.
 * - writeFileSafely, for the answers file `assess` keeps saving: that file is also its input
 *   (`--resume`), and a link to a regular file is followed, as it was when it was read.
 *
 * A device, a named pipe or a socket is never replaced: an atomic rename over /dev/null would
 * put a plain file in its place.
 */

/** `--out -`, and `--out /dev/stdout`, which means the same: the output goes to standard output. */
export const isStandardOutput = (out: string): boolean => out === '-' || out === '/dev/stdout';

export interface WriteOptions {
  /** The name in messages, as the user typed it (the path otherwise). */
  shown?: string;
  /** The option that named the file, for messages: `--out`. */
  flag?: string;
}

/** Writes a command's output file, after the checks above (see checkOutputTarget). */
export async function writeOutputFile(
  path: string,
  text: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const shown = options.shown ?? path;
  await checkOutputTarget(path, shown, options.flag);
  await atomically(path, text, shown);
}

/** Writes an answers file: missing, or a regular file (through a link to one). */
export async function writeFileSafely(
  path: string,
  text: string,
  options: WriteOptions = {},
): Promise<void> {
  const shown = options.shown ?? path;
  const info = await stat(path, { bigint: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw writeError(shown, error);
  });
  if (info && !info.isFile()) throw notReplaced(shown, info);
  await atomically(path, text, shown);
}

/**
 * Refuses, before anything is written, a target that is not missing or a regular file (a link,
 * a folder, a device, a named pipe, a socket), or that is one of this command's inputs.
 */
export async function checkOutputTarget(
  path: string,
  shown: string = path,
  flag?: string,
): Promise<void> {
  const info = await lstat(path, { bigint: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw writeError(shown, error);
  });
  if (!info) return;
  if (!info.isFile()) throw notReplaced(shown, info, flag);
  const input = inputNamed(info);
  if (input !== undefined)
    throw new InputError(
      `${oneLine(shown)}: is ${input === shown ? '' : `the same file as ${oneLine(input)}, `}one of this command's own inputs; attune never writes over its input, so choose another file`,
    );
}

function notReplaced(shown: string, info: BigIntStats, flag?: string): InputError {
  const name = oneLine(shown);
  if (info.isDirectory())
    return new InputError(`${name}: is a folder; give a file name${flag ? ` for ${flag}` : ''}`);
  if (info.isSymbolicLink())
    return new InputError(
      `${name}: is a symbolic link; attune replaces only a regular file, never a link or what it leads to`,
    );
  return new InputError(
    `${name}: is ${kindOf(info)}, not a regular file; attune replaces only a regular file${flag ? ` (${flag} - writes to standard output)` : ''}`,
  );
}

async function atomically(path: string, data: string | Uint8Array, shown: string): Promise<void> {
  const written =
    typeof data === 'string'
      ? writeFileAtomic(path, data, { encoding: 'utf8', fsync: true })
      : writeFileAtomic(path, Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
          fsync: true,
        });
  await written.catch((error: unknown) => {
    throw writeError(shown, error);
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
    `${oneLine(file)}: cannot be written (${(code && why[code]) ?? code ?? oneLine(String(error))})`,
  );
}

/**
 * Creates a new file, written and flushed to disk: never an existing file, and never through a
 * link (the check and the creation are one step, so nothing can slip in between). For `init`
 * without --force, and for import's staging folder, which is moved into place only when every
 * file in it is whole. A file that cannot be written whole is removed. Errors are the system's
 * (EEXIST where something is there).
 */
export async function createFile(path: string, text: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    // Half a file is worse than none (a full disk part of the way).
    await handle.close();
    await unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
}
