import { compare, scoreSetOf, type ScoreSet } from '../compare.js';
import { roleMix } from '../role-mix.js';
import { buildTrend, inTimeOrder, type Cycle } from '../trend.js';
import type { Tally } from '../tally.js';
import { buildActions } from './actions.js';
import { buildAreas } from './areas.js';
import { buildContext } from './context.js';
import { buildDomains } from './domains.js';
import { buildIntervals } from './intervals.js';
import { buildBy } from './groups.js';
import { buildKeyFindings } from './findings.js';
import type { ReportModel } from './model.js';
import { buildQuestions } from './questions.js';
import { buildSummary } from './summary.js';
import { decideDisclosure, type Disclosure } from './suppression.js';

export interface ModelOptions {
  lang?: string;
  minGroupSize: number;
  by?: 'unit' | 'role';
  /** ISO time the report is dated with (fixed in tests). */
  now: string;
  /** A report of the one person's (or workshop's) own answers, for them: `assess`. */
  own?: boolean;
  /** The earlier assessment's published scores, for the comparison. */
  earlier?: ScoreSet;
  /**
   * Several earlier assessments (`--compare` given more than once), each with its `--label`:
   * the comparison is with the latest, and the trend runs across all of them.
   */
  history?: Cycle[];
  /** This assessment's `--label` in the trend (else the date of its latest answers). */
  label?: string;
  /** The decisions of what may be shown, where already made (they depend on the tally alone). */
  disclosure?: Disclosure;
}

/**
 * The report job: from a loaded framework's counted answers (the tally) to the report model.
 * `attune report` and the end of `attune assess` both call this, and nothing else works out a
 * number for a report.
 */
export function buildReport(tally: Tally, options: ModelOptions): ReportModel {
  const { framework } = tally;
  const disclosure =
    options.disclosure ??
    decideDisclosure(tally, {
      minGroupSize: options.minGroupSize,
      ...(options.own !== undefined && { own: options.own }),
    });
  const lang = options.lang ?? framework.language;
  const ctx = buildContext(tally, disclosure, lang);
  const { withheld, ...summary } = buildSummary(ctx);
  const intervals = buildIntervals(ctx);
  const questions = buildQuestions(ctx).map((q, i) => ({
    ...q,
    interval: intervals.questions[i] ?? null,
  }));
  const domains = buildDomains(ctx, questions).map((d) => ({
    ...d,
    interval: intervals.domains.get(d.id) ?? null,
  }));
  summary.overall = { ...summary.overall, interval: intervals.overall };
  const areas = buildAreas(ctx);
  const title = ctx.text(framework.title);
  const model: ReportModel = {
    attune: 1,
    generated: options.now,
    framework: {
      id: framework.id,
      version: framework.version,
      title,
      language: framework.language,
    },
    lang,
    minGroupSize: options.minGroupSize,
    ownAnswers: disclosure.own,
    withheld,
    answered: tally.answered,
    keyFindings: null,
    ...summary,
    domains,
    areas,
    questions,
    actions: buildActions(ctx),
    by: options.by ? buildBy(ctx, options.by) : null,
    comparison: options.earlier
      ? compare(options.earlier, { overall: summary.overall, domains, areas, questions })
      : null,
  };
  if (options.history && options.history.length > 0)
    addHistory(model, options.history, options.label);
  model.keyFindings = buildKeyFindings(model);
  return model;
}

/**
 * The comparison with the latest earlier assessment (with its label and, where the roles who
 * answered shifted, the change with roles weighted alike), and with two or more, the trend.
 */
export function addHistory(model: ReportModel, history: Cycle[], label: string | undefined): void {
  const ordered = inTimeOrder(history);
  const latest = ordered[ordered.length - 1] as Cycle;
  const now = scoreSetOf(model);
  const comparison = compare(latest.scores, model);
  if (latest.label !== undefined) comparison.earlier.label = latest.label;
  const mix = roleMix(latest.scores, now, new Map(model.domains.map((d) => [d.id, d.weight])));
  if (mix) comparison.roleMix = mix;
  model.comparison = comparison;
  if (history.length >= 2)
    model.trend = buildTrend(history, { scores: now, ...(label !== undefined && { label }) });
}
