import { shownTo } from './conditions.js';
import type { Framework, Question } from './framework.js';
import { countPairs, newPairs, Picks } from './intervals.js';
import type { AnswersDoc } from './schema/answers.js';

/**
 * The counts behind every number in a report. Answers are counted, not kept: for each question,
 * how many respondents chose each option of its scale, and how many gave no score. A mean worked
 * out from counts does not depend on the order the files were read in, and the memory used does
 * not grow with the number of respondents (notes apart).
 */
export interface QuestionCounts {
  /** Respondents per option, in the order of the scale's options. */
  options: number[];
  notApplicable: number;
  dontKnow: number;
  /** Shown to the respondent but not answered (or skipped). */
  unanswered: number;
}

export interface Group {
  /** Answers files of one person each. */
  individuals: number;
  /** Answers files a group agreed together (respondent.workshop). */
  workshops: number;
  questions: QuestionCounts[];
}

export interface Note {
  question: string;
  text: string;
  /** The respondent's role and unit, used only to decide whether the note may be quoted. */
  role?: string;
  unit: string;
  workshop: boolean;
}

/**
 * Individuals (workshops aside) of one role and one unit together, per question (by index):
 * how many were shown it, and how many gave it a value on its scale. What may be shown is
 * decided on these (core/report/suppression.ts), because a group that looks large enough by
 * role and by unit may still be small where the two cross.
 */
export interface CellCounts {
  /** Individuals of this role and unit (answers files), for response rates by unit. */
  people: number;
  reach: number[];
  valued: number[];
}

export interface Tally {
  framework: Framework;
  all: Group;
  /** By role id; respondents without a role are in `noRole`. */
  roles: Map<string, Group>;
  noRole: Group;
  /** By unit name; respondents without a unit are under the empty string. */
  units: Map<string, Group>;
  /** By role (the empty string for none), then unit (the empty string for none). */
  cells: Map<string, Map<string, CellCounts>>;
  notes: Note[];
  /** The earliest and latest date answers were given (ISO), from the files' timestamps. */
  answered: { from: string; to: string } | null;
  /** Everyone's joint counts of each pair of scored questions, for intervals (intervals.ts). */
  pairs: Float64Array;
}

export function newGroup(framework: Framework): Group {
  return {
    individuals: 0,
    workshops: 0,
    questions: framework.questions.map((q) => ({
      options: q.scale.options.map(() => 0),
      notApplicable: 0,
      dontKnow: 0,
      unanswered: 0,
    })),
  };
}

export function newTally(framework: Framework): Tally {
  return {
    framework,
    all: newGroup(framework),
    roles: new Map(),
    noRole: newGroup(framework),
    units: new Map(),
    cells: new Map(),
    notes: [],
    answered: null,
    pairs: newPairs(framework),
  };
}

function cellIn(tally: Tally, role: string, unit: string): CellCounts {
  let byUnit = tally.cells.get(role);
  if (!byUnit) {
    byUnit = new Map();
    tally.cells.set(role, byUnit);
  }
  let cell = byUnit.get(unit);
  if (!cell) {
    const n = tally.framework.questions.length;
    cell = {
      people: 0,
      reach: new Array<number>(n).fill(0),
      valued: new Array<number>(n).fill(0),
    };
    byUnit.set(unit, cell);
  }
  return cell;
}

function groupIn(map: Map<string, Group>, key: string, framework: Framework): Group {
  let group = map.get(key);
  if (!group) {
    group = newGroup(framework);
    map.set(key, group);
  }
  return group;
}

/**
 * One row of the tidy export: what one respondent gave for one question they were shown.
 * `option` is the index of the chosen option in the question's scale.
 */
export interface ResponseRow {
  question: number;
  value: number | 'not-applicable' | 'dont-know' | null;
  option?: number;
}

/**
 * Counts one answers file (already checked against the framework) into the tally. Only the
 * questions the respondent was shown count: those asked of their role whose `when` holds.
 * Returns the respondent's rows for the tidy export.
 */
export function countAnswers(tally: Tally, doc: AnswersDoc): ResponseRow[] {
  const { framework } = tally;
  const role = doc.respondent?.role;
  const unit = doc.unit ?? '';
  const workshop = doc.respondent?.workshop === true;
  const groups = [
    tally.all,
    role === undefined ? tally.noRole : groupIn(tally.roles, role, framework),
    groupIn(tally.units, unit, framework),
  ];
  const cell = workshop ? undefined : cellIn(tally, role ?? '', unit);
  if (cell) cell.people++;
  for (const g of groups) {
    if (workshop) g.workshops++;
    else g.individuals++;
  }
  const when = doc.updated ?? doc.started;
  if (when !== undefined) {
    // The same form for every file, so that the earliest and latest compare as text.
    const day =
      when.length === 20 && when.endsWith('Z')
        ? `${when.slice(0, 19)}.000Z`
        : new Date(when).toISOString();
    const a = tally.answered;
    tally.answered = a
      ? { from: day < a.from ? day : a.from, to: day > a.to ? day : a.to }
      : { from: day, to: day };
  }
  const answers = doc.answers;
  const shown = shownTo(framework, doc);
  const rows: ResponseRow[] = [];
  const picks = new Picks(framework);
  for (const q of framework.questions) {
    if (!shown.has(q.id)) continue;
    const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const value = answer?.value;
    const [a, b, c] = groups as [Group, Group, Group];
    const counts = [a.questions[q.index], b.questions[q.index], c.questions[q.index]] as [
      QuestionCounts,
      QuestionCounts,
      QuestionCounts,
    ];
    let row: ResponseRow;
    if (cell) cell.reach[q.index] = (cell.reach[q.index] ?? 0) + 1;
    if (value === undefined) {
      for (const c of counts) c.unanswered++;
      row = { question: q.index, value: null };
    } else if (value === 'not-applicable') {
      for (const c of counts) c.notApplicable++;
      row = { question: q.index, value };
    } else if (value === 'dont-know') {
      for (const c of counts) c.dontKnow++;
      row = { question: q.index, value };
    } else {
      const option = optionIndex(q).get(value) ?? -1;
      if (option < 0)
        throw new Error(`${q.id}: ${value} is not on its scale: check before counting`);
      for (const c of counts) c.options[option] = (c.options[option] ?? 0) + 1;
      if (cell) cell.valued[q.index] = (cell.valued[q.index] ?? 0) + 1;
      if (q.scored) picks.add(q.index, option);
      row = { question: q.index, value, option };
    }
    rows.push(row);
    const note = answer?.note?.trim();
    if (note) {
      tally.notes.push({
        question: q.id,
        text: note,
        ...(role !== undefined && { role }),
        unit,
        workshop,
      });
    }
  }
  countPairs(framework, tally.pairs, picks);
  return rows;
}

const optionIndexes = new WeakMap<Question, Map<number, number>>();

/** A question's option value → its index in the scale. */
function optionIndex(q: Question): Map<number, number> {
  let map = optionIndexes.get(q);
  if (!map) {
    map = new Map(q.scale.options.map((o, i) => [o.value, i]));
    optionIndexes.set(q, map);
  }
  return map;
}

/** What a tally holds apart from its framework: what a worker thread sends back. */
export type TallyCounts = Omit<Tally, 'framework'>;

/** Adds the counts of `from` (another share of the same files) into `into`. */
export function mergeTally(into: Tally, from: TallyCounts): void {
  const add = (a: Group, b: Group) => {
    a.individuals += b.individuals;
    a.workshops += b.workshops;
    b.questions.forEach((q, i) => {
      const t = a.questions[i] as QuestionCounts;
      q.options.forEach((n, j) => (t.options[j] = (t.options[j] ?? 0) + n));
      t.notApplicable += q.notApplicable;
      t.dontKnow += q.dontKnow;
      t.unanswered += q.unanswered;
    });
  };
  add(into.all, from.all);
  add(into.noRole, from.noRole);
  for (const [role, g] of from.roles) add(groupIn(into.roles, role, into.framework), g);
  for (const [unit, g] of from.units) add(groupIn(into.units, unit, into.framework), g);
  for (const [role, byUnit] of from.cells)
    for (const [unit, c] of byUnit) {
      const t = cellIn(into, role, unit);
      t.people += c.people;
      c.reach.forEach((n, i) => (t.reach[i] = (t.reach[i] ?? 0) + n));
      c.valued.forEach((n, i) => (t.valued[i] = (t.valued[i] ?? 0) + n));
    }
  into.notes.push(...from.notes);
  from.pairs.forEach((n, i) => {
    if (n > 0) into.pairs[i] = (into.pairs[i] ?? 0) + n;
  });
  const a = into.answered;
  const b = from.answered;
  if (b)
    into.answered = a
      ? { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to }
      : b;
}
