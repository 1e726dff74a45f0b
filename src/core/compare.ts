import * as z from 'zod';
import { changeInterval } from './intervals.js';
import type { RoleMix } from './role-mix.js';
import { round1 } from './round.js';

/**
 * The comparison with an earlier assessment: change per domain, area and overall, and the
 * questions that moved most. What exists in only one of the two is listed, never dropped.
 * Both sides are what their reports publish, so a comparison shows no number that either
 * report hides.
 */
export interface Comparison {
  earlier: {
    framework: { id: string; version: string };
    respondents: number;
    /** When the earlier answers were given (the latest date), else when its report was made. */
    date?: string;
    /** The name given with `--label`, where one was. */
    label?: string;
  };
  overall: Change;
  domains: (Change & { id: string; title: string })[];
  areas: (Change & { id: string; title: string })[];
  /** The questions whose score changed most (up to ten, largest change first). */
  movedMost: (Change & { id: string; domain: string; text: string })[];
  onlyEarlier: { domains: string[]; areas: string[]; questions: string[] };
  onlyNow: { domains: string[]; areas: string[]; questions: string[] };
  /** Who answered, by role, in each; and the change with roles weighted alike (role-mix.ts). */
  roleMix?: RoleMix;
}

export interface Change {
  before: number | null;
  after: number | null;
  /** after - before, where both exist. */
  change: number | null;
  /**
   * The change's 95% interval, where both scores have one (overall and domains), and whether it
   * includes zero: then the change is within chance variation, shown as neither up nor down.
   */
  interval?: { low: number; high: number } | null;
  withinChance?: boolean | null;
}

const outOf100 = (i: { input: unknown }) =>
  `a score is a number from 0 to 100${typeof i.input === 'number' ? `, not ${String(i.input)}` : ''}`;
/** A score as a report publishes it: 0-100, or null where there is none. */
const score = z
  .number({ error: outOf100 })
  .min(0, { error: outOf100 })
  .max(100, { error: outOf100 })
  .nullable();
const text = z.string().max(10_000);
/** A score's interval as a report publishes it (older reports have none). */
const interval = z
  .object({ low: score, high: score, se: z.number().min(0).max(100) })
  .nullable()
  .optional();
const scored = { id: text, title: text.optional(), score, interval };
const count = z
  .number()
  .int({ error: 'a count of people is a whole number' })
  .min(0, { error: 'a count of people is 0 or more' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'a count of people this large cannot be right' });
/** A role's score as a report publishes it: a score and its count, or that it is not shown. */
const roleScore = z.union([
  z.object({ suppressed: z.literal(true) }),
  z.object({ score, respondents: count }),
]);

/**
 * The part of a report that a comparison reads: a JSON report written by `attune report`.
 * Loose about fields it does not read (newer reports carry more), strict about the numbers it
 * does: finite, and in the ranges a report writes, so that no file can make a comparison print
 * Infinity or a change of 10^308.
 */
export const scoreSetSchema = z.object({
  generated: text.optional(),
  answered: z.object({ from: text, to: text }).nullable().optional(),
  framework: z.object({ id: text, version: text, title: text.optional() }),
  respondents: z.object({
    byRole: z.record(text, count).optional(),
    total: z
      .number()
      .int({ error: 'a count of answers files is a whole number' })
      .min(0, { error: 'a count of answers files is 0 or more' })
      .max(Number.MAX_SAFE_INTEGER, {
        error: 'a count of answers files this large cannot be right',
      }),
  }),
  roles: z.array(z.object({ id: text, label: text.optional() })).optional(),
  overall: z.object({ score, interval }),
  domains: z.array(z.object({ ...scored, byRole: z.record(text, roleScore).optional() })),
  areas: z.array(z.object(scored)).optional(),
  questions: z.array(z.object({ ...scored, domain: text, text: text.optional() })),
});

export type ScoreSet = z.infer<typeof scoreSetSchema>;

/** What a comparison reads of the report being made. */
type WithSe = { interval?: { se: number } | null | undefined };

export interface NowScores {
  overall: { score: number | null } & WithSe;
  domains: readonly ({ id: string; title: string; score: number | null } & WithSe)[];
  areas: readonly { id: string; title: string; score: number | null }[];
  questions: readonly { id: string; domain: string; text: string; score: number | null }[];
}

const change = (before: number | null, after: number | null): Change => ({
  before,
  after,
  change: before === null || after === null ? null : after - before,
});

type Scored = { id: string; title?: string | undefined; score: number | null } & WithSe;

/** A change with its interval and noise marking, where both sides have an interval. */
const noisy = (
  before: Scored | ScoreSet['overall'],
  after: Scored | NowScores['overall'],
): Change => {
  const c = changeInterval(before.score, after.score, before.interval?.se, after.interval?.se);
  return {
    ...change(before.score, after.score),
    interval: c && { low: c.low, high: c.high },
    withinChance: c ? c.withinChance : null,
  };
};

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

export function compare(earlier: ScoreSet, now: NowScores): Comparison {
  const domains = pair(earlier.domains, now.domains);
  const areas = pair(earlier.areas ?? [], now.areas);
  const questions = pair(earlier.questions, now.questions);
  const date = earlier.answered?.to ?? earlier.generated;
  return {
    earlier: {
      framework: { id: earlier.framework.id, version: earlier.framework.version },
      respondents: earlier.respondents.total,
      ...(date !== undefined && { date }),
    },
    overall: noisy(earlier.overall, now.overall),
    domains: domains.both.map(({ now: d, before }) => ({
      id: d.id,
      title: d.title,
      ...noisy(before, d),
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

/**
 * An earlier assessment's published scores, from its report model: as its JSON report would
 * give them. `unknownQuestions` are questions its answers name that this framework no longer
 * has, listed as existing only earlier.
 */
export function scoreSetOf(
  model: ScoreSet & NowScores,
  unknownQuestions: readonly string[] = [],
): ScoreSet {
  // Rounded as published, so that comparing with the answers or with their JSON report agrees.
  const r = (s: number | null) => (s === null ? null : round1(s));
  const ri = (i: { low: number | null; high: number | null; se: number } | null | undefined) =>
    i && i.low !== null && i.high !== null
      ? { low: round1(i.low), high: round1(i.high), se: round1(i.se) }
      : null;
  return {
    ...(model.answered !== undefined && { answered: model.answered }),
    framework: model.framework,
    respondents: {
      total: model.respondents.total,
      ...(model.respondents.byRole && { byRole: model.respondents.byRole }),
    },
    ...(model.roles && { roles: model.roles.map(({ id, label }) => ({ id, label })) }),
    overall: { score: r(model.overall.score), interval: ri(model.overall.interval) },
    domains: model.domains.map(({ id, title, score, interval, byRole }) => ({
      id,
      title,
      score: r(score),
      interval: ri(interval),
      ...(byRole && {
        byRole: Object.fromEntries(
          Object.entries(byRole).map(([role, c]) => [
            role,
            'suppressed' in c ? c : { score: r(c.score), respondents: c.respondents },
          ]),
        ),
      }),
    })),
    areas: model.areas.map(({ id, title, score }) => ({ id, title, score: r(score) })),
    questions: [
      ...model.questions.map(({ id, domain, text, score }) => ({
        id,
        domain,
        text,
        score: r(score),
      })),
      ...unknownQuestions.map((id) => ({ id, domain: '', score: null })),
    ],
  };
}
