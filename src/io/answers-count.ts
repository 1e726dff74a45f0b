import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { isError, type Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import {
  countAnswers,
  newTally,
  type ResponseRow,
  type Tally,
  type TallyCounts,
} from '../core/tally.js';
import { loadAnswers, type LoadedAnswers } from './answers-file.js';
import { answersFromLine, readLines, utf16File } from './answers-lines.js';
import { noAnswers, type Preloaded } from './answers-find.js';
import type { Part } from './answers-plan.js';
import { takeOver, type FrameworkHandOver } from './load-framework.js';

/**
 * Counting answers: each part read, each set of answers checked against the framework once,
 * and counted into the tally. Used in the main thread and in worker threads alike.
 */
export interface Setup {
  cwd: string;
  /** Finding rules that do not make answers unusable here (comparing with an older version). */
  tolerate: string[];
  /** Keep each respondent's rows for the tidy export. */
  keepRows: boolean;
  /** What finding the framework read already (answers-find.ts), as [file, read] pairs. */
  preloaded: [string, { line?: number; loaded: LoadedAnswers }][];
}

export interface Respondent {
  role?: string;
  unit?: string;
  rows: ResponseRow[];
}

/** What one part gave: findings with line numbers from the start of its range. */
export interface PartResult {
  skipped: LoadedAnswers[];
  warnings: Finding[];
  respondents: Respondent[];
  /** Sets of answers read (files, or non-blank lines). */
  documents: number;
  /** For a JSON Lines part: how many lines it holds, blank ones too. */
  lines: number;
  /** [file, SHA-256] of each file this part read whole, from the bytes read. */
  digests: [string, string][];
}

/** A worker thread's share: its counts, and what each of its parts gave. */
export interface Share {
  tally: TallyCounts;
  parts: PartResult[];
}

export const preloadedList = (preloaded: Preloaded): Setup['preloaded'] => [...preloaded];

/** Reads, checks and counts one part into `tally`, in order. */
export async function countPart(
  part: Part,
  tally: Tally,
  framework: Framework,
  setup: Setup,
): Promise<PartResult> {
  const out: PartResult = {
    skipped: [],
    warnings: [],
    respondents: [],
    documents: 0,
    lines: 0,
    digests: [],
  };
  const tolerated = new Set(setup.tolerate);
  const preloaded = new Map(setup.preloaded);
  const count = (loaded: LoadedAnswers) => {
    out.documents++;
    const errors = loaded.findings.filter((f) => isError(f) && !tolerated.has(f.rule));
    // Errors tolerated here (an answer to a question an update removed) leave the answers usable.
    const doc = loaded.doc ?? (errors.length === 0 ? loaded.shape : undefined);
    if (!doc) {
      out.skipped.push(loaded);
      return;
    }
    out.warnings.push(...loaded.findings.filter((f) => !errors.includes(f)));
    const rows = countAnswers(tally, doc);
    if (setup.keepRows) {
      const { role } = doc.respondent ?? {};
      out.respondents.push({
        ...(role !== undefined && { role }),
        ...(doc.unit !== undefined && { unit: doc.unit }),
        rows,
      });
    }
  };
  if ('files' in part) {
    for (const file of part.files) {
      const loaded =
        preloaded.get(file)?.loaded ??
        (await loadAnswers(resolve(setup.cwd, file), file, framework));
      if (loaded.sha256 !== undefined) out.digests.push([file, loaded.sha256]);
      count(loaded);
    }
    return out;
  }
  const shown = part.lines;
  const first = (part.range?.from ?? 0) === 0;
  const utf16 = first ? utf16File(resolve(setup.cwd, shown), shown) : undefined;
  if (utf16) {
    // Named once, for the whole file (which is never cut into ranges).
    count(utf16);
    return out;
  }
  const read = first ? preloaded.get(shown) : undefined;
  // A file read whole is digested as it is read; a part of one, by the main thread meanwhile.
  const hash = part.range ? undefined : createHash('sha256');
  for (const line of readLines(resolve(setup.cwd, shown), shown, part.range, hash && { hash })) {
    out.lines = line.number;
    const loaded =
      read && read.line === line.number
        ? read.loaded
        : await answersFromLine(line, shown, framework, first && line.number === 1);
    if (loaded) count(loaded);
  }
  if (hash) out.digests.push([shown, hash.digest('hex')]);
  if (out.documents === 0 && !part.range) {
    out.documents = 1;
    out.skipped.push(noAnswers(shown));
  }
  return out;
}

/** A worker thread's share (see worker.ts): the framework read again from its file. */
export async function collectShare(
  parts: readonly Part[],
  data: Setup & { framework: FrameworkHandOver },
): Promise<Share> {
  const framework = takeOver(data.framework);
  const tally = newTally(framework);
  const results: PartResult[] = [];
  for (const part of parts) results.push(await countPart(part, tally, framework, data));
  const { framework: _f, ...counts } = tally;
  return { tally: counts, parts: results };
}

/** Puts the parts' results together in order, numbering JSON Lines findings from each file's start. */
export function mergeResults(parts: readonly Part[], results: readonly PartResult[]) {
  const out = {
    skipped: [] as LoadedAnswers[],
    warnings: [] as Finding[],
    respondents: [] as Respondent[],
    documents: 0,
    digests: new Map<string, string>(),
  };
  const linesBefore = new Map<string, number>();
  results.forEach((result, i) => {
    const part = parts[i];
    const base = part && 'lines' in part ? (linesBefore.get(part.lines) ?? 0) : 0;
    if (part && 'lines' in part) linesBefore.set(part.lines, base + result.lines);
    const move = (f: Finding): Finding => (base === 0 ? f : { ...f, line: f.line + base });
    out.skipped.push(...result.skipped.map((s) => ({ ...s, findings: s.findings.map(move) })));
    out.warnings.push(...result.warnings.map(move));
    out.respondents.push(...result.respondents);
    out.documents += result.documents;
    for (const [file, sha256] of result.digests) out.digests.set(file, sha256);
  });
  return out;
}
