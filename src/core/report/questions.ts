import { wordingFor, type Question } from '../framework.js';
import { gapFlagged, perceptionGap, scoredCount } from '../scoring.js';
import type { Group, QuestionCounts } from '../tally.js';
import type { BuildContext, RolePart } from './context.js';
import type { Coverage, QuestionResult, RoleScore } from './model.js';
import { levelOf, quotable, roleShown } from './suppression.js';

/** Each question: its score, counts, scores by role, perception gap and quoted notes. */
export function buildQuestions(ctx: BuildContext): QuestionResult[] {
  const { framework, tally, disclosure } = ctx;
  const notes = new Map<string, string[]>();
  for (const note of tally.notes) {
    const q = framework.questionById.get(note.question);
    if (!q || !quotable(disclosure, q.index, note)) continue;
    const list = notes.get(q.id) ?? [];
    list.push(note.text);
    notes.set(q.id, list);
  }
  return framework.questions.map((q): QuestionResult => {
    const level = levelOf(disclosure, q.index);
    const counts = tally.all.questions[q.index] as QuestionCounts;
    const s = ctx.all.questions[q.index] ?? null;
    const score = s === null ? null : 100 * s;
    const gap =
      level === 'scores'
        ? perceptionGap(
            ctx.roles
              .filter((r) => roleShown(disclosure, q.index, r.id))
              .map((r) => r.scores.questions[q.index] ?? null),
          )
        : null;
    return {
      id: q.id,
      domain: q.domain,
      area: q.area ?? null,
      // A report of one person's own answers words each question as their role read it.
      text: ctx.text(ctx.disclosure.own ? wordingFor(q, ownRole(ctx)).text : q.text),
      weight: q.weight,
      reverse: q.reverse,
      score,
      stage: ctx.stageOf(score),
      // A question that only decides which others are asked never has a score to hold back.
      suppressed: level === 'none' || (level === 'counts' && q.scored),
      respondents: level === 'none' ? null : scoredCount(counts),
      coverage: level === 'none' ? null : coverageOf([counts]),
      byRole: Object.fromEntries(ctx.roles.map((r) => [r.id, roleQuestion(ctx, r, q)])),
      gap,
      gapFlagged: gapFlagged(gap),
      notes: (notes.get(q.id) ?? []).sort((a, b) => a.localeCompare(b)),
    };
  });
}

function roleQuestion(ctx: BuildContext, role: RolePart, q: Question): RoleScore {
  if (!roleShown(ctx.disclosure, q.index, role.id)) return { suppressed: true };
  const s = role.scores.questions[q.index] ?? null;
  return {
    score: s === null ? null : 100 * s,
    respondents: scoredCount(role.group.questions[q.index] as QuestionCounts),
  };
}

/** Whether a group gave a question a score at all (shown or not). */
export function hasScore(group: Group, q: Question): boolean {
  return q.scored && scoredCount(group.questions[q.index] as QuestionCounts) > 0;
}

export function coverageOf(counts: readonly QuestionCounts[]): Coverage {
  const c: Coverage = { answered: 0, notApplicable: 0, dontKnow: 0, unanswered: 0 };
  for (const q of counts) {
    c.answered += scoredCount(q);
    c.notApplicable += q.notApplicable;
    c.dontKnow += q.dontKnow;
    c.unanswered += q.unanswered;
  }
  return c;
}

/** The one role of a report of one's own answers, where it names one. */
function ownRole(ctx: BuildContext): string | undefined {
  const roles = [...ctx.tally.roles.keys()];
  return roles.length === 1 ? roles[0] : undefined;
}
