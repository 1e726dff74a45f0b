import type { Invited } from '../schema/plan.js';
import type { Tally } from '../tally.js';
import type { ReportModel } from './model.js';

/**
 * Response rates: how many of those asked answered, by role and, where the counts of people
 * asked are given by unit, by unit and role. Rates are counts of people (answers files), never
 * worked out from what anyone answered. A role's count is in the report already (who answered);
 * a unit's role with fewer than the threshold answering is said to be so, without its count, so
 * that the report never names how few of a small group took part.
 */
export interface ResponseRate {
  role: string;
  label: string;
  /** The unit, for a count given by unit. */
  unit?: string;
  invited: number;
  /** Null where fewer than the threshold (but someone) answered in a unit. */
  answered: number | null;
  /** answered / invited, 0-100; null where the count is not shown. */
  rate: number | null;
  /** Fewer than half of those asked answered. */
  low: boolean;
}

const LOW_RATE = 50;

/** The counts asked: the plan's, with any given on the command line in their place. */
export function mergeInvited(plan: Invited | undefined, given: Invited | undefined): Invited {
  const units: NonNullable<Invited['units']> = { ...plan?.units };
  for (const [unit, roles] of Object.entries(given?.units ?? {}))
    units[unit] = { ...units[unit], ...roles };
  return {
    roles: { ...plan?.roles, ...given?.roles },
    ...(Object.keys(units).length > 0 && { units }),
  };
}

export function buildResponseRates(
  model: Pick<ReportModel, 'respondents' | 'roles' | 'minGroupSize'>,
  tally: Pick<Tally, 'cells'>,
  invited: Invited,
): ResponseRate[] {
  const label = (role: string) => model.roles.find((r) => r.id === role)?.label ?? role;
  const rate = (answered: number | null, asked: number) =>
    answered === null ? null : (100 * answered) / asked;
  const rows: ResponseRate[] = Object.entries(invited.roles ?? {})
    .filter(([, asked]) => asked > 0)
    .map(([role, asked]) => {
      const answered = model.respondents.byRole[role] ?? 0;
      const r = rate(answered, asked) as number;
      return { role, label: label(role), invited: asked, answered, rate: r, low: r < LOW_RATE };
    });
  for (const [unit, roles] of Object.entries(invited.units ?? {}))
    for (const [role, asked] of Object.entries(roles)) {
      if (asked <= 0) continue;
      const people = tally.cells.get(role)?.get(unit)?.people ?? 0;
      const answered = people > 0 && people < model.minGroupSize ? null : people;
      const r = rate(answered, asked);
      rows.push({
        role,
        label: label(role),
        unit,
        invited: asked,
        answered,
        rate: r,
        low: r !== null && r < LOW_RATE,
      });
    }
  return rows;
}
