import type { ReportModel } from '../../core/report-model.js';
import { CONFIDENCE } from '../../core/intervals.js';
import { longDate, score, signed } from './format.js';
import type { Escape } from './view.js';
import { reportLanguage, reportLocale, type ReportMessage, type Words } from './words.js';

const STATUS: Record<string, ReportMessage> = {
  planned: 'statusPlanned',
  'in-progress': 'statusInProgress',
  done: 'statusDone',
  dropped: 'statusDropped',
};

/**
 * What the templates see of the key findings (the one-screen summary a report opens with) and
 * of the method section it ends with. Every text is escaped here; every number comes from the
 * model's key findings, which hold only numbers the report shows elsewhere.
 */
export function findingsView(model: ReportModel, esc: Escape, words: Words) {
  const k = model.keyFindings;
  const locale = reportLocale(reportLanguage(model.lang));
  // The model names an earlier assessment with neither label nor date in English: said here.
  const earlier = model.comparison?.earlier;
  const unnamed =
    earlier !== undefined && earlier.label === undefined && earlier.date === undefined;
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
        ? words('targetReached')
        : words('targetToGo', { points: score(k.overall.target.distance) }),
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
      label: unnamed
        ? words('theEarlierAssessment')
        : esc(
            /^\d{4}-\d{2}-\d{2}/.test(k.change.label)
              ? longDate(k.change.label, locale)
              : k.change.label,
          ),
      change: signed(k.change.change),
      interval: k.change.interval
        ? words('findingsInterval', {
            confidence: CONFIDENCE,
            low: signed(k.change.interval.low),
            high: signed(k.change.interval.high),
          })
        : '',
      verdict: words(
        k.change.change === null
          ? 'verdictNoScore'
          : k.change.withinChance === null
            ? 'verdictNoInterval'
            : k.change.withinChance
              ? 'verdictChance'
              : k.change.change > 0
                ? 'verdictRise'
                : 'verdictFall',
      ),
    },
    firstActions: k.firstActions.map((a) => ({
      text: esc(a.text),
      owner: a.owner === null ? words('ownerNotAgreed') : esc(a.owner),
      due:
        a.due === null
          ? words('noDueDate')
          : words('dueOn', { date: esc(longDate(a.due, locale)) }),
      status: a.status === null ? '' : statusText(a.status),
    })),
  };
  const rates = model.responseRates ?? [];
  const method = {
    people: words('responsesCount', { count: model.respondents.total }),
    individuals: words('peopleCount', { count: model.respondents.individuals }),
    workshops:
      model.respondents.workshops > 0
        ? words('workshopGroups', { count: model.respondents.workshops })
        : '',
    /** The same three counts as numbers, for the `methodWho` message. */
    counts: {
      responses: model.respondents.total,
      people: model.respondents.individuals,
      workshops: model.respondents.workshops,
    },
    minGroupSize: model.minGroupSize,
    confidence: CONFIDENCE,
    rates: rates.length > 0,
    lowRates: rates.some((r) => r.low),
    compared: model.comparison !== null,
  };
  return { findings, method };

  function statusText(status: string): string {
    const id = STATUS[status];
    return id === undefined ? esc(status) : words(id);
  }
}
