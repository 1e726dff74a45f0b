import { RULES, type RuleId, type Severity } from './rules.js';
import { issueOf } from './rules/rule.js';

/** A location inside a document: keys and array indexes from the root. */
export type Path = readonly (string | number)[];

/**
 * What a rule found, before anyone knows the file's line and column: the core works on data,
 * and the io layer turns a path into a position.
 */
export interface Issue {
  rule: RuleId;
  severity: Severity;
  message: string;
  path: Path;
  /** Point at the key itself (an unknown key) rather than its value. */
  target: 'key' | 'value';
  /** For findings in another file (an extended framework), the file the path belongs to. */
  file?: string;
}

/** A finding as reported: the contract of `validate --format json`. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  path: string;
}

/** An issue at a path; its severity is the rule's. */
export function issue(
  rule: RuleId,
  path: Path,
  message: string,
  target: 'key' | 'value' = 'value',
): Issue {
  return issueOf(RULES[rule], path, message, { target });
}

/** A finding at its place: the one way a finding is made, so its severity is always the rule's. */
export function finding(
  rule: RuleId,
  at: { file: string; line: number; column: number },
  message: string,
  path: Path | string = '',
): Finding {
  return {
    rule,
    severity: RULES[rule].severity,
    message,
    file: at.file,
    line: at.line,
    column: at.column,
    path: typeof path === 'string' ? path : formatPath(path),
  };
}

/** `domains[0].questions[2].scale`: how a path is shown in JSON output. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** By file, line, column and rule; plain code-point order, cheap at tens of thousands. */
export function compareFindings(a: Finding, b: Finding): number {
  return byText(a.file, b.file) || a.line - b.line || a.column - b.column || byText(a.rule, b.rule);
}

const byText = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);

export const isError = (f: { severity: Severity }): boolean => f.severity === 'error';

export interface FindingCounts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: readonly { severity: Severity }[]): FindingCounts {
  let errors = 0;
  for (const f of findings) if (isError(f)) errors++;
  return { errors, warnings: findings.length - errors };
}

/** Two findings are one where they say the same thing at the same place. */
export const findingKey = (f: Finding): string =>
  `${f.file}\0${f.line}\0${f.column}\0${f.rule}\0${f.message}`;

/**
 * Each finding once (the first of its key), in `compareFindings` order. Sorted first (a stable
 * sort), findings at the same file, line, column and rule sit together, so a repeat is looked for
 * only among those: no key is built per finding, which counts at tens of thousands.
 */
export function settle(findings: Iterable<Finding>): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  const out: Finding[] = [];
  // The messages already kept at the place (and rule) of the last finding kept.
  let messages: Set<string> | undefined;
  let last: Finding | undefined;
  for (const f of sorted) {
    if (last !== undefined && compareFindings(last, f) === 0) {
      if (f.message === last.message) continue;
      messages ??= new Set([last.message]);
      if (messages.has(f.message)) continue;
      messages.add(f.message);
    } else messages = undefined;
    out.push(f);
    last = f;
  }
  return out;
}
