import type { Priority } from '../schema/framework.js';
import { actionApplies } from '../scoring.js';
import type { BuildContext } from './context.js';
import type { ActionResult } from './model.js';

const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/**
 * The action plan: each action whose question scores below its `below`, highest priority
 * first, then the lowest score, then the framework's order. Only questions whose score is shown
 * can set off an action, so that an action never tells what a hidden score is.
 */
export function buildActions(ctx: BuildContext): ActionResult[] {
  const { framework } = ctx;
  const actions: ActionResult[] = [];
  for (const q of framework.questions) {
    const score = ctx.all.questions[q.index] ?? null;
    if (score === null) continue;
    q.actions.forEach((a, i) => {
      if (!actionApplies(score, a.below)) return;
      actions.push({
        id: `${q.id}.${i + 1}`,
        question: q.id,
        domain: q.domain,
        priority: a.priority,
        text: ctx.text(a.text),
        score: 100 * score,
        below: a.below,
        ...(a.owner !== undefined && { owner: ctx.text(a.owner) }),
        ...(a.months !== undefined && { months: a.months }),
        ...(a.check !== undefined && { check: ctx.text(a.check) }),
      });
    });
  }
  const index = (id: string) => framework.questionById.get(id)?.index ?? 0;
  return actions.sort(
    (a, b) =>
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
      a.score - b.score ||
      index(a.question) - index(b.question),
  );
}
