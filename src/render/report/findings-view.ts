import type { ReportModel } from '../../core/report-model.js';
import { CONFIDENCE } from '../../core/intervals.js';
import { longDate, plural, score, signed } from './format.js';
import type { Escape } from './view.js';

const STATUS: Record<string, string> = {
  planned: 'planned',
  'in-progress': 'in progress',
  done: 'done',
  dropped: 'dropped',
};

/**
 * What the templates see of the key findings (the one-screen summary a report opens with) and
 * of the method section it ends with. Every text is escaped here; every number comes from the
 * model's key findings, which hold only numbers the report shows elsewhere.
 */
export function findingsView(model: ReportModel, esc: Escape) {
  const k = model.keyFindings;
  const stageLabel = (id: string | null) =>
    id === null ? '' : esc(model.stages.find((s) => s.id === id)?.label ?? id);
  const question = (q: { text: string; score: number; respondents: number | null }) => ({
    text: esc(q.text),
    score: score(q.score),
    n: q.respondents === null ? '' : `n = ${q.respondents}`,
  });
  const findings = k && {
    score: score(k.overall.score),
    hasScore: k.overall.score !== null,
    stage: stageLabel(k.overall.stage),
    target: k.overall.target && {
      value: k.overall.target.stage
        ? `${stageLabel(k.overall.target.stage)} (${score(k.overall.target.score)})`
        : score(k.overall.target.score),
      distance: k.overall.target.reached
        ? 'reached'
        : `${score(k.overall.target.distance)} points to go`,
    },
    strengths: k.strengths.map(question),
    areasToDevelop: k.areasToDevelop.map(question),
    roleDifference: k.roleDifference && {
      text: esc(k.roleDifference.text),
      high: esc(k.roleDifference.high.label),
      highScore: score(k.roleDifference.high.score),
      highN: k.roleDifference.high.respondents,
      low: esc(k.roleDifference.low.label),
      lowScore: score(k.roleDifference.low.score),
      lowN: k.roleDifference.low.respondents,
      gap: score(k.roleDifference.gap),
    },
    change: k.change && {
      label: esc(
        /^\d{4}-\d{2}-\d{2}/.test(k.change.label) ? longDate(k.change.label) : k.change.label,
      ),
      change: signed(k.change.change),
      interval: k.change.interval
        ? `${CONFIDENCE}% interval ${signed(k.change.interval.low)} to ${signed(k.change.interval.high)}`
        : '',
      verdict:
        k.change.change === null
          ? 'no overall score to compare'
          : k.change.withinChance === null
            ? 'no interval to tell it from chance'
            : k.change.withinChance
              ? 'within chance variation'
              : k.change.change > 0
                ? 'a clear rise'
                : 'a clear fall',
    },
    firstActions: k.firstActions.map((a) => ({
      text: esc(a.text),
      owner: a.owner === null ? 'owner not yet agreed' : esc(a.owner),
      due: a.due === null ? 'no date yet' : `due ${esc(longDate(a.due))}`,
      status: a.status === null ? '' : (STATUS[a.status] ?? esc(a.status)),
    })),
  };
  const rates = model.responseRates ?? [];
  const method = {
    people: plural(model.respondents.total, 'response'),
    individuals: plural(model.respondents.individuals, 'person', 'people'),
    workshops:
      model.respondents.workshops > 0 ? plural(model.respondents.workshops, 'workshop group') : '',
    minGroupSize: model.minGroupSize,
    confidence: CONFIDENCE,
    rates: rates.length > 0,
    lowRates: rates.some((r) => r.low),
    compared: model.comparison !== null,
  };
  return { findings, method };
}
