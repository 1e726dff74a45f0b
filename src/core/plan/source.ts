import * as z from 'zod';
import type { PlanSource, SourceQuestion } from './merge.js';

/**
 * What a plan is made from: a report, as its JSON is written (the model itself, or a JSON report
 * read back). Loose about what it does not read; checked where it does.
 */
const score = z.number().min(0).max(100);
const text = z.string().max(10_000);
export const planInputSchema = z.object({
  generated: text,
  answered: z.object({ from: text, to: text }).nullable().optional(),
  framework: z.object({ id: text, version: text }),
  stages: z.array(z.object({ id: text, from: score })),
  overall: z.object({ score: score.nullable() }),
  domains: z.array(z.object({ id: text, score: score.nullable() })),
  questions: z.array(
    z.object({
      id: text,
      score: score.nullable(),
      respondents: z.number().int().min(0).nullable(),
      interval: z.object({ low: score, high: score }).nullable().optional(),
    }),
  ),
  actions: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+\.[1-9][0-9]*$/),
      question: text,
      domain: text,
      priority: z.enum(['high', 'medium', 'low']),
      text,
      below: score,
      owner: text.optional(),
      months: z.number().int().min(1).max(36).optional(),
      check: text.optional(),
    }),
  ),
});

export type PlanInput = z.infer<typeof planInputSchema>;

/** The date an assessment stands for: its latest answers, else the day its report was made. */
export const assessmentDate = (input: Pick<PlanInput, 'answered' | 'generated'>): string =>
  (input.answered?.to ?? input.generated).slice(0, 10);

export function planSourceOf(input: PlanInput): PlanSource {
  const questions = new Map<string, SourceQuestion>(
    input.questions.map((q) => [
      q.id,
      {
        score: q.score,
        respondents: q.respondents,
        ...(q.interval && { low: q.interval.low, high: q.interval.high }),
      },
    ]),
  );
  return {
    framework: { id: input.framework.id, version: input.framework.version },
    date: assessmentDate(input),
    stages: input.stages,
    overall: input.overall.score,
    domains: input.domains,
    questions,
    actions: input.actions.map((a) => ({
      id: a.id,
      question: a.question,
      domain: a.domain,
      priority: a.priority,
      text: a.text,
      below: a.below,
      ...(a.owner !== undefined && { owner: a.owner }),
      ...(a.months !== undefined && { months: a.months }),
      ...(a.check !== undefined && { check: a.check }),
    })),
  };
}
