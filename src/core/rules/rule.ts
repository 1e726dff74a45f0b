import type { Issue, Path } from '../findings.js';

export type Severity = 'error' | 'warning';

/**
 * An example of a rule, shown in docs/rules.md and run by the tests: a failing example produces
 * its rule and nothing else; a passing example produces nothing at all.
 */
export interface Example {
  /**
   * YAML text. For a framework rule, by default a part of a framework laid over the example
   * framework (see `example-framework.ts`): top-level keys replace its keys, except that lists
   * of elements with ids and the scales are matched by id, and the keys given replace those of
   * the element with that id (or add a new element). With `whole`, the file as it stands.
   */
  yaml: string;
  whole?: boolean;
  /** Other files the example names (with `extends`), by file name. */
  files?: Readonly<Record<string, string>>;
}

/** What a rule is about: a framework file, an answers file, a line of a JSON Lines file, a plan. */
export type Subject = 'framework' | 'answers' | 'answers-line' | 'plan';

export interface RuleMeta<Id extends string = string> {
  id: Id;
  severity: Severity;
  /** One sentence: what the rule finds. */
  description: string;
  subject: Subject;
  failing?: Example;
  passing?: Example;
  /** Why a rule has no example: only where a file in the docs cannot show it. */
  noExample?: string;
}

/** Adds a finding of `rule` at `path` (by default at the value; `key` points at the key). */
export type Report<Id extends string> = (
  rule: Id,
  path: Path,
  message: string,
  options?: { target?: 'key' | 'value'; file?: string },
) => void;

/**
 * A rule or a small family of rules that share their reasoning: their metadata, and a check
 * over what they are about (for framework rules, the index built once per framework).
 */
export interface RuleFamily<Id extends string, About = never> {
  /** A heading for the family in docs/rules.md. */
  title: string;
  rules: readonly RuleMeta<Id>[];
  check?: (about: About, report: Report<Id>) => void;
}

/** Keeps each rule's id as its literal type, so that the registry can list every id. */
export function family<const Id extends string, About = never>(
  f: RuleFamily<Id, About>,
): RuleFamily<Id, About> {
  return f;
}

/** An issue of a rule at a path: the one place an issue is made, so its severity is the rule's. */
export function issueOf(
  rule: Pick<RuleMeta, 'id' | 'severity'>,
  path: Path,
  message: string,
  options: { target?: 'key' | 'value'; file?: string } = {},
): Issue {
  const out: Issue = {
    rule: rule.id as Issue['rule'],
    severity: rule.severity,
    message,
    path,
    target: options.target ?? 'value',
  };
  if (options.file !== undefined) out.file = options.file;
  return out;
}

/** Runs a family's check, adding what it reports to `out`. */
export function runFamily<Id extends string, About>(
  f: RuleFamily<Id, About>,
  about: About,
  out: Issue[],
): void {
  const metas = new Map<string, RuleMeta<Id>>(f.rules.map((r) => [r.id, r]));
  f.check?.(about, (rule, path, message, options) => {
    const meta = metas.get(rule);
    // A family reports only its own rules: that is what keeps each rule's metadata true.
    if (!meta) throw new Error(`${f.title}: ${rule} is not one of its rules`);
    out.push(issueOf(meta, path, message, options));
  });
}
