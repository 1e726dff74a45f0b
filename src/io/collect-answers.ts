import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import { oneLine } from '../core/sanitize.js';
import { countAnswers, newTally, type ResponseRow, type Tally } from '../core/tally.js';
import { loadAnswers, type LoadedAnswers } from './answers-file.js';
import { expandPaths } from './expand-paths.js';
import { looksLikePath, type FrameworkLoader } from './load-framework.js';

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
  const tally = newTally(framework);
  const skipped: LoadedAnswers[] = [];
  const warnings: Finding[] = [];
  const respondents: Respondent[] = [];
  const tolerate = new Set(options.tolerate ?? []);

  const take = (loaded: LoadedAnswers) => {
    const errors = loaded.findings.filter((f) => f.severity === 'error' && !tolerate.has(f.rule));
    if (errors.length > 0 || !loaded.doc) {
      skipped.push(loaded);
      return;
    }
    warnings.push(...loaded.findings.filter((f) => !errors.includes(f)));
    const rows = countAnswers(tally, loaded.doc);
    if (options.keepRows) {
      const { role } = loaded.doc.respondent ?? {};
      respondents.push({
        ...(role !== undefined && { role }),
        ...(loaded.doc.unit !== undefined && { unit: loaded.doc.unit }),
        rows,
      });
    }
  };

  // One file at a time, in order: reads are synchronous (see readBytes), and notes and the
  // tidy rows keep the order of the files.
  for (const file of files) {
    take(await loadTolerant(resolve(options.cwd, file), file, framework, tolerate));
  }

  if (skipped.length > 0 && !options.skipInvalid) {
    throw new InputError(unusable(skipped, files.length));
  }
  if (skipped.length === files.length) {
    throw new InputError(
      `none of the ${files.length} answers file${files.length === 1 ? '' : 's'} could be used:\n${listFindings(skipped)}`,
    );
  }
  return { framework, tally, files: files.length, skipped, warnings, respondents };
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
