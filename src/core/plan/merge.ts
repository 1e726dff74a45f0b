import type { PlanAction, PlanDoc, Target } from '../schema/plan.js';

/**
 * The plan's merge, pure: from an assessment (a report's scores and the actions that apply)
 * and the plan as people left it (if any), the plan as it should now be, and what changed.
 * It never changes what people write (owner, due, status, review, notes, check, targets,
 * invited), never removes an action, and never sets a status: an action whose question now
 * scores at or above its threshold gets `met`, a suggestion beside the status.
 */
export interface PlanSource {
  framework: { id: string; version: string };
  /** The assessment's date, YYYY-MM-DD. */
  date: string;
  stages: readonly { id: string; from: number }[];
  overall: number | null;
  domains: readonly { id: string; score: number | null }[];
  /** Each question's score as the report shows it (null where it shows none). */
  questions: ReadonlyMap<string, SourceQuestion>;
  /** The actions that apply now, in the report's order. */
  actions: readonly SourceAction[];
}

export interface SourceQuestion {
  score: number | null;
  low?: number;
  high?: number;
  respondents: number | null;
}

export interface SourceAction {
  id: string;
  question: string;
  domain: string;
  priority: 'high' | 'medium' | 'low';
  text: string;
  below: number;
  /** From the framework: who would usually lead it, and the months to aim for. */
  owner?: string;
  months?: number;
  check?: string;
}

export type PlanChange =
  | { kind: 'created'; actions: number }
  | { kind: 'added'; id: string; text: string }
  | { kind: 'met'; id: string; score: number; below: number; status: string }
  | { kind: 'unmet'; id: string }
  | { kind: 'assessed'; from: string; to: string }
  | { kind: 'version'; from: string; to: string }
  | { kind: 'targets' };

export interface MergeResult {
  plan: PlanDoc;
  changes: PlanChange[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A date some whole months after another (the last day of the month where it runs short). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

function newAction(a: SourceAction, source: PlanSource): PlanAction {
  const q = source.questions.get(a.question);
  const score = q?.score ?? 0;
  return {
    id: a.id,
    question: a.question,
    domain: a.domain,
    priority: a.priority,
    text: a.text,
    below: a.below,
    planned: {
      date: source.date,
      score: r1(score),
      ...(q?.low !== undefined && { low: r1(q.low) }),
      ...(q?.high !== undefined && { high: r1(q.high) }),
      ...(q?.respondents != null && { respondents: q.respondents }),
    },
    ...(a.owner !== undefined && { owner: a.owner }),
    ...(a.months !== undefined && { due: addMonths(source.date, a.months) }),
    status: 'planned',
    ...(a.check !== undefined && { check: a.check }),
  };
}

/**
 * Targets to start from: for each domain with a score, and overall, the next stage up (or the
 * stage it is at, at the top). People change them; attune never does once they exist.
 */
export function seedTargets(source: PlanSource): NonNullable<PlanDoc['targets']> {
  const next = (score: number | null): Target | undefined => {
    if (score === null) return undefined;
    const stages = [...source.stages].sort((a, b) => a.from - b.from);
    const above = stages.find((s) => s.from > score + 1e-9);
    const at = [...stages].reverse().find((s) => s.from <= score + 1e-9);
    const stage = above ?? at;
    return stage ? { stage: stage.id } : undefined;
  };
  const domains: Record<string, Target> = {};
  for (const d of source.domains) {
    const t = next(d.score);
    if (t) domains[d.id] = t;
  }
  const overall = next(source.overall);
  return { ...(overall && { overall }), domains };
}

export function mergePlan(existing: PlanDoc | undefined, source: PlanSource): MergeResult {
  if (!existing) {
    const actions = source.actions.map((a) => newAction(a, source));
    return {
      plan: {
        attune: 1,
        kind: 'plan',
        framework: { ...source.framework },
        assessed: source.date,
        targets: seedTargets(source),
        actions,
      },
      changes: [{ kind: 'created', actions: actions.length }],
    };
  }
  const changes: PlanChange[] = [];
  const plan: PlanDoc = structuredClone(existing);
  if (plan.assessed !== source.date) {
    changes.push({ kind: 'assessed', from: plan.assessed, to: source.date });
    plan.assessed = source.date;
  }
  if (plan.framework.version !== source.framework.version) {
    changes.push({ kind: 'version', from: plan.framework.version, to: source.framework.version });
    plan.framework.version = source.framework.version;
  }
  if (plan.targets === undefined) {
    plan.targets = seedTargets(source);
    changes.push({ kind: 'targets' });
  }
  const have = new Set(plan.actions.map((a) => a.id));
  const applying = new Set(source.actions.map((a) => a.id));
  for (const a of plan.actions) {
    const q = source.questions.get(a.question);
    const score = q?.score ?? null;
    // Met: the question has a score that can be shown, and it is at or above the threshold.
    const met = score !== null && !applying.has(a.id) && score >= a.below - 1e-9;
    if (met) {
      const value = r1(score);
      if (a.met?.date !== source.date || a.met.score !== value) {
        a.met = { date: source.date, score: value };
        changes.push({ kind: 'met', id: a.id, score: value, below: a.below, status: a.status });
      }
    } else if (a.met !== undefined && applying.has(a.id)) {
      delete a.met;
      changes.push({ kind: 'unmet', id: a.id });
    }
  }
  for (const a of source.actions) {
    if (have.has(a.id)) continue;
    plan.actions.push(newAction(a, source));
    changes.push({ kind: 'added', id: a.id, text: a.text });
  }
  return { plan, changes };
}
