import type { Question } from '../framework.js';
import { weightedScore } from '../scoring.js';
import type { BuildContext } from './context.js';
import type { AreaResult } from './model.js';

/** Each area's score over the questions tagged to it, and the domain-by-area grid. */
export function buildAreas(ctx: BuildContext): AreaResult[] {
  const { framework } = ctx;
  const byQuestion = (q: Question) => ctx.all.questions[q.index] ?? null;
  return framework.areas.map((a): AreaResult => {
    const tagged = framework.questions.filter((q) => q.area === a.id);
    const score = weightedScore(tagged, byQuestion);
    return {
      id: a.id,
      title: ctx.text(a.title),
      score,
      stage: ctx.stageOf(score),
      byDomain: Object.fromEntries(
        framework.domains.map((d) => [
          d.id,
          weightedScore(
            tagged.filter((q) => q.domain === d.id),
            byQuestion,
          ),
        ]),
      ),
    };
  });
}
