import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import type { AnswersDoc } from '../core/schema/answers.js';
import { answersText, saveAnswers } from './answers-file.js';
import { isAnswersLines } from './answers-lines.js';
import { writeError, writeFileSafely } from './write-file.js';

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
 * Writes the imported answers files into a folder (made if missing). Without `force` it first
 * checks that none of them exists, so that it writes all of them or none. Returns the names
 * written, and other answers-*.yaml files already in the folder (from an earlier import).
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
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new InputError(`${dir}: is a file, but --out needs a folder`);
  }
  const names = files.map((f) => importedName(f.index, rows));
  if (!force) {
    const taken = names.filter((n) => existsSync(join(dir, n)));
    if (taken.length > 0) {
      const others = taken.length - 1;
      const which =
        others === 0
          ? `${join(dir, taken[0] ?? '')} already exists`
          : `${join(dir, taken[0] ?? '')} and ${others} other ${others === 1 ? 'file' : 'files'} already exist`;
      throw new InputError(
        `${which}; nothing was written. Use --force to replace ${others === 0 ? 'it' : 'them'}, or choose another --out folder`,
      );
    }
  }
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw writeError(dir, error);
  });
  // Each write is flushed to disk (fsync); a few at a time is several times faster than one.
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i];
      if (file) await saveAnswers(join(dir, names[i] ?? ''), file.doc);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITERS, files.length) }, worker));
  const written = new Set(names);
  const others = (await readdir(dir))
    .filter((n) => /^answers-\d+\.yaml$/.test(n) && !written.has(n))
    .sort();
  return { written: names, others };
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
  const info = existsSync(file) ? statSync(file) : undefined;
  if (info?.isDirectory())
    throw new InputError(`${file}: is a folder; give a file name ending in .jsonl`);
  if (info && !force)
    throw new InputError(`${file} already exists; nothing was written. Use --force to replace it`);
  await writeFileSafely(file, files.map((f) => answersText(f.doc, 'jsonl')).join(''));
}
