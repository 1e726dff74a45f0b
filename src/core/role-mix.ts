import type { ScoreSet } from './compare.js';

/**
 * When the mix of roles differs between two cycles (say more people who use the service answered
 * this year), a raw change mixes a change in practice with a change in who answered. Beside it,
 * the change with each role weighted alike in both years: each year's score worked out again
 * from its published role scores, every role given the same weight in both (the mean of its two
 * shares). Only role scores both reports show are used, so it is a sum of published numbers and
 * shows nothing either report hides.
 */
export interface RoleMix {
  /** Some role's share of those who answered moved by at least five percentage points. */
  differs: boolean;
  roles: RoleShare[];
  overall: WeightedChange | null;
  domains: (WeightedChange & { id: string; title: string })[];
}

export interface RoleShare {
  id: string;
  label: string;
  before: number;
  after: number;
  /** Percentages of those who answered, 0-100. */
  shareBefore: number;
  shareAfter: number;
}

export interface WeightedChange {
  /** The change as published: after - before. */
  raw: number | null;
  /** Each year's score with the roles weighted alike, and the change between them. */
  before: number | null;
  after: number | null;
  change: number | null;
  /** The roles it rests on: those shown in both years. */
  roles: string[];
}

/** Five percentage points: a shift in who answered large enough to mention. */
const SHIFT = 5;

type RoleCells = NonNullable<ScoreSet['domains'][number]['byRole']>;

export function roleMix(
  earlier: ScoreSet,
  now: ScoreSet,
  weights: ReadonlyMap<string, number>,
): RoleMix | null {
  const before = earlier.respondents.byRole;
  const after = now.respondents.byRole;
  if (!before || !after) return null;
  const totalBefore = Object.values(before).reduce((a, b) => a + b, 0);
  const totalAfter = Object.values(after).reduce((a, b) => a + b, 0);
  if (totalBefore === 0 || totalAfter === 0) return null;
  const labels = new Map(
    [...(earlier.roles ?? []), ...(now.roles ?? [])].map((r) => [r.id, r.label ?? r.id]),
  );
  const ids = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  const roles = ids.map((id): RoleShare => ({
    id,
    label: labels.get(id) ?? id,
    before: before[id] ?? 0,
    after: after[id] ?? 0,
    shareBefore: (100 * (before[id] ?? 0)) / totalBefore,
    shareAfter: (100 * (after[id] ?? 0)) / totalAfter,
  }));
  const share = new Map(roles.map((r) => [r.id, (r.shareBefore + r.shareAfter) / 2]));
  const standardised = (cells: RoleCells | undefined, shown: readonly string[]) => {
    let sum = 0;
    let weight = 0;
    for (const id of shown) {
      const c = cells?.[id];
      if (!c || 'suppressed' in c || c.score === null) return null;
      sum += (share.get(id) ?? 0) * c.score;
      weight += share.get(id) ?? 0;
    }
    return weight > 0 ? sum / weight : null;
  };
  const inBoth = (a: RoleCells | undefined, b: RoleCells | undefined) =>
    ids.filter((id) => {
      const x = a?.[id];
      const y = b?.[id];
      return x && y && 'score' in x && 'score' in y && x.score !== null && y.score !== null;
    });
  const earlierDomains = new Map(earlier.domains.map((d) => [d.id, d]));
  const domains = now.domains.flatMap((d) => {
    const e = earlierDomains.get(d.id);
    if (!e) return [];
    const shown = inBoth(e.byRole, d.byRole);
    const b = shown.length > 0 ? standardised(e.byRole, shown) : null;
    const a = shown.length > 0 ? standardised(d.byRole, shown) : null;
    return [
      {
        id: d.id,
        title: d.title ?? d.id,
        raw: e.score === null || d.score === null ? null : d.score - e.score,
        before: b,
        after: a,
        change: a === null || b === null ? null : a - b,
        roles: shown,
      },
    ];
  });
  // Overall: the domains' weighted scores, by domain weight, over domains weighted in both years.
  const usable = domains.filter((d) => d.change !== null);
  const total = usable.reduce((s, d) => s + (weights.get(d.id) ?? 1), 0);
  const mean = (f: (d: (typeof usable)[number]) => number) =>
    usable.reduce((s, d) => s + (weights.get(d.id) ?? 1) * f(d), 0) / total;
  const overall: WeightedChange | null =
    usable.length === 0
      ? null
      : {
          raw:
            earlier.overall.score === null || now.overall.score === null
              ? null
              : now.overall.score - earlier.overall.score,
          before: mean((d) => d.before as number),
          after: mean((d) => d.after as number),
          change: mean((d) => d.change as number),
          roles: [...new Set(usable.flatMap((d) => d.roles))],
        };
  return {
    differs: roles.some((r) => Math.abs(r.shareAfter - r.shareBefore) >= SHIFT),
    roles,
    overall,
    domains,
  };
}
