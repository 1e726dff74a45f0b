import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import { plural } from '../core/plural.js';
import { oneLine } from '../core/sanitize.js';
import {
  countAnswers,
  mergeTally,
  newTally,
  type ResponseRow,
  type Tally,
  type TallyCounts,
} from '../core/tally.js';
import { finding, loadAnswers, type LoadedAnswers } from './answers-file.js';
import {
  answersFromLine,
  fileSize,
  isAnswersLines,
  readLines,
  splitLines,
  utf16File,
  type LineRange,
} from './answers-lines.js';
import { expandInputs, type Duplicate } from './expand-paths.js';
import { FrameworkLoader, looksLikePath } from './load-framework.js';
import { defaultThreads, inWorkers } from './workers.js';

export interface CollectOptions {
  cwd: string;
  loader: FrameworkLoader;
  /** `--framework`: an id or a path; otherwise the answers files' own `framework.id`. */
  framework?: string | Framework;
  /** Leave out files that cannot be used (and say which) instead of stopping. */
  skipInvalid: boolean;
  /** Keep each respondent's rows for the tidy export. */
  keepRows?: boolean;
  /** Finding rules that do not make a file unusable here (comparing with an older version). */
  tolerate?: readonly string[];
  /** Worker threads for many files (default: one per core, up to four). */
  threads?: number;
  /** When to share the work among threads (default: measured; see PARALLEL_FROM). */
  parallelFrom?: { files: number; lineBytes: number };
}

export interface Respondent {
  role?: string;
  unit?: string;
  rows: ResponseRow[];
}

export interface Collected {
  framework: Framework;
  tally: Tally;
  /** Sets of answers read: files, and lines of JSON Lines files. */
  documents: number;
  /** What they are called in messages: answers files, or sets of answers. */
  what: Noun;
  /** Answers left out with --skip-invalid, with why. */
  skipped: LoadedAnswers[];
  /** Warnings about answers that were counted. */
  warnings: Finding[];
  respondents: Respondent[];
  /** Paths to files already counted under another path: each real file is counted once. */
  duplicates: Duplicate[];
}

/**
 * Reads answers files (files, folders, globs; JSON Lines files hold one respondent per line),
 * checks each set of answers against the framework, and counts them into a tally in the order
 * given. Answers that cannot be used stop the command (exit 2) unless `skipInvalid`; then they
 * are left out, never counted, and listed.
 */
export async function collectAnswers(
  paths: readonly string[],
  options: CollectOptions,
): Promise<Collected> {
  const { files, duplicates } = await expandInputs(paths, {
    cwd: options.cwd,
    extensions: ['yaml', 'yml', 'json', 'jsonl', 'ndjson'],
    what: 'answers files',
  });
  const framework =
    typeof options.framework === 'object' ? options.framework : await frameworkFor(files, options);
  const setup: Setup = {
    cwd: options.cwd,
    tolerate: [...(options.tolerate ?? [])],
    keepRows: options.keepRows ?? false,
  };
  const threads = options.threads ?? defaultThreads();
  const parts = planParts(
    files,
    options.cwd,
    framework.file === undefined ? 1 : threads,
    options.parallelFrom ?? PARALLEL_FROM,
  );
  const shares =
    parts.parallel && parts.list.length > 1
      ? await inWorkers<Share>('report', shareOut(parts.list, threads), {
          ...setup,
          frameworkFile: framework.file,
        })
      : undefined;
  const tally = newTally(framework);
  const results: PartResult[] = [];
  if (shares) {
    // Each thread counted a contiguous share of the parts; put them together in order.
    for (const share of shares) {
      mergeTally(tally, share.tally);
      results.push(...share.parts);
    }
  } else {
    for (const part of parts.list) results.push(await countPart(part, tally, framework, setup));
  }
  const out = mergeResults(parts.list, results);
  const { skipped, documents } = out;
  const what = answersNoun(files);
  if (documents === 0) throw new InputError(`${paths.join(', ')}: no answers found`);
  if (skipped.length > 0 && !options.skipInvalid) {
    throw new InputError(unusable(skipped, documents, what));
  }
  if (skipped.length === documents) {
    throw new InputError(
      `none of the ${counted(documents, what)} could be used:\n${listFindings(skipped)}`,
    );
  }
  return {
    framework,
    tally,
    documents,
    what,
    skipped,
    warnings: out.warnings,
    respondents: out.respondents,
    duplicates,
  };
}

/**
 * When the work is worth sharing among worker threads (measured in bench/, 2 cores): from 2,000
 * answers files, or 64 MB of JSON Lines (about 35,000 respondents), or a mix adding up to as much.
 * Lines pay off later than files: reading lines allocates so fast that one thread already keeps a
 * second core busy collecting garbage, and each thread first spends about 0.2 s starting up.
 */
const PARALLEL_FROM = { files: 2000, lineBytes: 64 * 1024 * 1024 };

/** Reading, checking and counting one answers file costs about as much as this many bytes of lines. */
const FILE_COST_IN_BYTES = 5000;

/** A JSON Lines file is cut into parts for the threads only when larger than this. */
const SPLIT_FROM = 1024 * 1024;

/** A piece of the work: a run of answers files, or (part of) a JSON Lines file. */
export type Part = { files: string[] } | { lines: string; range?: LineRange };

interface Setup {
  cwd: string;
  tolerate: string[];
  keepRows: boolean;
}

/** What one part gave: findings with line numbers from the start of its range. */
interface PartResult {
  skipped: LoadedAnswers[];
  warnings: Finding[];
  respondents: Respondent[];
  /** Sets of answers read (files, or non-blank lines). */
  documents: number;
  /** For a JSON Lines part: how many lines it holds, blank ones too. */
  lines: number;
}

/** A worker thread's share: its counts, and what each of its parts gave. */
interface Share {
  tally: TallyCounts;
  parts: PartResult[];
}

/**
 * The parts to read, in order, and whether to share them among threads: then runs of files and
 * large JSON Lines files are cut so that each thread can take a share.
 */
function planParts(
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
function shareOut(parts: readonly Part[], threads: number): Part[][] {
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

/** Puts the parts' results together in order, numbering JSON Lines findings from each file's start. */
function mergeResults(parts: readonly Part[], results: readonly PartResult[]) {
  const out = {
    skipped: [] as LoadedAnswers[],
    warnings: [] as Finding[],
    respondents: [] as Respondent[],
    documents: 0,
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
  });
  return out;
}

/** Reads, checks and counts one part into `tally`, in order. */
async function countPart(
  part: Part,
  tally: Tally,
  framework: Framework,
  setup: Setup,
): Promise<PartResult> {
  const out: PartResult = { skipped: [], warnings: [], respondents: [], documents: 0, lines: 0 };
  const tolerated = new Set(setup.tolerate);
  const count = (loaded: LoadedAnswers) => {
    out.documents++;
    const errors = loaded.findings.filter((f) => f.severity === 'error' && !tolerated.has(f.rule));
    if (errors.length > 0 || !loaded.doc) {
      out.skipped.push(loaded);
      return;
    }
    out.warnings.push(...loaded.findings.filter((f) => !errors.includes(f)));
    const rows = countAnswers(tally, loaded.doc);
    if (setup.keepRows) {
      const { role } = loaded.doc.respondent ?? {};
      out.respondents.push({
        ...(role !== undefined && { role }),
        ...(loaded.doc.unit !== undefined && { unit: loaded.doc.unit }),
        rows,
      });
    }
  };
  if ('files' in part) {
    for (const file of part.files) {
      const abs = resolve(setup.cwd, file);
      count(await tolerant((fw) => loadAnswers(abs, file, fw), framework, tolerated));
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
  for (const line of readLines(resolve(setup.cwd, shown), shown, part.range)) {
    out.lines = line.number;
    const loaded = await tolerant(
      (fw) => answersFromLine(line, shown, fw, first && line.number === 1),
      framework,
      tolerated,
    );
    if (loaded) count(loaded);
  }
  if (out.documents === 0 && !part.range) {
    out.documents = 1;
    out.skipped.push(noAnswers(shown));
  }
  return out;
}

/** A worker thread's share (see worker.ts): the framework read again from its file. */
export async function collectShare(
  parts: readonly Part[],
  data: Setup & { frameworkFile: string },
): Promise<Share> {
  const framework = await new FrameworkLoader(data.cwd).require(data.frameworkFile);
  const tally = newTally(framework);
  const results: PartResult[] = [];
  for (const part of parts) results.push(await countPart(part, tally, framework, data));
  const { framework: _f, ...counts } = tally;
  return { tally: counts, parts: results };
}

/**
 * Loads a set of answers checked against the framework. Errors that are tolerated here still
 * leave it usable: then it is read again without the framework's checks, and the findings kept.
 */
async function tolerant<T extends LoadedAnswers | undefined>(
  load: (framework?: Framework) => Promise<T>,
  framework: Framework,
  tolerate: ReadonlySet<string>,
): Promise<T> {
  const loaded = await load(framework);
  if (!loaded || loaded.doc || tolerate.size === 0) return loaded;
  if (loaded.findings.every((f) => f.severity !== 'error' || tolerate.has(f.rule))) {
    const shape = await load();
    if (shape?.doc) {
      // Unknown questions are not counted anyway; the rest of the file is.
      return { ...loaded, doc: shape.doc };
    }
  }
  return loaded;
}

/** The first set of answers in a file: the file itself, or a JSON Lines file's first line. */
async function firstAnswers(file: string, cwd: string): Promise<LoadedAnswers> {
  const abs = resolve(cwd, file);
  if (!isAnswersLines(file)) return loadAnswers(abs, file);
  const utf16 = utf16File(abs, file);
  if (utf16) return utf16;
  for (const line of readLines(abs, file)) {
    const loaded = await answersFromLine(line, file, undefined, line.number === 1);
    if (loaded) return loaded;
  }
  return noAnswers(file);
}

/** The framework the answers are for: from the first file that can be read. */
async function frameworkFor(files: readonly string[], options: CollectOptions): Promise<Framework> {
  const ref = options.framework;
  if (typeof ref === 'string') return options.loader.require(ref);
  for (const file of files) {
    const loaded = await firstAnswers(file, options.cwd);
    if (!loaded.doc) continue;
    const id = loaded.doc.framework.id;
    try {
      return await options.loader.require(id);
    } catch (error) {
      if (error instanceof InputError && !looksLikePath(id)) {
        throw new InputError(
          `${file}: these answers are for framework "${oneLine(id)}", which is neither bundled nor in ./frameworks; give its file with --framework`,
        );
      }
      throw error;
    }
  }
  throw new InputError(
    `none of the ${counted(files.length, FILES)} could be read:\n${listFindings(
      await Promise.all(files.slice(0, 5).map((f) => firstAnswers(f, options.cwd))),
    )}`,
  );
}

const MAX_LISTED = 20;

function listFindings(files: readonly LoadedAnswers[]): string {
  const lines = files
    .flatMap((f) => f.findings.filter((x) => x.severity === 'error'))
    .map((f) => `${oneLine(f.file)}:${f.line}:${f.column} ${oneLine(f.message)} (${f.rule})`);
  const more = lines.length - MAX_LISTED;
  return [...lines.slice(0, MAX_LISTED), ...(more > 0 ? [`… and ${more} more`] : [])].join('\n');
}

function unusable(skipped: readonly LoadedAnswers[], total: number, what: Noun): string {
  const them = skipped.length === 1 ? 'it' : 'them';
  return `${listFindings(skipped)}\n${skipped.length} of ${counted(total, what)} cannot be used; correct ${them}, or leave ${them} out with --skip-invalid`;
}

export interface Noun {
  one: string;
  many: string;
}

const FILES: Noun = { one: 'answers file', many: 'answers files' };

/** Answers files, or where JSON Lines are read, sets of answers (a file or a line each). */
function answersNoun(files: readonly string[]): Noun {
  return files.some(isAnswersLines) ? { one: 'set of answers', many: 'sets of answers' } : FILES;
}

/** "3 answers files", "1 set of answers". */
export const counted = (n: number, what: Noun): string => plural(n, what.one, what.many);

/** A JSON Lines file with no answers in it. */
function noAnswers(file: string): LoadedAnswers {
  const message = 'the file holds no answers (one line of JSON per respondent)';
  return { file, findings: [finding('file-empty', file, 1, 1, message)] };
}

export { listFindings };
