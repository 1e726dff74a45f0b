import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import { plural } from '../core/plural.js';
import { mergeTally, newTally, type Tally } from '../core/tally.js';
import type { LoadedAnswers } from './answers-file.js';
import { isAnswersLines } from './answers-lines.js';
import { fileDigest } from './digests.js';
import {
  findAnswerFiles,
  frameworkOfAnswers,
  listFindings,
  type Preloaded,
} from './answers-find.js';
import {
  collectShare,
  countPart,
  mergeResults,
  preloadedList,
  type PartResult,
  type Respondent,
  type Setup,
  type Share,
} from './answers-count.js';
import { PARALLEL_FROM, planParts, shareOut } from './answers-plan.js';
import type { Duplicate } from './expand-paths.js';
import { handOver, type FrameworkLoader } from './load-framework.js';
import { defaultThreads, inWorkers } from './workers.js';

export type { Part } from './answers-plan.js';
export type { Respondent } from './answers-count.js';
export { collectShare, listFindings };

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
  /** The files read, each real file once (as given or found; relative to cwd where so given). */
  files: string[];
  /** Each file's SHA-256, taken from the bytes read where the file was read whole. */
  digests: ReadonlyMap<string, string>;
}

/**
 * Reads answers files (files, folders, globs; JSON Lines files hold one respondent per line),
 * checks each set of answers against the framework, and counts them into a tally in the order
 * given. Answers that cannot be used stop the command (exit 2) unless `skipInvalid`; then they
 * are left out, never counted, and listed. Three steps: finding the files and their framework
 * (answers-find.ts), planning the work among threads (answers-plan.ts), and counting
 * (answers-count.ts). Each file is read and parsed once.
 */
export async function collectAnswers(
  paths: readonly string[],
  options: CollectOptions,
): Promise<Collected> {
  const { files, duplicates } = await findAnswerFiles(paths, options.cwd);
  const { framework, preloaded } = await frameworkFor(files, options);
  const setup: Setup = {
    cwd: options.cwd,
    tolerate: [...(options.tolerate ?? [])],
    keepRows: options.keepRows ?? false,
    preloaded: preloadedList(preloaded),
  };
  const threads = options.threads ?? defaultThreads();
  // Worker threads are given the framework checked here; one made otherwise stays in this thread.
  const given = handOver(framework);
  const parts = planParts(
    files,
    options.cwd,
    given === undefined ? 1 : threads,
    options.parallelFrom ?? PARALLEL_FROM,
  );
  // A JSON Lines file cut among threads is digested here, while they read it.
  const cut = [...new Set(parts.list.flatMap((p) => ('lines' in p && p.range ? [p.lines] : [])))];
  const cutDigests = Promise.all(
    cut.map(async (f) => [f, await fileDigest(resolve(options.cwd, f), f)] as const),
  );
  cutDigests.catch(() => undefined);
  const shares =
    parts.parallel && parts.list.length > 1
      ? await inWorkers<Share>('report', shareOut(parts.list, threads), {
          ...setup,
          framework: given,
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
  for (const [file, sha256] of await cutDigests) out.digests.set(file, sha256);
  for (const file of files)
    if (!out.digests.has(file))
      out.digests.set(file, await fileDigest(resolve(options.cwd, file), file));
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
    files,
    digests: out.digests,
  };
}

/** The framework named, or the one the answers name (read on the way, and kept). */
async function frameworkFor(
  files: readonly string[],
  options: CollectOptions,
): Promise<{ framework: Framework; preloaded: Preloaded }> {
  const ref = options.framework;
  if (typeof ref === 'object') return { framework: ref, preloaded: new Map() };
  if (typeof ref === 'string')
    return { framework: await options.loader.require(ref), preloaded: new Map() };
  return frameworkOfAnswers(files, options.cwd, options.loader);
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
