import { dump } from 'js-yaml';
import { checkAnswers } from '../core/answers.js';
import { InputError } from '../core/errors.js';
import { jsonSyntaxError } from '../core/json-syntax.js';
import { compareFindings, type Finding, type Issue } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import { answersSchema, type AnswersDoc } from '../core/schema/answers.js';
import { schemaIssues } from '../core/schema-issues.js';
import { oneLine } from '../core/sanitize.js';
import { readBytesSync } from './read-file.js';
import { decodeText, MB, sizeOf, textProblemFinding } from './read-text.js';
import { writeFileSafely } from './write-file.js';
import { findingAt, parseYaml, withPositions, type YamlSource } from './yaml-source.js';

/** An answers file holds one respondent's answers: a few KB. 1 MB is far beyond any real one. */
export const ANSWERS_SIZE_LIMIT = 1 * MB;

export interface LoadedAnswers {
  /** The file as shown in messages. */
  file: string;
  /** The answers, where the file has the right shape (and, if checked, fits its framework). */
  doc?: AnswersDoc;
  findings: Finding[];
}

/**
 * Reads an answers file, YAML or JSON: JSON.parse first where the text looks like JSON (ten
 * times faster than a YAML parser, which matters at thousands of files), then the YAML reader.
 * Positions are worked out only where there is something to report. With a framework, the
 * answers are checked against it too.
 */
export async function loadAnswers(
  path: string,
  shown: string = path,
  framework?: Framework,
): Promise<LoadedAnswers> {
  const decoded = decodeText(readBytes(path, shown));
  if (!decoded.ok) {
    return {
      file: shown,
      findings: [textProblemFinding(decoded.problem, shown, 'answers files')],
    };
  }
  return answersFromText(decoded.text, shown, framework);
}

/**
 * One answers document from its text (see loadAnswers). With `jsonOnly` (a line of a JSON Lines
 * file), text that is not JSON is reported as such, at the character where it stops being JSON,
 * rather than read as YAML.
 */
export async function answersFromText(
  text: string,
  shown: string,
  framework?: Framework,
  jsonOnly = false,
): Promise<LoadedAnswers> {
  let data: unknown;
  let source: YamlSource = { file: shown, text };
  const findings: Finding[] = [];
  if (jsonOnly || /^\s*\{/.test(text)) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
      if (jsonOnly) {
        const error = jsonSyntaxError(text) ?? { offset: 0, message: 'not valid JSON' };
        return {
          file: shown,
          findings: [finding('json-syntax', shown, 1, error.offset + 1, error.message)],
        };
      }
    }
  }
  if (data === undefined) {
    const parsed = await parseYaml(shown, text);
    source = parsed.source;
    findings.push(...parsed.findings);
    if (parsed.data === undefined) return { file: shown, findings };
    data = parsed.data;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      file: shown,
      findings: [
        finding(
          'root-not-mapping',
          shown,
          1,
          1,
          `the ${jsonOnly ? 'line' : 'file'} is not a mapping of keys such as attune and answers`,
        ),
      ],
    };
  }
  const result = answersSchema.safeParse(data);
  if (!result.success) {
    const issues = schemaIssues(answersSchema, result.error.issues, data);
    return {
      file: shown,
      findings: [...findings, ...(await place(source, issues))].sort(compareFindings),
    };
  }
  const doc = data as AnswersDoc;
  if (framework) {
    const issues = checkAnswers(framework, doc);
    if (issues.length > 0) findings.push(...(await place(source, issues)));
  }
  findings.sort(compareFindings);
  return findings.some((f) => f.severity === 'error')
    ? { file: shown, findings }
    : { file: shown, doc, findings };
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

async function place(source: YamlSource, issues: readonly Issue[]): Promise<Finding[]> {
  await withPositions(source);
  return issues.map((i) => findingAt(source, i));
}

/** An error found in answers, at its place. */
export function finding(
  rule: Finding['rule'],
  file: string,
  line: number,
  column: number,
  message: string,
): Finding {
  return { rule, severity: 'error', message, file, line, column, path: '' };
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
