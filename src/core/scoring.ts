import type { Domain, Framework, Question } from './framework.js';
import type { Group, QuestionCounts } from './tally.js';

/**
 * The contract's scoring rules (PRODUCT.md, "Scoring"), on counted answers. Scores here are
 * 0-1 for questions and 0-100 for domains, areas and the whole; nothing is rounded here.
 * `null` wherever nothing was scored: never 0, never NaN.
 */

/** Rule 1: an option's item score, `(value - min) / (max - min)`, reversed where asked. */
export function itemScore(question: Question, value: number): number {
  const { min, max } = question.scale;
  const raw = (value - min) / (max - min);
  return question.reverse ? 1 - raw : raw;
}

/** How many respondents gave the question a scored answer. */
export const scoredCount = (counts: QuestionCounts): number =>
  counts.options.reduce((a, b) => a + b, 0);

/** Rule 2: the mean of the item scores (0-1), or null where nobody gave a scored answer. */
export function questionScore(question: Question, counts: QuestionCounts): number | null {
  // A gate question decides which others are asked; its answer is no measure of practice.
  if (!question.scored) return null;
  let n = 0;
  let sum = 0;
  question.scale.options.forEach((option, i) => {
    const k = counts.options[i] ?? 0;
    if (k > 0) {
      n += k;
      sum += k * itemScore(question, option.value);
    }
  });
  return n === 0 ? null : sum / n;
}

/** The mean of the scores that exist, each weighted; null where none exists. */
function weightedMean<T>(
  items: readonly T[],
  weightOf: (item: T) => number,
  scoreOf: (item: T) => number | null,
): number | null {
  let weights = 0;
  let sum = 0;
  for (const item of items) {
    const s = scoreOf(item);
    if (s === null) continue;
    weights += weightOf(item);
    sum += weightOf(item) * s;
  }
  return weights === 0 ? null : sum / weights;
}

/**
 * Rule 3: `100 * sum(weight * question score) / sum(weight)` over the questions that have a
 * score; null where none has. Used for domains, areas and domain-by-area cells alike.
 */
export function weightedScore(
  questions: readonly Question[],
  scoreOf: (q: Question) => number | null,
): number | null {
  const mean = weightedMean(questions, (q) => q.weight, scoreOf);
  return mean === null ? null : 100 * mean;
}

/** Rule 4: the mean of the domain scores weighted by domain weight, over those with a score. */
export function overallScore(
  domains: readonly Domain[],
  scoreOf: (d: Domain) => number | null,
): number | null {
  return weightedMean(domains, (d) => d.weight, scoreOf);
}

/** Every score of one group of respondents: questions (0-1), domains and areas (0-100). */
export interface GroupScores {
  questions: (number | null)[];
  domains: Map<string, number | null>;
  overall: number | null;
}

/**
 * A group's scores. `include` says which of its question scores may be shown (suppression.ts);
 * the others count as having no score, so that no domain or overall score can give them away.
 */
export function scoreGroup(
  framework: Framework,
  group: Group,
  include: (q: Question) => boolean = () => true,
): GroupScores {
  const questions = framework.questions.map((q) =>
    include(q) ? questionScore(q, group.questions[q.index] as QuestionCounts) : null,
  );
  const byQuestion = (q: Question) => questions[q.index] ?? null;
  const domains = new Map(
    framework.domains.map((d) => [d.id, weightedScore(d.questions, byQuestion)] as const),
  );
  return {
    questions,
    domains,
    overall: overallScore(framework.domains, (d) => domains.get(d.id) ?? null),
  };
}

/** Rule 8: the spread between role scores (0-100) of one question, or null with fewer than two. */
export function perceptionGap(roleScores: readonly (number | null)[]): number | null {
  const scored = roleScores.filter((s): s is number => s !== null);
  if (scored.length < 2) return null;
  return 100 * (Math.max(...scored) - Math.min(...scored));
}

export const GAP_FLAG = 25;
/** A hair of tolerance, as for stages: 24.999999999 from floating point still flags. */
export const gapFlagged = (gap: number | null): boolean => gap !== null && gap >= GAP_FLAG - 1e-9;

/** Rule 6: an action applies where the question's score times 100 is below its `below`. */
export const actionApplies = (score: number | null, below: number): boolean =>
  score !== null && 100 * score < below - 1e-9;
