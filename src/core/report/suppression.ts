import type { Note, Tally } from '../tally.js';
import { recoverable, type Cell } from './recoverable.js';

/**
 * What a report may show, decided once from the counts alone, before any score is worked out;
 * every section and every format (Markdown, HTML, JSON, each CSV table, `--by`, `--compare`)
 * reads these decisions and nothing else. The rule, question by question (README, "Privacy"):
 *
 * 1. Individuals count; workshop files (a group's agreed answers) are no one person's and never
 *    need hiding, but they never make a group large enough either.
 * 2. A question shown to fewer than `minGroupSize` people shows nothing (`none`); one that fewer
 *    than that many gave a value to shows counts but no score (`counts`).
 * 3. A role (or no role) with fewer such people is hidden. The hidden roles together are the
 *    total less the roles shown, so they must hold none or enough people: if not, the smallest
 *    role still shown is hidden too, until they do (secondary suppression).
 * 4. Units the same; and because roles and units are both published, a unit is shown only while
 *    no smaller group can be worked out from the roles, the units shown and the total together
 *    (recoverable.ts). Otherwise units are hidden, smallest first; roles never are for units.
 * 5. The tidy export names a unit on its rows only where each role of it holds enough people
 *    too, and what it leaves unnamed still hides every smaller group.
 *
 * A report of someone's own answers (`assess`) shows everything, to them.
 */
export type Level = 'none' | 'counts' | 'scores';

export interface QuestionDisclosure {
  level: Level;
  /** Roles ('' for no role) whose answers to the question are not shown on their own. */
  hiddenRoles: ReadonlySet<string>;
  /** Units ('' for no unit) whose answers are not shown on their own (`--by unit`). */
  hiddenUnits: ReadonlySet<string>;
  /** Units not named on their rows of the responses table: the hidden ones and perhaps more. */
  unnamedUnits: ReadonlySet<string>;
  /** Roles and units fewer than the threshold were shown the question to: their notes are not quoted. */
  fewRoles: ReadonlySet<string>;
  fewUnits: ReadonlySet<string>;
}

export interface Disclosure {
  minGroupSize: number;
  /** A report of one person's (or one workshop's) own answers, for them. */
  own: boolean;
  /** Individual respondents behind the report, workshops aside. */
  individuals: number;
  /** Fewer individuals than the threshold: nothing worked out from their answers is shown. */
  tooFew: boolean;
  /** Roles and units with fewer individuals than the threshold in all. */
  smallRoles: ReadonlySet<string>;
  smallUnits: ReadonlySet<string>;
  /** By question index. */
  questions: readonly QuestionDisclosure[];
}

/** The role of hidden roles taken together, and the unit of hidden units: no real id can be this. */
export const HIDDEN = '\u0000hidden';

const NOTHING: ReadonlySet<string> = new Set();

export function decideDisclosure(
  tally: Tally,
  options: { minGroupSize: number; own?: boolean },
): Disclosure {
  const min = options.minGroupSize;
  const own = options.own === true;
  const small = (n: number) => !own && n > 0 && n < min;
  const individuals = tally.all.individuals;
  const tooFew = small(individuals);
  const smallRoles = new Set(
    [...tally.roles, ['', tally.noRole] as const]
      .filter(([, g]) => small(g.individuals))
      .map(([id]) => id),
  );
  const smallUnits = new Set(
    [...tally.units].filter(([, g]) => small(g.individuals)).map(([id]) => id),
  );
  const questions = tally.framework.questions.map((q): QuestionDisclosure => {
    const cells: Cell[] = [];
    for (const [role, byUnit] of tally.cells)
      for (const [unit, c] of byUnit) {
        const reach = c.reach[q.index] ?? 0;
        if (reach > 0) cells.push({ role, unit, reach, valued: c.valued[q.index] ?? 0 });
      }
    if (own) return everything('scores');
    if (tooFew) return everything('none');
    return decideQuestion(cells, min);
  });
  return { minGroupSize: min, own, individuals, tooFew, smallRoles, smallUnits, questions };
}

function everything(level: Level): QuestionDisclosure {
  return {
    level,
    hiddenRoles: NOTHING,
    hiddenUnits: NOTHING,
    unnamedUnits: NOTHING,
    fewRoles: NOTHING,
    fewUnits: NOTHING,
  };
}

type Weights = Pick<Cell, 'reach' | 'valued'>;

function totals(cells: readonly Cell[], key: (c: Cell) => string): Map<string, Weights> {
  const out = new Map<string, Weights>();
  for (const c of cells) {
    const t = out.get(key(c)) ?? { reach: 0, valued: 0 };
    t.reach += c.reach;
    t.valued += c.valued;
    out.set(key(c), t);
  }
  return out;
}

/** The smallest of these groups (fewest people shown the question, then fewest who answered). */
function smallest(
  ids: Iterable<string>,
  weights: ReadonlyMap<string, Weights>,
): string | undefined {
  let best: string | undefined;
  let bw: Weights | undefined;
  for (const id of ids) {
    const w = weights.get(id);
    if (!w || w.reach === 0) continue;
    if (
      !bw ||
      w.reach < bw.reach ||
      (w.reach === bw.reach &&
        (w.valued < bw.valued || (w.valued === bw.valued && id < (best ?? ''))))
    ) {
      best = id;
      bw = w;
    }
  }
  return best;
}

function decideQuestion(cells: readonly Cell[], min: number): QuestionDisclosure {
  const small = (n: number) => n > 0 && n < min;
  const all = totals(cells, () => '').get('') ?? { reach: 0, valued: 0 };
  if (small(all.reach)) return everything('none');
  const level: Level = small(all.valued) ? 'counts' : 'scores';
  // Counts of people shown a question are published (rows of the responses table), and with a
  // score, so are its values: then both must hold none or enough people.
  const kinds: ('reach' | 'valued')[] = level === 'scores' ? ['reach', 'valued'] : ['reach'];
  const fails = (w: Weights) => kinds.some((k) => small(w[k]));

  const roles = totals(cells, (c) => c.role);
  const hiddenRoles = new Set([...roles].filter(([, w]) => fails(w)).map(([id]) => id));
  for (;;) {
    const pool = totals(
      cells.filter((c) => hiddenRoles.has(c.role)),
      () => '',
    ).get('');
    if (!pool || !fails(pool)) break;
    const next = smallest(
      [...roles.keys()].filter((id) => !hiddenRoles.has(id)),
      roles,
    );
    if (next === undefined) break;
    hiddenRoles.add(next);
  }
  const roleOf = (c: Cell) => (hiddenRoles.has(c.role) ? HIDDEN : c.role);

  const units = totals(cells, (c) => c.unit);
  const roleRows = [...new Set(cells.map(roleOf))];
  const rowOf = new Map(roleRows.map((r, i) => [r, i]));
  const check = (known: ReadonlySet<string>, hidden: ReadonlySet<string>) => {
    const tables = kinds.map(() => new Map<string, number[]>());
    for (const c of cells) {
      if (known.has(c.unit)) continue;
      const column = hidden.has(c.unit) ? HIDDEN : c.unit;
      const r = rowOf.get(roleOf(c)) ?? 0;
      kinds.forEach((kind, k) => {
        const columns = tables[k] as Map<string, number[]>;
        let weights = columns.get(column);
        if (!weights) {
          weights = roleRows.map(() => 0);
          columns.set(column, weights);
        }
        weights[r] = (weights[r] ?? 0) + c[kind];
      });
    }
    for (const columns of tables) {
      const problem = recoverable({ rows: roleRows, columns }, min);
      if (problem) return problem;
    }
    return undefined;
  };

  // The report's units: hidden until nothing smaller can be worked out beside the roles.
  const hiddenUnits = new Set([...units].filter(([, w]) => fails(w)).map(([id]) => id));
  for (;;) {
    const problem = check(NOTHING, hiddenUnits);
    if (!problem) break;
    const shown = [...units.keys()].filter((id) => !hiddenUnits.has(id));
    const next =
      smallest(
        problem.columns.filter((id) => id !== HIDDEN && !hiddenUnits.has(id)),
        units,
      ) ?? smallest(shown, units);
    if (next === undefined) break;
    hiddenUnits.add(next);
  }

  // The responses table names a unit on a row only where the row's role within it holds
  // enough people, and where what it leaves unnamed hides every smaller group still.
  // What the unnamed units hold, by role, kept up to date as units are unnamed one by one
  // (a national report may have thousands of units).
  const cellsOf = new Map<string, Cell[]>();
  const unitsOf = new Map<string, Set<string>>();
  for (const c of cells) {
    cellsOf.set(c.unit, [...(cellsOf.get(c.unit) ?? []), c]);
    unitsOf.set(roleOf(c), (unitsOf.get(roleOf(c)) ?? new Set()).add(c.unit));
  }
  const unnamedUnits = new Set<string>();
  const rest = new Map<string, Weights>();
  const unname = (unit: string) => {
    unnamedUnits.add(unit);
    for (const c of cellsOf.get(unit) ?? []) {
      const w = rest.get(roleOf(c)) ?? { reach: 0, valued: 0 };
      w.reach += c.reach;
      w.valued += c.valued;
      rest.set(roleOf(c), w);
    }
  };
  const classes = totals(cells, (c) => `${roleOf(c)}\u0000${c.unit}`);
  for (const unit of units.keys())
    if (
      hiddenUnits.has(unit) ||
      (cellsOf.get(unit) ?? []).some((c) =>
        fails(classes.get(`${roleOf(c)}\u0000${unit}`) as Weights),
      )
    )
      unname(unit);
  const named = (among: Iterable<string>) => [...among].filter((u) => !unnamedUnits.has(u));
  for (;;) {
    const thin = [...rest].find(([, w]) => fails(w));
    let next: string | undefined;
    if (thin) next = smallest(named(unitsOf.get(thin[0]) ?? []), units);
    else {
      const problem = check(new Set(named(units.keys())), hiddenUnits);
      if (!problem) break;
      next =
        smallest(named(problem.rows.flatMap((r) => [...(unitsOf.get(r) ?? [])])), units) ??
        smallest(named(units.keys()), units);
    }
    if (next === undefined) break;
    unname(next);
  }

  const few = (weights: ReadonlyMap<string, Weights>) =>
    new Set([...weights].filter(([, w]) => small(w.reach)).map(([id]) => id));
  return {
    level,
    hiddenRoles,
    hiddenUnits,
    unnamedUnits,
    fewRoles: few(roles),
    fewUnits: few(units),
  };
}

/** Whether a role's (or no role's, '') score for a question may be shown. */
export const roleShown = (d: Disclosure, question: number, role: string): boolean => {
  const q = d.questions[question];
  return (
    q !== undefined && q.level === 'scores' && !d.smallRoles.has(role) && !q.hiddenRoles.has(role)
  );
};

/** Whether a unit's score for a question may be shown. */
export const unitShown = (d: Disclosure, question: number, unit: string): boolean => {
  const q = d.questions[question];
  return (
    q !== undefined && q.level === 'scores' && !d.smallUnits.has(unit) && !q.hiddenUnits.has(unit)
  );
};

export const levelOf = (d: Disclosure, question: number): Level =>
  d.questions[question]?.level ?? 'none';

/**
 * Whether a note may be quoted: never where the question shows nothing, and never from a role
 * or unit that fewer than the threshold were asked it in (what people write can say who they
 * are); always from a workshop, and in a report of one's own answers.
 */
export function quotable(d: Disclosure, question: number, note: Note): boolean {
  const q = d.questions[question];
  if (!q || q.level === 'none') return false;
  if (d.own || note.workshop) return true;
  const role = note.role ?? '';
  return (
    !d.smallRoles.has(role) &&
    !d.smallUnits.has(note.unit) &&
    !q.fewRoles.has(role) &&
    !q.fewUnits.has(note.unit)
  );
}
