import type { Outcome } from '../../core/plan/report.js';
import type { ReportModel } from '../../core/report-model.js';
import type { ResponseRate } from '../../core/report/response-rates.js';
import { longDate as dateIn, score, signed } from './format.js';
import type { Escape } from './view.js';
import { reportLanguage, reportLocale, type ReportMessage, type Words } from './words.js';

const STATUS: Record<string, ReportMessage> = {
  planned: 'planStatusPlanned',
  'in-progress': 'planStatusInProgress',
  done: 'planStatusDone',
  dropped: 'planStatusDropped',
};

const OUTCOME: Record<Outcome, ReportMessage> = {
  'done-improved': 'outcomeDoneRose',
  'done-no-clear-change': 'outcomeDoneNoChange',
  'not-done-improved': 'outcomeNotDoneRose',
  'not-done-no-clear-change': 'outcomeNotDoneNoChange',
};

/** What the templates see of `--plan`: targets, owners and dates, last cycle's actions. */
export function planView(model: ReportModel, esc: Escape, words: Words) {
  const p = model.plan;
  const locale = reportLocale(reportLanguage(model.lang));
  const longDate = (iso: string) => dateIn(iso, locale);
  const status = (s: string) => {
    const id = STATUS[s];
    return id === undefined ? s : words(id);
  };
  if (!p) return { plan: null, planned: new Map<string, PlannedCells>() };
  const planned = new Map<string, PlannedCells>(
    p.actions.map((a) => [
      a.id,
      {
        owner: a.owner === null ? '' : esc(a.owner),
        due: a.due === null ? '' : esc(longDate(a.due)),
        status: status(a.status),
        overdue: a.overdue,
        met: a.met,
      },
    ]),
  );
  return {
    plan: {
      targets: p.targets.map((t, i) => ({
        // The plan's overall target comes first, titled in English in the model: said here.
        title:
          i === 0 && t.id === 'overall' && t.title === 'Overall' ? words('overall') : esc(t.title),
        target: t.targetStage
          ? `${esc(model.stages.find((s) => s.id === t.targetStage)?.label ?? t.targetStage)} (${score(t.target)})`
          : score(t.target),
        current: score(t.current),
        distance:
          t.reached === null
            ? '–'
            : t.reached
              ? words('targetReached')
              : words('toGo', { points: score(t.distance) }),
      })),
      lastCycle: p.lastCycle.map((a) => ({
        text: esc(a.text),
        status: status(a.status),
        plannedDate: esc(longDate(a.planned.date)),
        before: score(a.planned.score),
        now: score(a.now),
        change: a.change
          ? words(a.change.withinChance ? 'planChangeChance' : 'planChange', {
              change: signed(a.change.change),
              low: signed(a.change.low),
              high: signed(a.change.high),
            })
          : a.now === null
            ? words('noScoreNow')
            : words('planChangeNoInterval', { change: signed(a.now - a.planned.score) }),
        outcome: words(
          !a.outcome
            ? 'outcomeUnknown'
            : a.moved === 'fell'
              ? a.status === 'done'
                ? 'outcomeDoneFell'
                : 'outcomeNotDoneFell'
              : OUTCOME[a.outcome],
        ),
      })),
      ...ratesView(p.responseRates, model.minGroupSize, esc, words),
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
  words: Words,
): { rates: RateCells[]; anyLow: boolean; byUnit: boolean } {
  return {
    rates: rates.map((r) => ({
      label: r.unit === undefined ? esc(r.label) : `${esc(r.unit)}: ${esc(r.label)}`,
      invited: r.invited,
      answered:
        r.answered === null ? words('answeredFewer', { size: minGroupSize }) : String(r.answered),
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
