import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Framework } from '../core/framework.js';
import { plural } from '../core/plural.js';
import { oneLine } from '../core/sanitize.js';
import type { AnswersDoc } from '../core/schema/answers.js';
import { finding, isError } from '../core/findings.js';
import { loadAnswers, type LoadedAnswers } from './answers-file.js';
import { answersFromLine, isAnswersLines, readLines, utf16File } from './answers-lines.js';
import { expandInputs, type Duplicate } from './expand-paths.js';
import { looksLikePath, type FrameworkLoader } from './load-framework.js';

/**
 * Finding the answers to report on: the files (folders and globs expanded), and the framework
 * they answer, from the first set of answers that names one.
 */
export const ANSWERS_EXTENSIONS = ['yaml', 'yml', 'json', 'jsonl', 'ndjson'];

/**
 * Sets of answers already read while finding the framework, by file: counting takes them from
 * here rather than reading them again. For a JSON Lines file, its first line with answers.
 */
export type Preloaded = Map<string, { line?: number; loaded: LoadedAnswers }>;

/** The answers files the paths name; each real file once, with the other paths to it. */
export function findAnswerFiles(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: string[]; duplicates: Duplicate[] }> {
  return expandInputs(paths, { cwd, extensions: ANSWERS_EXTENSIONS, what: 'answers files' });
}

/**
 * The framework the answers are for: from the first set of answers that can be read. Each set
 * read on the way is checked against that framework as it is read, and kept.
 */
export async function frameworkOfAnswers(
  files: readonly string[],
  cwd: string,
  loader: FrameworkLoader,
): Promise<{ framework: Framework; preloaded: Preloaded }> {
  const preloaded: Preloaded = new Map();
  const tried: LoadedAnswers[] = [];
  for (const file of files) {
    // Set by frameworkFor, which the reader calls once the answers' shape is known.
    const found: { framework?: Framework } = {};
    const frameworkFor = async (doc: AnswersDoc) => {
      const id = doc.framework.id;
      try {
        found.framework = await loader.require(id);
        return found.framework;
      } catch (error) {
        if (error instanceof InputError && !looksLikePath(id)) {
          throw new InputError(
            `${file}: these answers are for framework "${oneLine(id)}", which is neither bundled nor in ./frameworks; give its file with --framework`,
          );
        }
        throw error;
      }
    };
    const first = await firstAnswers(file, cwd, frameworkFor);
    if (first.line !== undefined || !isAnswersLines(file)) preloaded.set(file, first);
    if (found.framework) return { framework: found.framework, preloaded };
    tried.push(first.loaded);
  }
  throw new InputError(
    `none of the ${plural(files.length, 'answers file')} could be read:\n${listFindings(tried.slice(0, 5))}`,
  );
}

/** The first set of answers in a file: the file itself, or a JSON Lines file's first line. */
async function firstAnswers(
  file: string,
  cwd: string,
  frameworkFor: (doc: AnswersDoc) => Promise<Framework>,
): Promise<{ line?: number; loaded: LoadedAnswers }> {
  const abs = resolve(cwd, file);
  if (!isAnswersLines(file)) return { loaded: await loadAnswers(abs, file, frameworkFor) };
  const utf16 = utf16File(abs, file);
  if (utf16) return { loaded: utf16 };
  for (const line of readLines(abs, file)) {
    const loaded = await answersFromLine(line, file, frameworkFor, line.number === 1);
    if (loaded) return { line: line.number, loaded };
  }
  return { loaded: noAnswers(file) };
}

/** A JSON Lines file with no answers in it. */
export function noAnswers(file: string): LoadedAnswers {
  const message = 'the file holds no answers (one line of JSON per respondent)';
  return { file, findings: [finding('file-empty', { file, line: 1, column: 1 }, message)] };
}

const MAX_LISTED = 20;

/** The errors of answers that cannot be used, one line each, up to twenty. */
export function listFindings(files: readonly LoadedAnswers[]): string {
  // Only the lines shown are written out: a file can hold tens of thousands of errors.
  const lines: string[] = [];
  let errors = 0;
  for (const file of files)
    for (const f of file.findings) {
      if (!isError(f)) continue;
      if (++errors <= MAX_LISTED)
        lines.push(`${oneLine(f.file)}:${f.line}:${f.column} ${oneLine(f.message)} (${f.rule})`);
    }
  if (errors > MAX_LISTED) lines.push(`… and ${errors - MAX_LISTED} more`);
  return lines.join('\n');
}
