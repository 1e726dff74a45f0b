import * as z from 'zod';

/**
 * The comparison with an earlier assessment: change per domain, area and overall, and the
 * questions that moved most. What exists in only one of the two is listed, never dropped.
 */
export interface Comparison {
  earlier: {
    framework: { id: string; version: string };
    respondents: number;
    /** When the earlier answers were given (the latest date), else when its report was made. */
    date?: string;
  };
  overall: Change;
  domains: (Change & { id: string; title: string })[];
  areas: (Change & { id: string; title: string })[];
  /** The questions whose score changed most (up to ten, largest change first). */
  movedMost: (Change & { id: string; domain: string; text: string })[];
  onlyEarlier: { domains: string[]; areas: string[]; questions: string[] };
  onlyNow: { domains: string[]; areas: string[]; questions: string[] };
}

export interface Change {
  before: number | null;
  after: number | null;
  /** after - before, where both exist. */
  change: number | null;
}

const scored = { id: z.string(), title: z.string().optional(), score: z.number().nullable() };

/**
 * The part of a report that a comparison reads: a JSON report written by `attune report`
 * (this schema is loose on purpose: newer reports may carry more fields).
 */
export const scoreSetSchema = z.object({
  generated: z.string().optional(),
  answered: z.object({ from: z.string(), to: z.string() }).nullable().optional(),
  framework: z.object({ id: z.string(), version: z.string(), title: z.string().optional() }),
  respondents: z.object({ total: z.number() }),
  overall: z.object({ score: z.number().nullable() }),
  domains: z.array(z.object(scored)),
  areas: z.array(z.object(scored)).optional(),
  questions: z.array(z.object({ ...scored, domain: z.string(), text: z.string().optional() })),
});

export type ScoreSet = z.infer<typeof scoreSetSchema>;

const change = (before: number | null, after: number | null): Change => ({
  before,
  after,
  change: before === null || after === null ? null : after - before,
});

type Scored = { id: string; title?: string | undefined; score: number | null };

function pair<T extends Scored>(earlier: readonly Scored[], now: readonly T[]) {
  const before = new Map(earlier.map((x) => [x.id, x]));
  const nowIds = new Set(now.map((x) => x.id));
  return {
    both: now
      .filter((x) => before.has(x.id))
      .map((x) => ({ now: x, before: before.get(x.id) as Scored })),
    onlyEarlier: earlier.filter((x) => !nowIds.has(x.id)).map((x) => x.id),
    onlyNow: now.filter((x) => !before.has(x.id)).map((x) => x.id),
  };
}

export function compare(
  earlier: ScoreSet,
  now: ScoreSet & {
    domains: { id: string; title: string; score: number | null }[];
    areas: { id: string; title: string; score: number | null }[];
    questions: { id: string; domain: string; text: string; score: number | null }[];
  },
): Comparison {
  const domains = pair(earlier.domains, now.domains);
  const areas = pair(earlier.areas ?? [], now.areas);
  const questions = pair(earlier.questions, now.questions);
  return {
    earlier: {
      framework: { id: earlier.framework.id, version: earlier.framework.version },
      respondents: earlier.respondents.total,
      ...((earlier.answered?.to ?? earlier.generated) !== undefined && {
        date: earlier.answered?.to ?? earlier.generated,
      }),
    },
    overall: change(earlier.overall.score, now.overall.score),
    domains: domains.both.map(({ now: d, before }) => ({
      id: d.id,
      title: d.title,
      ...change(before.score, d.score),
    })),
    areas: areas.both.map(({ now: a, before }) => ({
      id: a.id,
      title: a.title,
      ...change(before.score, a.score),
    })),
    movedMost: questions.both
      .map(({ now: q, before }) => ({
        id: q.id,
        domain: q.domain,
        text: q.text,
        ...change(before.score, q.score),
      }))
      .filter((q) => q.change !== null && Math.abs(q.change) >= 0.05)
      .sort((a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0))
      .slice(0, 10),
    onlyEarlier: {
      domains: domains.onlyEarlier,
      areas: areas.onlyEarlier,
      questions: questions.onlyEarlier,
    },
    onlyNow: { domains: domains.onlyNow, areas: areas.onlyNow, questions: questions.onlyNow },
  };
}
