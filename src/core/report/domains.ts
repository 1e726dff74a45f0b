import type { Domain } from '../framework.js';
import type { QuestionCounts } from '../tally.js';
import { sizeOf, type BuildContext, type RolePart } from './context.js';
import type { DomainResult, QuestionResult, RoleScore } from './model.js';
import { coverageOf, hasScore } from './questions.js';
import { levelOf, roleShown } from './suppression.js';

const STRENGTH_FROM = 75;
const WEAK_BELOW = 50;
const LISTED = 3;

/** Each domain: its score and stage, counts, scores by role, strengths and weakest questions. */
export function buildDomains(
  ctx: BuildContext,
  questions: readonly QuestionResult[],
): DomainResult[] {
  const { framework, tally, disclosure } = ctx;
  const byId = new Map(questions.map((q) => [q.id, q]));
  const order = (q: QuestionResult) => framework.questionById.get(q.id)?.index ?? 0;
  return framework.domains.map((d): DomainResult => {
    const score = ctx.all.domains.get(d.id) ?? null;
    const own = d.questions.map((q) => byId.get(q.id) as QuestionResult);
    const scored = own.filter((q): q is QuestionResult & { score: number } => q.score !== null);
    return {
      id: d.id,
      title: ctx.text(d.title),
      ...(d.summary !== undefined && { summary: ctx.text(d.summary) }),
      weight: d.weight,
      score,
      stage: ctx.stageOf(score),
      coverage: coverageOf(
        d.questions
          .filter((q) => levelOf(disclosure, q.index) !== 'none')
          .map((q) => tally.all.questions[q.index] as QuestionCounts),
      ),
      byRole: Object.fromEntries(ctx.roles.map((r) => [r.id, roleDomain(ctx, r, d)])),
      strengths: scored
        .filter((q) => q.score >= STRENGTH_FROM - 1e-9)
        .sort((a, b) => b.score - a.score || order(a) - order(b))
        .slice(0, LISTED)
        .map((q) => q.id),
      weakest: scored
        .filter((q) => q.score < WEAK_BELOW - 1e-9)
        .sort((a, b) => a.score - b.score || order(a) - order(b))
        .slice(0, LISTED)
        .map((q) => q.id),
      withheldQuestions: own.filter((q) => q.suppressed).length,
    };
  });
}

function roleDomain(ctx: BuildContext, role: RolePart, d: Domain): RoleScore {
  if (role.small) return { suppressed: true };
  const score = role.scores.domains.get(d.id) ?? null;
  if (score !== null) return { score, respondents: sizeOf(role.group) };
  const withheld = d.questions.some(
    (q) => !roleShown(ctx.disclosure, q.index, role.id) && hasScore(role.group, q),
  );
  return withheld ? { suppressed: true } : { score: null, respondents: sizeOf(role.group) };
}
