import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { oneLine } from '../core/sanitize.js';
import type { AnswersDoc } from '../core/schema/answers.js';
import { answersText } from './answers-file.js';
import { isAnswersLines } from './answers-lines.js';
import { kindOf } from './read-file.js';
import { checkOutputTarget, writeError, writeOutputFile, createFile } from './write-file.js';

export interface ImportedFile {
  /** The row's number among the rows of answers, from 1: it names the file. */
  index: number;
  doc: AnswersDoc;
}

const WRITERS = 16;

/** answers-0001.yaml…: wide enough that the names sort in row order. */
export const importedName = (index: number, rows: number): string =>
  `answers-${String(index).padStart(Math.max(4, String(rows).length), '0')}.yaml`;

/**
 * Writes the imported answers files into a folder (made if missing), all or nothing. Without
 * `force` it first checks that none of them exists; with it, each one there must be a regular
 * file (never a link, a device, or one of the command's inputs). The files are written and
 * flushed in a hidden staging folder, and moved into place only when every one is whole: a
 * full disk or any other failure part of the way leaves no half set of files. A new folder
 * appears in one step (the staging folder renamed); into an existing one, the files are moved one
 * by one, and if a move fails, those already moved are taken back out (without `force`), or named
 * (with it, as what they replaced cannot be brought back).
 *
 * Returns the names written, and other answers-*.yaml files already in the folder (from an
 * earlier import).
 */
export async function writeImported(
  dir: string,
  files: readonly ImportedFile[],
  rows: number,
  force: boolean,
): Promise<{ written: string[]; others: string[] }> {
  if (isAnswersLines(dir)) {
    await writeLines(dir, files, force);
    return { written: files.map((f) => importedName(f.index, rows)), others: [] };
  }
  const shown = oneLine(dir);
  const info = await stat(dir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw writeError(dir, error);
  });
  if (info && !info.isDirectory()) {
    throw new InputError(
      info.isFile()
        ? `${shown}: is a file, but --out needs a folder`
        : `${shown}: is ${kindOf(info)}, but --out needs a folder`,
    );
  }
  const names = files.map((f) => importedName(f.index, rows));
  if (info) await checkTargets(dir, names, force);

  // Beside the target where it is new, so that one rename puts it in place; inside it where it
  // exists (hidden: a report on the folder passes it over), so that it is on the same disk.
  const parent = dirname(resolve(dir));
  const madeParent = info
    ? undefined
    : await mkdir(parent, { recursive: true }).catch((error: unknown) => {
        throw writeError(dir, error);
      });
  // Made as any new folder is (not as a private temporary one): it may become the folder itself.
  const suffix = randomBytes(6).toString('hex');
  const stage = info
    ? join(dir, `.attune-import-${suffix}`)
    : join(parent, `.${basename(dir)}.attune-import-${suffix}`);
  await mkdir(stage).catch((error: unknown) => {
    throw writeError(dir, error);
  });
  const undo = async () => {
    await rm(stage, { recursive: true, force: true });
    if (madeParent !== undefined) await rm(madeParent, { recursive: true, force: true });
  };

  try {
    await writeAll(stage, names, files);
  } catch (error) {
    await undo();
    throw nothingWritten(dir, error);
  }

  if (!info) {
    try {
      await rename(stage, dir);
    } catch (error) {
      await undo();
      throw nothingWritten(dir, error);
    }
    await syncFolder(parent);
  } else {
    await moveInto(dir, stage, names, force);
    await rm(stage, { recursive: true, force: true });
    await syncFolder(dir);
  }

  const written = new Set(names);
  const others = (await readdir(dir))
    .filter((n) => /^answers-\d+\.yaml$/.test(n) && !written.has(n))
    .sort();
  return { written: names, others };
}

/** Every target: free (without `force`), or a regular file that is not an input (with it). */
async function checkTargets(dir: string, names: readonly string[], force: boolean) {
  const taken: string[] = [];
  for (const name of names) {
    const target = join(dir, name);
    const there = await lstat(target).catch(() => undefined);
    if (!there) continue;
    if (!force) taken.push(target);
    else await checkOutputTarget(target);
  }
  if (taken.length > 0) {
    const others = taken.length - 1;
    const first = oneLine(taken[0] ?? '');
    const which =
      others === 0
        ? `${first} already exists`
        : `${first} and ${others} other ${others === 1 ? 'file' : 'files'} already exist`;
    throw new InputError(
      `${which}; nothing was written. Use --force to replace ${others === 0 ? 'it' : 'them'}, or choose another --out folder`,
    );
  }
}

/** Each file written and flushed (fsync); a few at a time is several times faster than one. */
async function writeAll(stage: string, names: readonly string[], files: readonly ImportedFile[]) {
  let next = 0;
  let failed = false;
  const worker = async () => {
    for (let i = next++; i < files.length && !failed; i = next++) {
      const file = files[i];
      if (!file) continue;
      try {
        await createFile(join(stage, names[i] ?? ''), answersText(file.doc, 'yaml'));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITERS, files.length) }, worker));
}

/** Moves the staged files into an existing folder, undoing or naming a part done. */
async function moveInto(dir: string, stage: string, names: readonly string[], force: boolean) {
  const moved: string[] = [];
  try {
    for (const name of names) {
      await rename(join(stage, name), join(dir, name));
      moved.push(name);
    }
  } catch (error) {
    if (!force) {
      // Every file moved so far is new: taking them out leaves the folder as it was.
      for (const name of moved) await unlink(join(dir, name)).catch(() => undefined);
      await rm(stage, { recursive: true, force: true });
      throw nothingWritten(dir, error);
    }
    await rm(stage, { recursive: true, force: true });
    const done =
      moved.length === 0
        ? 'none of the files was written'
        : `${moved.length === 1 ? moved[0] : `${moved[0]} to ${moved[moved.length - 1]}`} ${moved.length === 1 ? 'was' : 'were'} written, the other ${names.length - moved.length} not`;
    throw new InputError(`${writeError(dir, error).message}; ${done}`);
  }
}

function nothingWritten(dir: string, error: unknown): InputError {
  return new InputError(`${writeError(dir, error).message}; nothing was written`);
}

/** Flushes a folder's list of files to disk, so the moves survive a power cut (where possible). */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Writes the imported answers as one JSON Lines file, a row's answers per line, in row order:
 * atomically, with one flush to disk however many rows (a folder of files needs one each).
 */
async function writeLines(
  file: string,
  files: readonly ImportedFile[],
  force: boolean,
): Promise<void> {
  const info = await lstat(file).catch(() => undefined);
  if (info?.isDirectory())
    throw new InputError(`${oneLine(file)}: is a folder; give a file name ending in .jsonl`);
  if (info && !force)
    throw new InputError(
      `${oneLine(file)} already exists; nothing was written. Use --force to replace it`,
    );
  await writeOutputFile(file, files.map((f) => answersText(f.doc, 'jsonl')).join(''), {
    flag: '--out',
  });
}
