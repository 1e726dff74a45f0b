import { changeInterval, Z, type ChangeInterval } from '../intervals.js';
import type { ReportModel } from '../report/model.js';
import type { ResponseRate } from '../report/response-rates.js';
import type { PlanDoc, PlanStatus, Target } from '../schema/plan.js';
import { assessmentDate } from './source.js';

/**
 * The report's plan section (`report --plan`): pure, from the report model (what it shows, so
 * nothing hidden there appears here) and the plan as people keep it.
 */
export interface PlanSection {
  /** The day the report counts as today, for what is overdue. */
  today: string;
  targets: TargetRow[];
  /** Every action of the plan, by id: who leads it, when it is due, and where it stands. */
  actions: PlanRow[];
  /** Actions planned at an earlier assessment, and how their question's score moved since. */
  lastCycle: LastCycleRow[];
  responseRates: ResponseRate[];
}

export interface TargetRow {
  /** 'overall', or a domain id. */
  id: string;
  title: string;
  target: number;
  targetStage: string | null;
  current: number | null;
  /** target - current where the score is below its target; 0 where it is reached. */
  distance: number | null;
  reached: boolean | null;
}

export interface PlanRow {
  id: string;
  owner: string | null;
  due: string | null;
  status: PlanStatus;
  review: string | null;
  /** Due before today and neither done nor dropped. */
  overdue: boolean;
  /** attune's suggestion: the question now scores at or above the threshold. */
  met: boolean;
}

export type Outcome =
  'done-improved' | 'done-no-clear-change' | 'not-done-improved' | 'not-done-no-clear-change';

export interface LastCycleRow {
  id: string;
  question: string;
  text: string;
  status: PlanStatus;
  planned: { date: string; score: number };
  now: number | null;
  change: ChangeInterval | null;
  /** How the score moved: clear of chance variation up or down, or within it. */
  moved: 'rose' | 'fell' | 'within-chance' | null;
  /** Which of the four cases (a clear fall is no improvement); null where the question has no score now that can be shown. */
  outcome: Outcome | null;
}

export function buildPlanSection(
  model: ReportModel,
  plan: PlanDoc,
  today: string,
  /** From the plan's `invited` and `--invited` (response-rates.ts). */
  responseRates: ResponseRate[] = [],
): PlanSection {
  const date = assessmentDate(model);
  const stageFrom = new Map(model.stages.map((s) => [s.id, s.from]));
  const targetRow = (id: string, title: string, t: Target, current: number | null): TargetRow => {
    const target = 'score' in t ? t.score : (stageFrom.get(t.stage) ?? 0);
    const reached = current === null ? null : current >= target - 1e-9;
    return {
      id,
      title,
      target,
      targetStage: 'stage' in t ? t.stage : null,
      current,
      distance: current === null ? null : Math.max(0, target - current),
      reached,
    };
  };
  const targets: TargetRow[] = [];
  if (plan.targets?.overall)
    targets.push(targetRow('overall', 'Overall', plan.targets.overall, model.overall.score));
  for (const d of model.domains) {
    const t = plan.targets?.domains?.[d.id];
    if (t) targets.push(targetRow(d.id, d.title, t, d.score));
  }
  const questions = new Map(model.questions.map((q) => [q.id, q]));
  const day = today.slice(0, 10);
  const actions = plan.actions.map((a): PlanRow => ({
    id: a.id,
    owner: a.owner ?? null,
    due: a.due ?? null,
    status: a.status,
    review: a.review ?? null,
    overdue: a.due !== undefined && a.due < day && a.status !== 'done' && a.status !== 'dropped',
    met: a.met !== undefined,
  }));
  const lastCycle = plan.actions
    .filter((a) => a.planned.date < date)
    .map((a): LastCycleRow => {
      const q = questions.get(a.question);
      const now = q?.score ?? null;
      const seThen =
        a.planned.low !== undefined && a.planned.high !== undefined
          ? (a.planned.high - a.planned.low) / (2 * Z)
          : null;
      const change = changeInterval(a.planned.score, now, seThen, q?.interval?.se ?? null);
      // Improved only where the change is clear of chance variation: without an interval for
      // when it was planned (a plan written by hand), a rise is not called an improvement.
      const improved = change !== null && !change.withinChance && change.change > 0;
      const done = a.status === 'done';
      return {
        id: a.id,
        question: a.question,
        text: a.text,
        status: a.status,
        planned: { date: a.planned.date, score: a.planned.score },
        now,
        change,
        moved:
          change === null
            ? null
            : change.withinChance
              ? 'within-chance'
              : change.change > 0
                ? 'rose'
                : 'fell',
        outcome:
          now === null
            ? null
            : `${done ? 'done' : 'not-done'}-${improved ? 'improved' : 'no-clear-change'}`,
      };
    });
  return { today: day, targets, actions, lastCycle, responseRates };
}
