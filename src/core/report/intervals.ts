import { intervalOf, standardError, type Interval } from '../intervals.js';
import type { BuildContext } from './context.js';

export interface ScoreIntervals {
  overall: Interval | null;
  domains: Map<string, Interval | null>;
  /** By question index. */
  questions: (Interval | null)[];
}

/**
 * The 95% intervals of everyone's scores: overall, each domain and each question, over the
 * questions whose score is shown (the same as the scores themselves), so that an interval rests
 * on nothing a score may not.
 */
export function buildIntervals(ctx: BuildContext): ScoreIntervals {
  const { framework, tally } = ctx;
  // A pair of questions answered together by fewer than the threshold of individuals adds no
  // covariance: workshops are counted in the pairs, so they are added to the threshold.
  const minOverlap =
    ctx.disclosure.own || ctx.disclosure.minGroupSize <= 1
      ? 0
      : ctx.disclosure.minGroupSize + tally.all.workshops;
  const se = (c: Map<number, number>) =>
    standardError(framework, tally.all, tally.pairs, c, minOverlap);
  const shown = (index: number) => (ctx.all.questions[index] ?? null) !== null;
  const domainCoefficients = new Map<string, Map<number, number>>();
  const domains = new Map<string, Interval | null>();
  for (const d of framework.domains) {
    const qs = d.questions.filter((q) => shown(q.index));
    const weights = qs.reduce((sum, q) => sum + q.weight, 0);
    const c = new Map(qs.map((q) => [q.index, (100 * q.weight) / weights]));
    domainCoefficients.set(d.id, c);
    domains.set(
      d.id,
      qs.length === 0 ? null : intervalOf(ctx.all.domains.get(d.id) ?? null, se(c)),
    );
  }
  const scored = framework.domains.filter((d) => (ctx.all.domains.get(d.id) ?? null) !== null);
  const total = scored.reduce((sum, d) => sum + d.weight, 0);
  const overallC = new Map<number, number>();
  for (const d of scored)
    for (const [q, c] of domainCoefficients.get(d.id) ?? [])
      overallC.set(q, (overallC.get(q) ?? 0) + (d.weight / total) * c);
  return {
    overall: scored.length === 0 ? null : intervalOf(ctx.all.overall, se(overallC)),
    domains,
    questions: framework.questions.map((q) => {
      const s = ctx.all.questions[q.index] ?? null;
      return s === null ? null : intervalOf(100 * s, se(new Map([[q.index, 100]])));
    }),
  };
}
