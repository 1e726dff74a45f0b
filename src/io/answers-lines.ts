import { isUtf8 } from 'node:buffer';
import type { Hash } from 'node:crypto';
import { closeSync, readSync } from 'node:fs';
import { finding, type Finding } from '../core/findings.js';
import {
  ANSWERS_SIZE_LIMIT,
  answersFromText,
  type FrameworkFor,
  type LoadedAnswers,
} from './answers-file.js';
import { fileError, openFileSync } from './read-file.js';
import { decodeText, MB, textProblemFinding } from './read-text.js';

/**
 * JSON Lines answers (`.jsonl`, `.ndjson`): one respondent's answers document per line, as a
 * national programme or a survey platform exports them. The file is read in chunks, a line at a
 * time, so its size is not limited and memory stays flat; each line is limited as an answers file
 * is. Blank lines are skipped; a byte order mark and Windows line endings are allowed. Findings
 * name the file and the line (and the column within it).
 */
export const isAnswersLines = (file: string): boolean => /\.(jsonl|ndjson)$/i.test(file);

/** A part of a JSON Lines file: the lines that start at a byte offset in [from, to). */
export interface LineRange {
  from: number;
  to: number;
}

const CHUNK = 4 * MB;

/** The size of a file in bytes, or the user's error if it cannot be opened. */
export function fileSize(path: string, shown: string): number {
  const { fd, size } = openFileSync(path, shown);
  closeSync(fd);
  return size;
}

/** A line of a file: its bytes (no line ending), or only its length where over the limit. */
export interface Line {
  bytes: Buffer | number;
  /** Counted from the start of the range read, from 1. */
  number: number;
}

/**
 * Every line that starts in `range` (the whole file without one). A line longer than `limit` is
 * given as its length, and never held in memory. The bytes are valid until the next line is
 * asked for. Blank lines are given too, so that the last number is the range's count of lines.
 */
export function* readLines(
  path: string,
  shown: string,
  range?: LineRange,
  options: { limit?: number; chunk?: number; hash?: Hash } = {},
): Generator<Line> {
  const limit = options.limit ?? ANSWERS_SIZE_LIMIT;
  const fd = open(path, shown);
  const buffer = Buffer.allocUnsafe(options.chunk ?? CHUNK);
  let position = range?.from ?? 0;
  const end = range?.to ?? Number.POSITIVE_INFINITY;
  let number = 0;
  // The start of a line that runs on into the next chunk; past the limit, only its length.
  let carry: Buffer[] = [];
  let carried = 0;
  const line = (last: Buffer): Line => {
    const length = carried + last.length;
    const bytes = length > limit ? length : carried > 0 ? Buffer.concat([...carry, last]) : last;
    carry = [];
    carried = 0;
    return { bytes, number: ++number };
  };
  try {
    while (position < end) {
      const read = readChunk(fd, buffer, Math.min(buffer.length, end - position), position, shown);
      if (read === 0) break;
      options.hash?.update(buffer.subarray(0, read));
      position += read;
      let start = 0;
      for (let nl = buffer.indexOf(10); nl !== -1 && nl < read; nl = buffer.indexOf(10, start)) {
        yield line(buffer.subarray(start, nl));
        start = nl + 1;
      }
      if (start < read) {
        if (carried + read - start <= limit) carry.push(Buffer.from(buffer.subarray(start, read)));
        else carry = [];
        carried += read - start;
      }
    }
    if (carried > 0) yield line(Buffer.alloc(0));
  } finally {
    closeSync(fd);
  }
}

function readChunk(
  fd: number,
  buffer: Buffer,
  length: number,
  position: number,
  shown: string,
): number {
  try {
    return readSync(fd, buffer, 0, length, position);
  } catch (error) {
    throw fileError(shown, error);
  }
}

/**
 * Cuts a file into `parts` ranges of about equal size, each starting at the start of a line,
 * so that worker threads can read their share without reading the rest.
 */
export function splitLines(path: string, shown: string, parts: number): LineRange[] {
  const size = fileSize(path, shown);
  const cuts = [0];
  const fd = open(path, shown);
  const window = Buffer.allocUnsafe(64 * 1024);
  try {
    for (let k = 1; k < parts; k++) {
      let at = Math.max(Math.floor((size * k) / parts), cuts[cuts.length - 1] ?? 0);
      // The next line starts after the first newline at or after this offset.
      for (;;) {
        const read = readSync(fd, window, 0, window.length, at);
        if (read === 0) {
          at = size;
          break;
        }
        const nl = window.subarray(0, read).indexOf(10);
        if (nl !== -1) {
          at += nl + 1;
          break;
        }
        at += read;
      }
      if (at < size && at > (cuts[cuts.length - 1] ?? 0)) cuts.push(at);
    }
  } finally {
    closeSync(fd);
  }
  return cuts.map((from, i) => ({ from, to: cuts[i + 1] ?? size }));
}

/**
 * The answers on one line, checked as a file would be, with findings at the line's number
 * (counted from the start of its range; see readLines). Undefined for a blank line.
 */
export async function answersFromLine(
  { bytes: line, number }: Line,
  shown: string,
  framework: FrameworkFor | undefined,
  first: boolean,
): Promise<LoadedAnswers | undefined> {
  const at = (f: Finding): Finding => ({ ...f, line: number });
  if (typeof line === 'number') {
    const size = `${(line / MB).toFixed(1)} MB`;
    const message = `the line is ${size}; one respondent's answers are at most ${ANSWERS_SIZE_LIMIT / MB} MB`;
    return {
      file: shown,
      findings: [finding('line-too-long', { file: shown, line: number, column: 1 }, message)],
    };
  }
  let bytes = line;
  if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
  // A byte order mark, which some Windows tools write, at the start of the file only.
  if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    bytes = bytes.subarray(3);
  let text: string;
  if (isUtf8(bytes) && !bytes.includes(0)) text = bytes.toString('utf8');
  else {
    const decoded = decodeText(bytes);
    if (decoded.ok) text = decoded.text;
    else
      return {
        file: shown,
        findings: [at(textProblemFinding(decoded.problem, shown, 'answers', 'line'))],
      };
  }
  if (text.trim() === '') return undefined;
  const loaded = await answersFromText(text, shown, framework, true);
  return { ...loaded, findings: loaded.findings.map(at) };
}

/**
 * A JSON Lines file saved as UTF-16 (as some Windows tools do) cannot be read a line at a time:
 * it is named once, as a whole, rather than line by line.
 */
export function utf16File(path: string, shown: string): LoadedAnswers | undefined {
  const fd = open(path, shown);
  const start = Buffer.alloc(2);
  try {
    readChunk(fd, start, 2, 0, shown);
  } finally {
    closeSync(fd);
  }
  // The same test as for any file: its first two bytes.
  const decoded = decodeText(start);
  if (decoded.ok || decoded.problem.kind !== 'utf-16') return undefined;
  return { file: shown, findings: [textProblemFinding(decoded.problem, shown, 'answers files')] };
}

/** Through read-file.ts: a regular file only, never a device or a pipe. */
const open = (path: string, shown: string): number => openFileSync(path, shown).fd;
