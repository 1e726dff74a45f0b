import type { QuestionCounts } from '../tally.js';
import { sizeOf, type BuildContext } from './context.js';
import type { Coverage, ReportModel } from './model.js';
import { emptyRecord } from '../own.js';
import { coverageOf } from './questions.js';
import { levelOf } from './suppression.js';

type Summary = Pick<
  ReportModel,
  'withheld' | 'respondents' | 'roles' | 'stages' | 'overall' | 'coverage'
>;

/** Who answered (counts by role, never names), the overall score, the stages and coverage. */
export function buildSummary(ctx: BuildContext): Summary {
  const { framework, tally, disclosure } = ctx;
  const byRole = emptyRecord<number>();
  for (const r of ctx.roles) byRole[r.id] = sizeOf(r.group);
  const coverage: Coverage = coverageOf(
    framework.questions
      .filter((q) => levelOf(disclosure, q.index) !== 'none')
      .map((q) => tally.all.questions[q.index] as QuestionCounts),
  );
  return {
    withheld: disclosure.tooFew
      ? { reason: 'too-few-people', individuals: disclosure.individuals }
      : null,
    respondents: {
      total: sizeOf(tally.all),
      individuals: tally.all.individuals,
      workshops: tally.all.workshops,
      byRole,
      noRole: sizeOf(tally.noRole),
    },
    roles: ctx.roles.map((r) => ({
      id: r.id,
      label: r.label,
      respondents: sizeOf(r.group),
      suppressed: r.small,
    })),
    stages: framework.stages.map((s) => ({
      id: s.id,
      label: ctx.text(s.label),
      from: s.from,
      ...(s.description !== undefined && { description: ctx.text(s.description) }),
    })),
    overall: { score: ctx.all.overall, stage: ctx.stageOf(ctx.all.overall) },
    coverage,
  };
}
