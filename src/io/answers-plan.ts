import { resolve } from 'node:path';
import {
  fileSize,
  isAnswersLines,
  splitLines,
  utf16File,
  type LineRange,
} from './answers-lines.js';

/**
 * Planning the work of reading answers: which pieces, in which order, and whether to share
 * them among worker threads (the counting is in answers-count.ts).
 */

/**
 * When the work is worth sharing among worker threads (measured in bench/, 2 cores): from 2,000
 * answers files, or 64 MB of JSON Lines (about 35,000 respondents), or a mix adding up to as much.
 * Lines pay off later than files: reading lines allocates so fast that one thread already keeps a
 * second core busy collecting garbage, and each thread first spends about 0.2 s starting up.
 */
export const PARALLEL_FROM = { files: 2000, lineBytes: 64 * 1024 * 1024 };

/** Reading, checking and counting one answers file costs about as much as this many bytes of lines. */
const FILE_COST_IN_BYTES = 5000;

/** A JSON Lines file is cut into parts for the threads only when larger than this. */
const SPLIT_FROM = 1024 * 1024;

/** A piece of the work: a run of answers files, or (part of) a JSON Lines file. */
export type Part = { files: string[] } | { lines: string; range?: LineRange };

/**
 * The parts to read, in order, and whether to share them among threads: then runs of files and
 * large JSON Lines files are cut so that each thread can take a share.
 */
export function planParts(
  files: readonly string[],
  cwd: string,
  threads: number,
  from: { files: number; lineBytes: number },
): { list: Part[]; parallel: boolean } {
  const plain = files.filter((f) => !isAnswersLines(f)).length;
  const sizes = new Map(
    files.filter(isAnswersLines).map((f) => [f, fileSize(resolve(cwd, f), f)] as const),
  );
  let bytes = 0;
  for (const size of sizes.values()) bytes += size;
  const parallel = threads > 1 && plain / from.files + bytes / from.lineBytes >= 1;
  const run = parallel ? Math.max(1, Math.ceil(plain / threads)) : Number.POSITIVE_INFINITY;
  const list: Part[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) list.push({ files: current });
    current = [];
  };
  for (const file of files) {
    const size = sizes.get(file);
    if (size === undefined) {
      current.push(file);
      if (current.length >= run) flush();
      continue;
    }
    flush();
    const abs = resolve(cwd, file);
    if (parallel && size > SPLIT_FROM && !utf16File(abs, file)) {
      for (const range of splitLines(abs, file, threads)) list.push({ lines: file, range });
    } else list.push({ lines: file });
  }
  flush();
  return { list, parallel };
}

const partWeight = (part: Part): number =>
  'files' in part ? part.files.length : part.range ? part.range.to - part.range.from : 1;

/** Contiguous shares of the parts, one per thread, of about equal weight. */
export function shareOut(parts: readonly Part[], threads: number): Part[][] {
  const weigh = (p: Part) => ('files' in p ? partWeight(p) * FILE_COST_IN_BYTES : partWeight(p));
  const total = parts.reduce((sum, p) => sum + weigh(p), 0);
  const shares: Part[][] = [];
  let done = 0;
  for (const part of parts) {
    const k = Math.min(threads - 1, Math.floor((done / total) * threads));
    (shares[k] ??= []).push(part);
    done += weigh(part);
  }
  return shares.filter((s) => s.length > 0);
}
