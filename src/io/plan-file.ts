import { isError, type Finding, type Issue } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import { planRules } from '../core/rules/plan.js';
import { runFamily } from '../core/rules/rule.js';
import { planSchema, type PlanDoc } from '../core/schema/plan.js';
import { Checking, inSource, parseText } from './check-pipeline.js';
import { MB, readText, textProblemFinding } from './read-text.js';

/** A plan of a thousand actions with notes is well under 5 MB. */
export const PLAN_SIZE_LIMIT = 5 * MB;

export interface LoadedPlan {
  file: string;
  /** The text as read: `attune plan` compares it again before it writes. */
  text?: string;
  doc?: PlanDoc;
  findings: Finding[];
}

/** Whether a file's text is a plan (`kind: plan` at the top level) rather than a framework. */
export const looksLikePlan = (text: string): boolean =>
  /^kind:[ \t]*["']?plan["']?[ \t]*(#.*)?$/m.test(text);

/** Checks a plan (already of the right shape) against the framework it follows. */
export function checkPlan(framework: Framework, doc: PlanDoc): Issue[] {
  const out: Issue[] = [];
  runFamily(planRules, { framework, doc }, out);
  return out;
}

/**
 * A plan from its text: its shape, then (given a framework, or a way to find it from the plan)
 * every action, target and role against the framework, each finding at its line and column.
 */
export async function planFromText(
  text: string,
  shown: string,
  frameworkFor?: Framework | ((doc: PlanDoc) => Promise<Framework | undefined>),
): Promise<LoadedPlan> {
  const parsed = await parseText(shown, text, { as: 'yaml', keys: 'attune, kind and actions' });
  const check = new Checking(inSource(parsed.source));
  check.add(parsed.findings);
  const doc = parsed.data === undefined ? undefined : check.shape(planSchema, parsed.data);
  const framework =
    doc === undefined || frameworkFor === undefined
      ? undefined
      : typeof frameworkFor === 'function'
        ? await frameworkFor(doc)
        : frameworkFor;
  if (doc && framework) check.issues(checkPlan(framework, doc));
  const findings = await check.done();
  return { file: shown, text, findings, ...(doc && !findings.some(isError) && { doc }) };
}

/** Reads and checks a plan file; a file that is missing or not text is the user's input problem. */
export async function loadPlan(
  path: string,
  shown: string,
  frameworkFor?: Framework | ((doc: PlanDoc) => Promise<Framework | undefined>),
): Promise<LoadedPlan> {
  const read = await readText(path, PLAN_SIZE_LIMIT, shown);
  if (!read.ok)
    return { file: shown, findings: [textProblemFinding(read.problem, shown, 'plan files')] };
  return planFromText(read.text, shown, frameworkFor);
}

/** The findings of a plan as lines for standard error. */
export const findingLines = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.rule})`);
