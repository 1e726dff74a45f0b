import { Document, isMap, isSeq, parseDocument } from 'yaml';
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

/** The keys of a plan and of an action, in the order a person reads them. */
const PLAN_KEYS = ['attune', 'kind', 'framework', 'assessed', 'targets', 'invited', 'actions'];
const ACTION_KEYS = [
  'id',
  'question',
  'domain',
  'priority',
  'text',
  'below',
  'planned',
  'owner',
  'due',
  'status',
  'review',
  'check',
  'notes',
  'met',
];

function ordered<T extends object>(value: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const v = value as Record<string, unknown>;
  for (const k of keys) if (v[k] !== undefined) out[k] = v[k];
  for (const k of Object.keys(v)) if (!(k in out) && v[k] !== undefined) out[k] = v[k];
  return out as T;
}

const HEADER =
  '# attune action plan. Fill in owner (a role or team), due, status (planned, in-progress,\n' +
  '# done, dropped), review and notes; `attune plan` keeps them, and `report --plan` shows them.\n';

/**
 * The plan's YAML. Given the text it was read from, that text is changed in place, key by key,
 * so that what people wrote around the values (comments, order, quoting) stays as it was.
 */
export function planText(plan: PlanDoc, previous?: string): string {
  const fresh = ordered(
    { ...plan, actions: plan.actions.map((a) => ordered(a, ACTION_KEYS)) },
    PLAN_KEYS,
  );
  if (previous === undefined) {
    const doc = new Document(fresh);
    return HEADER + doc.toString({ lineWidth: 0 });
  }
  const doc = parseDocument(previous);
  patch(doc, [], doc.toJS() as unknown, fresh);
  return doc.toString({ lineWidth: 0 });
}

type Path = (string | number)[];

/** Makes the document's value at `path` equal to `want`, touching only what differs. */
function patch(doc: Document, path: Path, have: unknown, want: unknown): void {
  if (isPlainObject(have) && isPlainObject(want)) {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isMap(node)) {
      for (const key of Object.keys(have)) if (!(key in want)) doc.deleteIn([...path, key]);
      for (const [key, value] of Object.entries(want)) patch(doc, [...path, key], have[key], value);
      return;
    }
  }
  if (Array.isArray(have) && Array.isArray(want)) {
    const node = doc.getIn(path, true);
    if (isSeq(node) && want.length >= have.length) {
      have.forEach((h, i) => patch(doc, [...path, i], h, want[i]));
      for (const extra of want.slice(have.length)) node.add(doc.createNode(extra));
      return;
    }
  }
  if (JSON.stringify(have) === JSON.stringify(want)) return;
  doc.setIn(path, doc.createNode(want));
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The findings of a plan as lines for standard error. */
export const findingLines = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.rule})`);
