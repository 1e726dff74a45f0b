import type { Outcome } from '../../core/plan/report.js';
import type { ReportModel } from '../../core/report-model.js';
import type { ResponseRate } from '../../core/report/response-rates.js';
import { longDate, score, signed } from './format.js';
import type { Escape } from './view.js';

const STATUS: Record<string, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

const OUTCOME: Record<Outcome, string> = {
  'done-improved': 'Done, and the score rose',
  'done-no-clear-change': 'Done, no clear change yet',
  'not-done-improved': 'Not done, and the score rose',
  'not-done-no-clear-change': 'Not done, no clear change',
};

/** What the templates see of `--plan`: targets, owners and dates, last cycle's actions. */
export function planView(model: ReportModel, esc: Escape) {
  const p = model.plan;
  if (!p) return { plan: null, planned: new Map<string, PlannedCells>() };
  const planned = new Map<string, PlannedCells>(
    p.actions.map((a) => [
      a.id,
      {
        owner: a.owner === null ? '' : esc(a.owner),
        due: a.due === null ? '' : esc(longDate(a.due)),
        status: STATUS[a.status] ?? a.status,
        overdue: a.overdue,
        met: a.met,
      },
    ]),
  );
  return {
    plan: {
      targets: p.targets.map((t) => ({
        title: esc(t.title),
        target: t.targetStage
          ? `${esc(model.stages.find((s) => s.id === t.targetStage)?.label ?? t.targetStage)} (${score(t.target)})`
          : score(t.target),
        current: score(t.current),
        distance: t.reached === null ? '–' : t.reached ? 'reached' : `${score(t.distance)} to go`,
      })),
      lastCycle: p.lastCycle.map((a) => ({
        text: esc(a.text),
        status: STATUS[a.status] ?? a.status,
        plannedDate: esc(longDate(a.planned.date)),
        before: score(a.planned.score),
        now: score(a.now),
        change: a.change
          ? `${signed(a.change.change)} (${signed(a.change.low)} to ${signed(a.change.high)})${a.change.withinChance ? ', within chance variation' : ''}`
          : a.now === null
            ? 'no score now'
            : `${signed(a.now - a.planned.score)} (no interval)`,
        outcome: !a.outcome
          ? 'Cannot tell: no score shown now'
          : a.moved === 'fell'
            ? `${a.status === 'done' ? 'Done, but' : 'Not done, and'} the score fell`
            : OUTCOME[a.outcome],
      })),
      ...ratesView(p.responseRates, model.minGroupSize, esc),
      today: esc(longDate(p.today)),
    },
    planned,
  };
}

/** Response rates, by role and by unit and role: in the plan section, or on their own. */
export function ratesView(
  rates: readonly ResponseRate[],
  minGroupSize: number,
  esc: Escape,
): { rates: RateCells[]; anyLow: boolean; byUnit: boolean } {
  return {
    rates: rates.map((r) => ({
      label: r.unit === undefined ? esc(r.label) : `${esc(r.unit)}: ${esc(r.label)}`,
      invited: r.invited,
      answered: r.answered === null ? `fewer than ${minGroupSize}` : String(r.answered),
      rate: r.rate === null ? '–' : `${Math.round(r.rate)}%`,
      low: r.low,
    })),
    anyLow: rates.some((r) => r.low),
    byUnit: rates.some((r) => r.unit !== undefined),
  };
}

export interface RateCells {
  label: string;
  invited: number;
  answered: string;
  rate: string;
  low: boolean;
}

export interface PlannedCells {
  owner: string;
  due: string;
  status: string;
  overdue: boolean;
  met: boolean;
}
