import { RULES, type RuleId, type Severity } from './rules.js';

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

export function issue(
  rule: RuleId,
  path: Path,
  message: string,
  target: 'key' | 'value' = 'value',
): Issue {
  return { rule, severity: RULES[rule].severity, message, path, target };
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

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule)
  );
}

export interface FindingCounts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
