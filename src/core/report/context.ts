import { pickText, stageFor, type Framework, type Question } from '../framework.js';
import type { Text } from '../schema/common.js';
import { scoreGroup, type GroupScores } from '../scoring.js';
import type { Group, Tally } from '../tally.js';
import { levelOf, roleShown, type Disclosure } from './suppression.js';

/**
 * What every section builder reads: the counts, the decisions of what may be shown, and the
 * scores worked out once over what may be shown. A new section takes this and returns its part
 * of the model.
 */
export interface BuildContext {
  framework: Framework;
  tally: Tally;
  disclosure: Disclosure;
  /** A framework text in the report's language. */
  text: (value: Text) => string;
  stageOf: (score: number | null) => string | null;
  /** Everyone's scores, over the questions whose scores are shown. */
  all: GroupScores;
  /** The roles answered as, in order (see orderedRoles), with their scores. */
  roles: RolePart[];
}

export interface RolePart {
  id: string;
  label: string;
  group: Group;
  /** Fewer individuals than the threshold in all: nothing of the role is shown. */
  small: boolean;
  /** Over the questions whose score is shown for this role. */
  scores: GroupScores;
}

export function buildContext(tally: Tally, disclosure: Disclosure, lang: string): BuildContext {
  const { framework } = tally;
  const text = (value: Text) => pickText(value, lang, framework.language);
  const shownForAll = (q: Question) => levelOf(disclosure, q.index) === 'scores';
  return {
    framework,
    tally,
    disclosure,
    text,
    stageOf: (score) => stageFor(framework.stages, score)?.id ?? null,
    all: scoreGroup(framework, tally.all, shownForAll),
    roles: orderedRoles(framework, tally.roles.keys()).map((id) => {
      const group = tally.roles.get(id) as Group;
      const role = framework.respondents.find((r) => r.id === id);
      return {
        id,
        label: role ? text(role.label) : id,
        group,
        small: disclosure.smallRoles.has(id),
        scores: scoreGroup(framework, group, (q) => roleShown(disclosure, q.index, id)),
      };
    }),
  };
}

/** Roles in the framework's order, then any others in the order of their ids. */
export function orderedRoles(framework: Framework, present: Iterable<string>): string[] {
  const have = new Set(present);
  const known = framework.respondents.map((r) => r.id).filter((id) => have.has(id));
  const others = [...have].filter((id) => !framework.respondents.some((r) => r.id === id));
  return [...known, ...others.sort()];
}

/** Units by name, with "no unit given" (the empty string) last. */
export function orderedUnits(present: Iterable<string>): string[] {
  return [...present].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
}

/** People in a group: individuals and workshops. */
export const sizeOf = (g: Group): number => g.individuals + g.workshops;
