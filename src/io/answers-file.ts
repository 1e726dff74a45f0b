import { dump } from 'js-yaml';
import { checkAnswers } from '../core/answers.js';
import { InputError } from '../core/errors.js';
import { isError, type Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import { answersSchema, isAnswersDoc, type AnswersDoc } from '../core/schema/answers.js';
import { Checking, inSource, parseText } from './check-pipeline.js';
import { oneLine } from '../core/sanitize.js';
import { sha256Bytes } from './digests.js';
import { readBytesSync } from './read-file.js';
import { decodeText, MB, sizeOf, textProblemFinding } from './read-text.js';
import { writeFileSafely } from './write-file.js';

/** An answers file holds one respondent's answers: a few KB. 1 MB is far beyond any real one. */
export const ANSWERS_SIZE_LIMIT = 1 * MB;

export interface LoadedAnswers {
  /** The file as shown in messages. */
  file: string;
  /** The answers, where the file has the right shape (and, if checked, fits its framework). */
  doc?: AnswersDoc;
  /** The answers where the file has the right shape, whether or not they fit the framework. */
  shape?: AnswersDoc;
  findings: Finding[];
  /** For a file read whole: the SHA-256 of its bytes as read (for the report's provenance). */
  sha256?: string;
}

/** The framework to check answers against, or how to find it from the answers themselves. */
export type FrameworkFor = Framework | ((doc: AnswersDoc) => Promise<Framework>);

/**
 * Reads an answers file, YAML or JSON: JSON.parse first where the text looks like JSON (ten
 * times faster than a YAML parser, which matters at thousands of files), then the YAML reader.
 * Positions are worked out only where there is something to report. With a framework, the
 * answers are checked against it too.
 */
export async function loadAnswers(
  path: string,
  shown: string = path,
  framework?: FrameworkFor,
): Promise<LoadedAnswers> {
  const bytes = readBytes(path, shown);
  // Taken from the very bytes scored, so that the provenance names what was counted.
  const sha256 = sha256Bytes(bytes);
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return {
      file: shown,
      findings: [textProblemFinding(decoded.problem, shown, 'answers files')],
      sha256,
    };
  }
  return { ...(await answersFromText(decoded.text, shown, framework)), sha256 };
}

/**
 * One answers document from its text (see loadAnswers). With `jsonOnly` (a line of a JSON Lines
 * file), text that is not JSON is reported as such, at the character where it stops being JSON,
 * rather than read as YAML.
 */
export async function answersFromText(
  text: string,
  shown: string,
  frameworkFor?: FrameworkFor,
  jsonOnly = false,
): Promise<LoadedAnswers> {
  const parsed = await parseText(shown, text, {
    as: jsonOnly ? 'json' : 'json-first',
    keys: 'attune and answers',
  });
  const check = new Checking(inSource(parsed.source));
  check.add(parsed.findings);
  const shape =
    parsed.data === undefined
      ? undefined
      : check.shape(answersSchema, parsed.data, undefined, isAnswersDoc);
  // Looked up by question ids from the framework: only the file's own answers may be found.
  if (shape) Object.setPrototypeOf(shape.answers, null);
  const framework =
    shape === undefined || typeof frameworkFor !== 'function'
      ? frameworkFor
      : await frameworkFor(shape);
  if (shape && framework && typeof framework !== 'function')
    check.issues(checkAnswers(framework, shape));
  const findings = await check.done();
  return {
    file: shown,
    findings,
    ...(shape && { shape }),
    ...(shape && !findings.some(isError) && { doc: shape }),
  };
}

/**
 * Reads the file's bytes synchronously: for thousands of small files, one blocking read each is
 * about twice as fast as the promise-based stat, open, read and close (bench/README.md).
 */
function readBytes(path: string, shown: string): Uint8Array {
  const read = readBytesSync(path, ANSWERS_SIZE_LIMIT, shown);
  if (!read.ok) {
    throw new InputError(
      `${oneLine(shown)}: the file is ${sizeOf(read)}; an answers file is at most ${ANSWERS_SIZE_LIMIT / MB} MB`,
    );
  }
  return read.bytes;
}

/** The keys of an answers file, in the order a person reads them. */
const KEY_ORDER = [
  'attune',
  'framework',
  'respondent',
  'unit',
  'lang',
  'status',
  'started',
  'updated',
  'skipped',
  'answers',
] as const;

/**
 * An answers file's text: YAML (block style, keys in reading order), JSON for .json, or one
 * line of JSON (ending in a newline) for a JSON Lines file.
 */
export function answersText(doc: AnswersDoc, format: 'yaml' | 'json' | 'jsonl'): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (doc[key] !== undefined) ordered[key] = doc[key];
  if (format === 'json') return `${JSON.stringify(ordered, null, 2)}\n`;
  if (format === 'jsonl') return `${JSON.stringify(ordered)}\n`;
  return dump(ordered, { lineWidth: -1, noRefs: true, quotingType: '"' });
}

export const answersFormatOf = (path: string): 'yaml' | 'json' =>
  /\.json$/i.test(path) ? 'json' : 'yaml';

/** Saves an answers file atomically (see writeFileSafely): YAML, or JSON for a .json path. */
export async function saveAnswers(path: string, doc: AnswersDoc): Promise<void> {
  await writeFileSafely(path, answersText(doc, answersFormatOf(path)));
}
