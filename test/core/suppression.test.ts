import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/core/framework.js';
import { decideDisclosure, type Disclosure } from '../../src/core/report-model.js';
import { recoverable, tableOf } from '../../src/core/report/recoverable.js';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import { countAnswers, newTally } from '../../src/core/tally.js';

/**
 * What may be shown (core/report/suppression.ts), decided from counts alone: table-driven cases
 * of each part of the rule. The property test (test/property/privacy.property.test.ts) proves
 * the whole against an attacker; these say what the decisions are, case by case.
 */
const framework = normalise({
  attune: 1,
  id: 'rule',
  version: '1.0.0',
  title: 'Rule',
  respondents: ['staff', 'leadership', 'lived'].map((id) => ({ id, label: id })),
  scales: {
    three: {
      options: [0, 1, 2].map((value) => ({ value, label: `${value}` })),
      allow: ['dont-know'],
    },
  },
  stages: [{ id: 'a', label: 'A', from: 0 }],
  domains: [
    {
      id: 'd',
      title: 'D',
      questions: [
        { id: 'q1', text: 'Asked of everyone', scale: 'three' },
        { id: 'q2', text: 'Asked of lived only', scale: 'three', respondents: ['lived'] },
      ],
    },
  ],
});

/** A person: role, unit, their answer to q1 (or don't know), and whether a workshop. */
type Who = {
  role?: string;
  unit?: string;
  q1?: number | 'dont-know' | undefined;
  q2?: number;
  workshop?: boolean;
};

function decide(people: readonly Who[], min = 3, own = false): Disclosure {
  const tally = newTally(framework);
  for (const p of people) {
    const doc: AnswersDoc = {
      attune: 1,
      framework: { id: 'rule', version: '1.0.0' },
      ...((p.role !== undefined || p.workshop) && {
        respondent: {
          ...(p.role !== undefined && { role: p.role }),
          ...(p.workshop && { workshop: true }),
        },
      }),
      ...(p.unit !== undefined && { unit: p.unit }),
      status: 'completed',
      answers: {
        ...(p.q1 !== undefined && { q1: { value: p.q1 } }),
        ...(p.q2 !== undefined && { q2: { value: p.q2 } }),
      },
    };
    countAnswers(tally, doc);
  }
  return decideDisclosure(tally, { minGroupSize: min, own });
}

const many = (n: number, who: Who): Who[] => Array.from({ length: n }, () => ({ q1: 1, ...who }));
const q1 = (d: Disclosure) => d.questions[0];
const sorted = (s: ReadonlySet<string> | undefined) => [...(s ?? [])].sort();

describe('roles', () => {
  it.each<[string, Who[], string[]]>([
    [
      'a small role beside two others: the next smallest is hidden too',
      [
        ...many(3, { role: 'staff' }),
        ...many(4, { role: 'leadership' }),
        ...many(1, { role: 'lived' }),
      ],
      ['lived', 'staff'],
    ],
    [
      'no role is a group like any other',
      [...many(3, { role: 'staff' }), ...many(4, { role: 'leadership' }), ...many(1, {})],
      ['', 'staff'],
    ],
    [
      'hidden groups that hold enough people between them need no more',
      [
        ...many(3, { role: 'staff' }),
        ...many(3, { role: 'leadership' }),
        ...many(2, { role: 'lived' }),
        ...many(2, {}),
      ],
      ['', 'lived'],
    ],
    [
      'a workshop neither needs hiding nor makes a group large enough',
      [
        ...many(3, { role: 'staff' }),
        ...many(3, { role: 'leadership' }),
        ...many(1, { role: 'lived' }),
        ...many(2, { role: 'lived', workshop: true }),
        ...many(2, { workshop: true }),
      ],
      ['leadership', 'lived'],
    ],
    [
      'a role where few gave an answer on the scale is hidden for that question',
      [
        ...many(2, { role: 'staff' }),
        ...many(2, { role: 'staff', q1: 'dont-know' }),
        ...many(3, { role: 'leadership' }),
        ...many(3, { role: 'lived' }),
      ],
      ['leadership', 'staff'],
    ],
    ['nothing small, nothing hidden', [...many(3, { role: 'staff' }), ...many(3, {})], []],
  ])('%s', (_, people, hidden) => {
    expect(sorted(q1(decide(people))?.hiddenRoles)).toEqual(hidden);
  });
});

describe('questions', () => {
  it('one asked of a small role alone shows nothing at all', () => {
    const d = decide([...many(3, { role: 'staff' }), { role: 'lived', q2: 2 }]);
    expect(d.questions[1]?.level).toBe('none');
  });
  it('one that fewer than the threshold gave an answer on its scale to shows counts, no score', () => {
    const d = decide([
      ...many(2, { role: 'staff' }),
      ...many(3, { role: 'staff', q1: 'dont-know' }),
    ]);
    expect(q1(d)?.level).toBe('counts');
  });
  it('one answered by workshops alone shows everything', () => {
    const d = decide([...many(3, { role: 'staff', q1: undefined }), { workshop: true, q2: 1 }]);
    expect(d.questions[1]?.level).toBe('scores');
  });
});

describe('the whole report', () => {
  it('fewer individuals than the threshold: nothing is shown', () => {
    const d = decide([...many(2, { role: 'staff' }), ...many(4, { workshop: true })]);
    expect(d).toMatchObject({ tooFew: true, individuals: 2 });
    expect(d.questions.map((q) => q.level)).toEqual(['none', 'none']);
  });
  it('only workshops: everything is shown', () => {
    const d = decide(many(2, { workshop: true }));
    expect(d.tooFew).toBe(false);
    expect(q1(d)?.level).toBe('scores');
  });
  it("one's own answers: everything is shown, to them", () => {
    const d = decide([{ role: 'lived', q1: 2, q2: 0 }], 3, true);
    expect(d).toMatchObject({ own: true, tooFew: false });
    expect(d.questions.map((q) => [q.level, q.hiddenRoles.size])).toEqual([
      ['scores', 0],
      ['scores', 0],
    ]);
  });
});

describe('units beside roles', () => {
  it('a small unit, and the next smallest with it', () => {
    const d = decide([
      ...many(4, { role: 'staff', unit: 'North' }),
      ...many(3, { role: 'staff', unit: 'South' }),
      ...many(1, { role: 'staff', unit: 'East' }),
    ]);
    expect(sorted(q1(d)?.hiddenUnits)).toEqual(['East', 'South']);
    expect(sorted(q1(d)?.hiddenRoles)).toEqual([]);
  });
  it('a unit of one role alone would give away the rest of that role: units are hidden, roles not', () => {
    // staff less North is the one member of staff at South.
    const d = decide([
      ...many(3, { role: 'staff', unit: 'North' }),
      ...many(1, { role: 'staff', unit: 'South' }),
      ...many(3, { role: 'leadership', unit: 'South' }),
    ]);
    expect(sorted(q1(d)?.hiddenUnits)).toEqual(['North', 'South']);
    expect(sorted(q1(d)?.hiddenRoles)).toEqual([]);
  });
  it('where roles and units cross in every cell, the report shows units; the table does not name them', () => {
    // Two staff at North: the margins cannot single them out, but rows named both could.
    const d = decide([
      ...many(2, { role: 'staff', unit: 'North' }),
      ...many(3, { role: 'staff', unit: 'South' }),
      ...many(3, { role: 'leadership', unit: 'North' }),
      ...many(3, { role: 'leadership', unit: 'South' }),
      ...many(3, { role: 'lived', unit: 'North' }),
      ...many(3, { role: 'lived', unit: 'South' }),
    ]);
    expect(sorted(q1(d)?.hiddenUnits)).toEqual([]);
    expect(sorted(q1(d)?.unnamedUnits)).toEqual(['North', 'South']);
  });
  it('what the table leaves unnamed still hides every smaller group', () => {
    // Every role and every role within each unit shown can be large, and yet: with North named,
    // the staff not at North are those at South, so South less them is the one leader there.
    const d = decide([
      ...many(3, { role: 'staff', unit: 'North' }),
      ...many(3, { role: 'staff', unit: 'South' }),
      ...many(3, { role: 'leadership', unit: 'North' }),
      ...many(1, { role: 'leadership', unit: 'South' }),
      ...many(3, { role: 'leadership', unit: 'East' }),
      ...many(3, { role: 'lived', unit: 'North' }),
      ...many(3, { role: 'lived', unit: 'East' }),
    ]);
    expect(sorted(q1(d)?.hiddenUnits)).toEqual([]);
    expect(sorted(q1(d)?.unnamedUnits)).toEqual(['East', 'North', 'South']);
  });
  it('names units in the table where every role in them holds enough people', () => {
    const d = decide([
      ...many(3, { role: 'staff', unit: 'North' }),
      ...many(3, { role: 'staff', unit: 'South' }),
      ...many(3, { role: 'leadership', unit: 'North' }),
      ...many(3, { role: 'leadership', unit: 'South' }),
    ]);
    expect(sorted(q1(d)?.unnamedUnits)).toEqual([]);
  });
});

describe('recoverable: which groups the margins of a roles-by-units table give away', () => {
  const cells = (list: [string, string, number][]) =>
    list.map(([row, column, weight]) => ({ row, column, weight }));
  it.each<[string, [string, string, number][], boolean]>([
    [
      'a full 2 by 2: no cell can be worked out',
      [
        ['A', 'U', 1],
        ['A', 'V', 3],
        ['B', 'U', 3],
        ['B', 'V', 1],
      ],
      false,
    ],
    [
      'a 2 by 2 with an empty cell: the small one can',
      [
        ['A', 'U', 1],
        ['A', 'V', 3],
        ['B', 'U', 3],
      ],
      true,
    ],
    [
      'a small column is a small margin',
      [
        ['A', 'U', 3],
        ['B', 'U', 3],
        ['A', 'V', 2],
      ],
      true,
    ],
    [
      'a single column: only the rows, which are large',
      [
        ['A', 'U', 3],
        ['B', 'U', 4],
      ],
      false,
    ],
  ])('%s', (_, list, found) => {
    expect(recoverable(tableOf(cells(list)), 3) !== undefined).toBe(found);
  });
});
