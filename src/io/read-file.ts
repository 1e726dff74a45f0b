import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  statSync,
  type BigIntStats,
  type Stats,
} from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { InputError, NotARegularFile } from '../core/errors.js';
import { oneLine } from '../core/sanitize.js';

/**
 * The one way attune reads a file. Every read of the program comes through here, so that none
 * can hang, fill the memory or read something that is not a file:
 *
 * - Only a regular file is read (a link to one is fine). A device such as /dev/zero, a named
 *   pipe (FIFO) or a socket is refused with one line before anything is read: checked with
 *   `stat` before opening (opening some devices does something by itself), then again on the
 *   open handle with `fstat`, so that nothing can be swapped in between. The file is opened
 *   non-blocking, so that even a pipe swapped in at the last moment cannot hold the open.
 * - A size limit is kept while reading: at most `limit + 1` bytes are ever read, whatever
 *   `stat` says (a file can grow, and some report a size of 0).
 * - Every file read is noted by its device and inode, so that a command can refuse to write
 *   its output over one of its own inputs (see write-file.ts).
 */

export const MB = 1024 * 1024;

/** Read in one go where the file says it is at most this big; larger ones in steps. */
const FIRST_READ = 64 * 1024;

// Not every platform has these (Windows has neither); there, 0 leaves the open as it was.
const optional = (name: string) => (constants as Partial<Record<string, number>>)[name] ?? 0;
const READ_FLAGS = constants.O_RDONLY | optional('O_NONBLOCK') | optional('O_NOCTTY');

export type ReadBytes =
  | { ok: true; bytes: Buffer }
  /** Over the limit: `bytes` is the size found (at least `limit + 1` where `over`). */
  | { ok: false; bytes: number; limit: number; over: boolean };

/** A file's identity: its device and inode, the same however many paths lead to it. */
export type FileKey = string;

export const fileKey = (info: Stats | BigIntStats): FileKey => `${info.dev}:${info.ino}`;

const inputs = new Map<FileKey, string>();

/** Notes a file as one of this command's inputs (one command runs per process). */
export function noteInput(info: Stats | BigIntStats, shown: string): void {
  if (!inputs.has(fileKey(info))) inputs.set(fileKey(info), shown);
}

/** How an input of this command was named, where the file is one. */
export const inputNamed = (info: Stats | BigIntStats): string | undefined =>
  inputs.get(fileKey(info));

/**
 * Reads at most `limit` bytes of a file (synchronously: for thousands of small answers files
 * one blocking read each is about twice as fast as promises). A file that is missing, a folder,
 * not a regular file or unreadable is the user's input problem (exit 2), named as `shown`.
 */
export function readBytesSync(path: string, limit: number, shown: string = path): ReadBytes {
  const { fd, size } = openFileSync(path, shown);
  try {
    // A file that says it is too large is refused unread; one that says otherwise is held to it.
    if (size > limit) return tooLarge(size, limit);
    return readBounded(
      size,
      limit,
      (buffer, offset, length) => readSync(fd, buffer, offset, length, null),
      shown,
    );
  } finally {
    closeSync(fd);
  }
}

/** The same as readBytesSync, without blocking the thread (for a few larger files). */
export async function readBytes(
  path: string,
  limit: number,
  shown: string = path,
): Promise<ReadBytes> {
  const { handle, size } = await openRegular(path, shown);
  try {
    if (size > limit) return tooLarge(size, limit);
    // Read as the sync version does, but each step awaited.
    let buffer: Buffer = Buffer.allocUnsafe(firstSize(size, limit));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (buffer.length > limit) break;
        buffer = grow(buffer, limit);
      }
      const { bytesRead } = await handle
        .read(buffer, total, buffer.length - total, null)
        .catch((error: unknown) => {
          throw fileError(shown, error);
        });
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return finish(buffer, total, size, limit);
  } finally {
    await handle.close();
  }
}

/** Opens a regular file without blocking the thread: the same checks as openFileSync. */
async function openRegular(
  path: string,
  shown: string,
): Promise<{ handle: FileHandle; size: number }> {
  requireRegularFile(
    shown,
    await stat(path, { bigint: true }).catch((error: unknown) => {
      throw fileError(shown, error);
    }),
  );
  const handle = await open(path, READ_FLAGS).catch((error: unknown) => {
    throw fileError(shown, error);
  });
  try {
    const info = await handle.stat({ bigint: true });
    requireRegularFile(shown, info);
    noteInput(info, shown);
    return { handle, size: Number(info.size) };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Feeds every byte of a regular file to `each`, a chunk at a time, without blocking the thread
 * and without holding the file in memory (a file's digest, at any size).
 */
export async function readChunks(
  path: string,
  shown: string,
  each: (chunk: Buffer) => void,
): Promise<void> {
  const { handle } = await openRegular(path, shown);
  try {
    const buffer = Buffer.allocUnsafe(MB);
    for (;;) {
      const { bytesRead } = await handle
        .read(buffer, 0, buffer.length, null)
        .catch((error: unknown) => {
          throw fileError(shown, error);
        });
      if (bytesRead === 0) break;
      each(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/**
 * Opens a regular file for reading in parts (JSON Lines): the same checks as readBytesSync.
 * The caller closes the descriptor.
 */
export function openFileSync(path: string, shown: string = path): { fd: number; size: number } {
  requireRegularFile(
    shown,
    statOrThrow(() => statSync(path, { bigint: true }), shown),
  );
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    throw fileError(shown, error);
  }
  try {
    const info = fstatSync(fd, { bigint: true });
    requireRegularFile(shown, info);
    noteInput(info, shown);
    return { fd, size: Number(info.size) };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * The first `bytes` bytes of a file, or fewer where it is shorter (`attune list` reads only the
 * top of each framework for its id). Undefined where the file cannot be read or is not a
 * regular file: a file that cannot be listed is left out, not an error.
 */
export function readHeadSync(path: string, bytes: number): Buffer | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    const fd = openSync(path, READ_FLAGS);
    try {
      if (!fstatSync(fd).isFile()) return undefined;
      const buffer = Buffer.allocUnsafe(bytes);
      let total = 0;
      for (let n = -1; n !== 0 && total < bytes; total += n)
        n = readSync(fd, buffer, total, bytes - total, null);
      return buffer.subarray(0, total);
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

function statOrThrow<T>(get: () => T, shown: string): T {
  try {
    return get();
  } catch (error) {
    throw fileError(shown, error);
  }
}

function readBounded(
  size: number,
  limit: number,
  read: (buffer: Buffer, offset: number, length: number) => number,
  shown: string,
): ReadBytes {
  let buffer: Buffer = Buffer.allocUnsafe(firstSize(size, limit));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (buffer.length > limit) break;
      buffer = grow(buffer, limit);
    }
    let n: number;
    try {
      n = read(buffer, total, buffer.length - total);
    } catch (error) {
      throw fileError(shown, error);
    }
    if (n === 0) break;
    total += n;
  }
  return finish(buffer, total, size, limit);
}

/** Room for the whole file as stat gives it, plus one byte to see that it has ended. */
const firstSize = (size: number, limit: number) =>
  Math.min(limit + 1, Math.max(size + 1, size === 0 ? FIRST_READ : 1));

function grow(buffer: Buffer, limit: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(buffer.length * 2, FIRST_READ)));
  buffer.copy(bigger);
  return bigger;
}

const tooLarge = (bytes: number, limit: number): ReadBytes => ({
  ok: false,
  bytes,
  limit,
  over: false,
});

function finish(buffer: Buffer, total: number, size: number, limit: number): ReadBytes {
  if (total > limit) return { ok: false, bytes: Math.max(size, total), limit, over: size <= limit };
  return { ok: true, bytes: buffer.subarray(0, total) };
}

/** Refuses anything but a regular file, before it is read. */
export function requireRegularFile(shown: string, info: Stats | BigIntStats): void {
  if (info.isFile()) return;
  if (info.isDirectory())
    throw new InputError(`${oneLine(shown)}: is a folder, but a file is needed here`);
  throw new NotARegularFile(
    `${oneLine(shown)}: is ${kindOf(info)}, not a regular file; attune reads only regular files`,
  );
}

/** What a file that is not a regular file is, in words. */
export function kindOf(info: Stats | BigIntStats): string {
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** One line saying what went wrong with a file, for people (the system's error as its cause). */
export function fileError(file: string, error: unknown): InputError {
  const shown = oneLine(file);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why = (): string => {
    switch (code) {
      case 'ENOENT':
        return 'no such file or folder';
      case 'EACCES':
      case 'EPERM':
        return 'cannot be read (permission denied)';
      case 'EISDIR':
        return 'is a folder, but a file is needed here';
      case 'ENOTDIR':
        return 'a part of this path is a file, not a folder';
      case 'ELOOP':
        return 'too many symbolic links';
      case 'ENAMETOOLONG':
        return 'the path is too long';
      case 'ENXIO':
        // What open() says of a socket, or of a device that is not there.
        return 'is a socket or a missing device, not a regular file; attune reads only regular files';
      default:
        return `cannot be read (${code ?? oneLine(String(error))})`;
    }
  };
  const Refusal = code === 'ENXIO' ? NotARegularFile : InputError;
  return new Refusal(`${shown}: ${why()}`, { cause: error });
}

/** The system's error code behind an error from this module (ENOENT, …), if any. */
export const errorCode = (error: unknown): string | undefined =>
  (
    (error as { cause?: NodeJS.ErrnoException } | undefined)?.cause ??
    (error as NodeJS.ErrnoException | undefined)
  )?.code;
