import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import { oneLine } from '../core/sanitize.js';
import {
  countAnswers,
  mergeTally,
  newTally,
  type ResponseRow,
  type Tally,
  type TallyCounts,
} from '../core/tally.js';
import { loadAnswers, type LoadedAnswers } from './answers-file.js';
import { expandPaths } from './expand-paths.js';
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
}

export interface Respondent {
  role?: string;
  unit?: string;
  rows: ResponseRow[];
}

export interface Collected {
  framework: Framework;
  tally: Tally;
  files: number;
  /** Files left out with --skip-invalid, with why. */
  skipped: LoadedAnswers[];
  /** Warnings about files that were counted. */
  warnings: Finding[];
  respondents: Respondent[];
}

/**
 * Reads answers files (files, folders, globs), checks each against the framework, and counts
 * them into a tally in the order given. Files that cannot be used stop the command (exit 2)
 * unless `skipInvalid`; then they are left out, never counted, and listed.
 */
export async function collectAnswers(
  paths: readonly string[],
  options: CollectOptions,
): Promise<Collected> {
  const files = await expandPaths(paths, {
    cwd: options.cwd,
    extensions: ['yaml', 'yml', 'json'],
    what: 'answers files',
  });
  const framework =
    typeof options.framework === 'object' ? options.framework : await frameworkFor(files, options);
  const tolerate = [...(options.tolerate ?? [])];
  const keepRows = options.keepRows ?? false;

  let share: Share & { tally: Tally };
  const shares =
    files.length >= PARALLEL_FROM && framework.file !== undefined
      ? await inWorkers<Share>('report', files, options.threads ?? defaultThreads(), {
          cwd: options.cwd,
          frameworkFile: framework.file,
          tolerate,
          keepRows,
        })
      : undefined;
  if (shares) {
    // Each thread counted a contiguous share of the files; put them together in order.
    share = { tally: newTally(framework), skipped: [], warnings: [], respondents: [] };
    for (const s of shares) {
      mergeTally(share.tally, s.tally);
      share.skipped.push(...s.skipped);
      share.warnings.push(...s.warnings);
      share.respondents.push(...s.respondents);
    }
  } else {
    share = await countFiles(files, framework, options.cwd, tolerate, keepRows);
  }
  const { skipped } = share;
  if (skipped.length > 0 && !options.skipInvalid) {
    throw new InputError(unusable(skipped, files.length));
  }
  if (skipped.length === files.length) {
    throw new InputError(
      `none of the ${files.length} answers file${files.length === 1 ? '' : 's'} could be used:\n${listFindings(skipped)}`,
    );
  }
  return {
    framework,
    tally: share.tally,
    files: files.length,
    skipped,
    warnings: share.warnings,
    respondents: share.respondents,
  };
}

/** From this many files, they are shared among worker threads (measured in bench/). */
const PARALLEL_FROM = 2000;

interface Share {
  tally: TallyCounts;
  skipped: LoadedAnswers[];
  warnings: Finding[];
  respondents: Respondent[];
}

/** Reads, checks and counts files one at a time, in order. */
async function countFiles(
  files: readonly string[],
  framework: Framework,
  cwd: string,
  tolerate: readonly string[],
  keepRows: boolean,
): Promise<Share & { tally: Tally }> {
  const tally = newTally(framework);
  const out: Share & { tally: Tally } = { tally, skipped: [], warnings: [], respondents: [] };
  const tolerated = new Set(tolerate);
  for (const file of files) {
    const loaded = await loadTolerant(resolve(cwd, file), file, framework, tolerated);
    const errors = loaded.findings.filter((f) => f.severity === 'error' && !tolerated.has(f.rule));
    if (errors.length > 0 || !loaded.doc) {
      out.skipped.push(loaded);
      continue;
    }
    out.warnings.push(...loaded.findings.filter((f) => !errors.includes(f)));
    const rows = countAnswers(tally, loaded.doc);
    if (keepRows) {
      const { role } = loaded.doc.respondent ?? {};
      out.respondents.push({
        ...(role !== undefined && { role }),
        ...(loaded.doc.unit !== undefined && { unit: loaded.doc.unit }),
        rows,
      });
    }
  }
  return out;
}

/** A worker thread's share (see worker.ts): the framework read again from its file. */
export async function collectShare(
  files: readonly string[],
  data: { cwd: string; frameworkFile: string; tolerate: string[]; keepRows: boolean },
): Promise<Share> {
  const framework = await new FrameworkLoader(data.cwd).require(data.frameworkFile);
  const { tally, ...rest } = await countFiles(
    files,
    framework,
    data.cwd,
    data.tolerate,
    data.keepRows,
  );
  const { framework: _f, ...counts } = tally;
  return { tally: counts, ...rest };
}

async function loadTolerant(
  abs: string,
  shown: string,
  framework: Framework,
  tolerate: ReadonlySet<string>,
): Promise<LoadedAnswers> {
  const loaded = await loadAnswers(abs, shown, framework);
  if (loaded.doc || tolerate.size === 0) return loaded;
  // Errors that are tolerated here still leave the file usable: read it again without them.
  if (loaded.findings.every((f) => f.severity !== 'error' || tolerate.has(f.rule))) {
    const shape = await loadAnswers(abs, shown);
    if (shape.doc) {
      // Unknown questions are not counted anyway; the rest of the file is.
      return { ...loaded, doc: shape.doc };
    }
  }
  return loaded;
}

/** The framework the answers are for: from the first file that can be read. */
async function frameworkFor(files: readonly string[], options: CollectOptions): Promise<Framework> {
  const ref = options.framework;
  if (typeof ref === 'string') return options.loader.require(ref);
  for (const file of files) {
    const loaded = await loadAnswers(resolve(options.cwd, file), file);
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
    `none of the ${files.length} answers file${files.length === 1 ? '' : 's'} could be read:\n${listFindings(
      await Promise.all(files.slice(0, 5).map((f) => loadAnswers(resolve(options.cwd, f), f))),
    )}`,
  );
}

const MAX_LISTED = 20;

function listFindings(files: readonly LoadedAnswers[]): string {
  const lines = files
    .flatMap((f) => f.findings.filter((x) => x.severity === 'error'))
    .map((f) => `${f.file}:${f.line}:${f.column} ${oneLine(f.message)} (${f.rule})`);
  const more = lines.length - MAX_LISTED;
  return [...lines.slice(0, MAX_LISTED), ...(more > 0 ? [`… and ${more} more`] : [])].join('\n');
}

function unusable(skipped: readonly LoadedAnswers[], total: number): string {
  return `${listFindings(skipped)}\n${skipped.length} of ${total} answers file${total === 1 ? '' : 's'} cannot be used; correct ${skipped.length === 1 ? 'it' : 'them'}, or leave ${skipped.length === 1 ? 'it' : 'them'} out with --skip-invalid`;
}

export { listFindings };
