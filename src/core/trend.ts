import type { ScoreSet } from './compare.js';

/**
 * Many cycles: each domain's and the overall score across every earlier assessment given with
 * `--compare` and this one, oldest first. Every point is a number its own report publishes (an
 * earlier assessment is scored with the same threshold, or read from its JSON report), so a trend
 * shows nothing that any one report hides.
 */
export interface Trend {
  cycles: TrendCycle[];
  overall: TrendPoint[];
  domains: { id: string; title: string; points: TrendPoint[] }[];
}

export interface TrendCycle {
  /** `--label`, else the date of its latest answers (YYYY-MM-DD), else its place in the series. */
  label: string;
  date: string | null;
  respondents: number;
  /** This assessment: the last in the series. */
  current: boolean;
}

/** A cycle's score with its 95% interval, where its report shows one. */
export interface TrendPoint {
  score: number | null;
  low: number | null;
  high: number | null;
}

export interface Cycle {
  scores: ScoreSet;
  label?: string | undefined;
}

const dateOf = (s: ScoreSet): string | null => s.answered?.to ?? s.generated ?? null;

/**
 * The earlier cycles in time order: by date where every one has a date, else as given. The
 * last is the one a single comparison is made with.
 */
export function inTimeOrder(cycles: readonly Cycle[]): Cycle[] {
  const dated = cycles.every((c) => dateOf(c.scores) !== null);
  return dated
    ? [...cycles].sort((a, b) =>
        (dateOf(a.scores) as string).localeCompare(dateOf(b.scores) as string),
      )
    : [...cycles];
}

const point = (s: {
  score: number | null;
  interval?: { low: number | null; high: number | null } | null | undefined;
}): TrendPoint => ({
  score: s.score,
  low: s.score === null ? null : (s.interval?.low ?? null),
  high: s.score === null ? null : (s.interval?.high ?? null),
});

const NONE: TrendPoint = { score: null, low: null, high: null };

export function buildTrend(earlier: readonly Cycle[], now: Cycle): Trend {
  const all = [...inTimeOrder(earlier), now];
  const label = (c: Cycle, i: number) =>
    c.label ?? dateOf(c.scores)?.slice(0, 10) ?? (c === now ? 'now' : `earlier ${i + 1}`);
  return {
    cycles: all.map((c, i) => ({
      label: label(c, i),
      date: dateOf(c.scores),
      respondents: c.scores.respondents.total,
      current: c === now,
    })),
    overall: all.map((c) => point(c.scores.overall)),
    domains: now.scores.domains.map((d) => ({
      id: d.id,
      title: d.title ?? d.id,
      points: all.map((c) => {
        const found = c.scores.domains.find((x) => x.id === d.id);
        return found ? point(found) : NONE;
      }),
    })),
  };
}
