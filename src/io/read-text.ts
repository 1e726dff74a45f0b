import type { Finding } from '../core/findings.js';
import { fileError, MB, readBytes } from './read-file.js';

export { fileError, MB };

export type TextProblem =
  | { kind: 'too-large'; bytes: number; limit: number; over?: boolean }
  | { kind: 'not-text' | 'utf-16'; offset: number; line: number; column: number };

export type TextResult = { ok: true; text: string } | { ok: false; problem: TextProblem };

/**
 * Reads a UTF-8 text file for attune (through readBytes: regular files only, never more than
 * `limit` bytes): refuses files above `limit`, binary data and invalid UTF-8 (with the position
 * of the first bad byte), and drops a byte order mark. A file that is missing, a folder, not a
 * regular file, or unreadable is the user's input problem (exit 2), named in the message as
 * `shown` (as the user typed it).
 */
export async function readText(
  file: string,
  limit: number,
  shown: string = file,
): Promise<TextResult> {
  const read = await readBytes(file, limit, shown);
  if (!read.ok)
    return {
      ok: false,
      problem: { kind: 'too-large', bytes: read.bytes, limit, ...(read.over && { over: true }) },
    };
  return decodeText(read.bytes);
}

/** "the file is 20.0 MB", or "the file is over 5 MB" where it grew while it was read. */
export function sizeOf(p: { bytes: number; limit: number; over?: boolean }): string {
  return p.over ? `over ${p.limit / MB} MB` : `${(p.bytes / MB).toFixed(1)} MB`;
}

/** A file that cannot be read as text, as a finding at its place. */
export function textProblemFinding(
  p: TextProblem,
  file: string,
  what: string,
  unit: 'file' | 'line' = 'file',
): Finding {
  const at = p.kind === 'too-large' ? { line: 1, column: 1 } : { line: p.line, column: p.column };
  return {
    rule: p.kind === 'too-large' ? 'file-too-large' : 'file-not-text',
    severity: 'error',
    message:
      p.kind === 'too-large'
        ? `the file is ${sizeOf(p)}; attune reads ${what} up to ${p.limit / MB} MB`
        : p.kind === 'utf-16'
          ? 'the file is UTF-16 text; save it as UTF-8'
          : `the ${unit} is not UTF-8 text (byte ${p.offset + 1} cannot be read as text)`,
    file,
    ...at,
    path: '',
  };
}

export function decodeText(bytes: Uint8Array): TextResult {
  // UTF-16 (as some Windows editors save) is named, so the fix is clear: save as UTF-8.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, problem: { kind: 'utf-16', offset: 0, line: 1, column: 1 } };
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return notText(bytes, firstInvalidUtf8(bytes));
  }
  if (nul >= 0) return notText(bytes, nul);
  return { ok: true, text };
}

function notText(bytes: Uint8Array, offset: number): TextResult {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { ok: false, problem: { kind: 'not-text', offset, line, column: offset - lineStart + 1 } };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the longest valid prefix; an incomplete sequence at the cut is fine.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return Math.min(lo, bytes.length - 1);
}
