import type { Question } from '../framework.js';
import { scoreGroup } from '../scoring.js';
import type { Group } from '../tally.js';
import { orderedUnits, sizeOf, type BuildContext } from './context.js';
import type { ByGroup, ByGroupRow } from './model.js';
import { hasScore } from './questions.js';
import { roleShown, unitShown } from './suppression.js';

interface Entry {
  id: string;
  label: string;
  group: Group;
  small: boolean;
  shown: (q: Question) => boolean;
}

/** `--by unit` or `--by role`: each group's domain and overall scores, side by side. */
export function buildBy(ctx: BuildContext, kind: 'unit' | 'role'): ByGroup {
  const { tally, disclosure: d } = ctx;
  const entries: Entry[] =
    kind === 'unit'
      ? orderedUnits(tally.units.keys()).map((id) => ({
          id,
          label: id === '' ? '(no unit given)' : id,
          group: tally.units.get(id) as Group,
          small: d.smallUnits.has(id),
          shown: (q) => unitShown(d, q.index, id),
        }))
      : [
          ...ctx.roles.map((r) => ({
            id: r.id,
            label: r.label,
            group: r.group,
            small: r.small,
            shown: (q: Question) => roleShown(d, q.index, r.id),
          })),
          ...(sizeOf(tally.noRole) > 0
            ? [
                {
                  id: '',
                  label: '(no role given)',
                  group: tally.noRole,
                  small: d.smallRoles.has(''),
                  shown: (q: Question) => roleShown(d, q.index, ''),
                },
              ]
            : []),
        ];
  return { kind, rows: entries.map((e) => row(ctx, e)) };
}

function row(ctx: BuildContext, e: Entry): ByGroupRow {
  const { framework } = ctx;
  const scores = scoreGroup(framework, e.group, e.shown);
  const withheld = framework.domains
    .filter(
      (d) =>
        (scores.domains.get(d.id) ?? null) === null &&
        d.questions.some((q) => !e.shown(q) && hasScore(e.group, q)),
    )
    .map((d) => d.id);
  const suppressed =
    e.small ||
    (withheld.length > 0 && framework.domains.every((d) => scores.domains.get(d.id) == null));
  return {
    id: e.id,
    label: e.label,
    respondents: sizeOf(e.group),
    suppressed,
    overall: suppressed ? null : scores.overall,
    domains: Object.fromEntries(
      framework.domains.map((d) => [d.id, suppressed ? null : (scores.domains.get(d.id) ?? null)]),
    ),
    suppressedDomains: suppressed
      ? framework.domains
          .filter((d) => d.questions.some((q) => hasScore(e.group, q)))
          .map((d) => d.id)
      : withheld,
  };
}
