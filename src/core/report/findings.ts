import type { ReportModel } from './model.js';

/**
 * Key findings: what a board paper needs first, worked out from the report model alone (the
 * numbers it already shows), so that the summary can publish nothing the details do not:
 * no question, role or group score that privacy hides ever reaches it.
 */
export interface KeyFindings {
  overall: {
    score: number | null;
    stage: string | null;
    /** From the plan's overall target, where there is one. */
    target: { score: number; stage: string | null; distance: number; reached: boolean } | null;
  };
  /** Up to three questions scoring 75 or more, surest first (the highest low end of the interval). */
  strengths: FindingQuestion[];
  /** Up to three questions with the lowest scores below 75: "areas to develop". */
  areasToDevelop: FindingQuestion[];
  /** The question where two roles shown differ most, with each role's score and count. */
  roleDifference: RoleDifference | null;
  /** Overall change since the latest earlier assessment, with its noise marking. */
  change: {
    label: string;
    before: number | null;
    after: number | null;
    change: number | null;
    interval: { low: number; high: number } | null;
    withinChance: boolean | null;
  } | null;
  /** The first three actions of the action plan, with owner, due date and status from the plan. */
  firstActions: {
    id: string;
    text: string;
    priority: string;
    owner: string | null;
    due: string | null;
    status: string | null;
  }[];
}

export interface FindingQuestion {
  id: string;
  domain: string;
  text: string;
  score: number;
  respondents: number | null;
}

export interface RoleDifference {
  question: string;
  text: string;
  high: { role: string; label: string; score: number; respondents: number };
  low: { role: string; label: string; score: number; respondents: number };
  gap: number;
}

const STRENGTH = 75;

export function buildKeyFindings(model: ReportModel): KeyFindings | null {
  if (model.withheld) return null;
  const shown = model.questions.filter(
    (q): q is typeof q & { score: number } => !q.suppressed && q.score !== null,
  );
  const ref = (q: (typeof shown)[number]): FindingQuestion => ({
    id: q.id,
    domain: q.domain,
    text: q.text,
    score: q.score,
    respondents: q.respondents,
  });
  const sureLow = (q: (typeof shown)[number]) => q.interval?.low ?? q.score;
  const strengths = shown
    .filter((q) => q.score >= STRENGTH)
    .sort((a, b) => sureLow(b) - sureLow(a) || b.score - a.score)
    .slice(0, 3)
    .map(ref);
  const areasToDevelop = shown
    .filter((q) => q.score < STRENGTH)
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map(ref);

  const target = model.plan?.targets.find((t) => t.id === 'overall');
  const c = model.comparison;
  const planById = new Map((model.plan?.actions ?? []).map((a) => [a.id, a]));
  return {
    overall: {
      score: model.overall.score,
      stage: model.overall.stage,
      target:
        target && target.distance !== null && target.reached !== null
          ? {
              score: target.target,
              stage: target.targetStage,
              distance: target.distance,
              reached: target.reached,
            }
          : null,
    },
    strengths,
    areasToDevelop,
    roleDifference: model.ownAnswers ? null : roleDifference(model),
    change: c && {
      label: c.earlier.label ?? c.earlier.date ?? 'the earlier assessment',
      before: c.overall.before,
      after: c.overall.after,
      change: c.overall.change,
      interval: c.overall.interval ?? null,
      withinChance: c.overall.withinChance ?? null,
    },
    firstActions: model.actions.slice(0, 3).map((a) => {
      const p = planById.get(a.id);
      return {
        id: a.id,
        text: a.text,
        priority: a.priority,
        owner: p?.owner ?? a.owner ?? null,
        due: p?.due ?? null,
        status: p?.status ?? null,
      };
    }),
  };
}

/** The largest gap between two roles shown for one question (the perception gaps' own rule). */
function roleDifference(model: ReportModel): RoleDifference | null {
  let best: RoleDifference | null = null;
  const label = new Map(model.roles.map((r) => [r.id, r.label]));
  for (const q of model.questions) {
    if (q.gap === null || q.suppressed) continue;
    const cells = Object.entries(q.byRole).flatMap(([role, cell]) =>
      'score' in cell && cell.score !== null
        ? [
            {
              role,
              label: label.get(role) ?? role,
              score: cell.score,
              respondents: cell.respondents,
            },
          ]
        : [],
    );
    if (cells.length < 2) continue;
    cells.sort((a, b) => b.score - a.score);
    const high = cells[0] as (typeof cells)[number];
    const low = cells[cells.length - 1] as (typeof cells)[number];
    const gap = high.score - low.score;
    if (!best || gap > best.gap) best = { question: q.id, text: q.text, high, low, gap };
  }
  return best;
}
