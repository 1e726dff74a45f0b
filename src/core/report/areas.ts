import type { Question } from '../framework.js';
import { scoredCount, weightedScore } from '../scoring.js';
import type { QuestionCounts } from '../tally.js';
import type { BuildContext } from './context.js';
import type { AreaResult } from './model.js';

/** Each area's score over the questions tagged to it, and the domain-by-area grid. */
export function buildAreas(ctx: BuildContext): AreaResult[] {
  const { framework } = ctx;
  const byQuestion = (q: Question) => ctx.all.questions[q.index] ?? null;
  // The people behind a cell: the most who gave a scored answer to any one of its questions
  // whose score is shown (a count each question already publishes).
  const peopleBehind = (qs: readonly Question[]) => {
    const counts = qs
      .filter((q) => byQuestion(q) !== null)
      .map((q) => scoredCount(ctx.tally.all.questions[q.index] as QuestionCounts));
    return counts.length === 0 ? null : Math.max(...counts);
  };
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
      respondentsByDomain: Object.fromEntries(
        framework.domains.map((d) => [d.id, peopleBehind(tagged.filter((q) => q.domain === d.id))]),
      ),
    };
  });
}
