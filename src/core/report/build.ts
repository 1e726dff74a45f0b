import { compare, type ScoreSet } from '../compare.js';
import type { Tally } from '../tally.js';
import { buildActions } from './actions.js';
import { buildAreas } from './areas.js';
import { buildContext } from './context.js';
import { buildDomains } from './domains.js';
import { buildIntervals } from './intervals.js';
import { buildBy } from './groups.js';
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
  return {
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
}
