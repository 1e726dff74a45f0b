import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/core/framework.js';
import { changeInterval } from '../../src/core/intervals.js';
import { buildReport } from '../../src/core/report-model.js';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import { countAnswers, newTally } from '../../src/core/tally.js';

/** Two domains, three questions on a 0-4 scale, so that intervals combine questions and domains. */
const framework = normalise({
  attune: 1,
  id: 'intervals',
  version: '1.0.0',
  title: 'Intervals',
  scales: { five: { options: [0, 1, 2, 3, 4].map((value) => ({ value, label: `${value}` })) } },
  stages: [{ id: 'a', label: 'A', from: 0 }],
  domains: [
    {
      id: 'd1',
      title: 'One',
      questions: [
        { id: 'q1', text: 'Q1', scale: 'five' },
        { id: 'q2', text: 'Q2', scale: 'five', weight: 2 },
      ],
    },
    { id: 'd2', title: 'Two', questions: [{ id: 'q3', text: 'Q3', scale: 'five' }] },
  ],
});

type Person = (number | null)[];
const person = fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { freq: 4 }), {
  minLength: 3,
  maxLength: 3,
});
const doc = (p: Person): AnswersDoc => ({
  attune: 1,
  framework: { id: 'intervals', version: '1.0.0' },
  status: 'completed',
  answers: Object.fromEntries(
    p.flatMap((v, i) => (v === null ? [] : [[`q${i + 1}`, { value: v }]])),
  ),
});
const report = (people: readonly Person[]) => {
  const tally = newTally(framework);
  for (const p of people) countAnswers(tally, doc(p));
  return buildReport(tally, { minGroupSize: 3, now: '2026-01-01T00:00:00.000Z' });
};
const width = (i: { low: number; high: number; se: number } | null | undefined) => i?.se ?? null;

describe('uncertainty intervals', () => {
  it('narrow as respondents grow: the same people twice over give a smaller standard error', () => {
    // Everyone answers everything, so that the same questions are shown in both.
    const full = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(full, { minLength: 4, maxLength: 12 }), (people) => {
        const once = report(people);
        const twice = report([...people, ...people]);
        for (const [a, b] of [
          [once.overall.interval, twice.overall.interval],
          ...once.domains.map((d, i) => [d.interval, twice.domains[i]?.interval] as const),
        ] as const) {
          const wa = width(a);
          const wb = width(b);
          if (wa === null || wb === null) continue;
          if (wa === 0) expect(wb).toBe(0);
          else expect(wb).toBeLessThan(wa);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the order of respondents changes nothing', () => {
    fc.assert(
      fc.property(
        fc
          .array(person, { minLength: 3, maxLength: 15 })
          .chain((people) =>
            fc.tuple(
              fc.constant(people),
              fc.shuffledSubarray(people, { minLength: people.length }),
            ),
          ),
        ([people, shuffled]) => {
          const a = report(people);
          const b = report(shuffled);
          expect(b.overall.interval).toEqual(a.overall.interval);
          expect(b.domains.map((d) => d.interval)).toEqual(a.domains.map((d) => d.interval));
          expect(b.questions.map((q) => q.interval)).toEqual(a.questions.map((q) => q.interval));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the same respondents in both cycles: a change of zero, inside its interval', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 3, maxLength: 15 }), (people) => {
        const a = report(people);
        const b = report([...people].reverse());
        const c = changeInterval(
          a.overall.score,
          b.overall.score,
          a.overall.interval?.se,
          b.overall.interval?.se,
        );
        if (c === null) return;
        expect(c.change).toBeCloseTo(0, 9);
        expect(c.low).toBeLessThanOrEqual(c.change + 1e-9);
        expect(c.high).toBeGreaterThanOrEqual(c.change - 1e-9);
        expect(c.withinChance).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('one question: the textbook standard error of a mean, s / sqrt(n)', () => {
    // Item scores 0, 0.5, 1, 1 (times 100): mean 62.5, sample sd 47.87, n 4.
    const r = report([
      [0, null, null],
      [2, null, null],
      [4, null, null],
      [4, null, null],
    ]);
    const q1 = r.questions[0]?.interval;
    expect(q1?.se).toBeCloseTo(47.871 / 2, 2);
    expect(q1?.low).toBeCloseTo(62.5 - 1.959964 * 23.936, 2);
  });

  it('a pair of questions answered together by fewer than the threshold does not move the width', () => {
    // q1: four people; q2: three; only the fourth answered both. Swapping that one person's q2
    // answer with another's leaves every mean and count the report shows as it was: only the
    // pair's joint answer differs, and it must not show in any interval.
    const before: Person[] = [
      [0, null, 2],
      [2, null, 2],
      [4, null, 2],
      [4, 0, 2],
      [null, 4, null],
      [null, 2, null],
    ];
    const after: Person[] = before.map((p) => [...p]);
    (after[3] as Person)[1] = 4;
    (after[4] as Person)[1] = 0;
    const a = report(before);
    const b = report(after);
    expect(b.questions.map((q) => q.score)).toEqual(a.questions.map((q) => q.score));
    expect(b.domains.map((d) => d.interval)).toEqual(a.domains.map((d) => d.interval));
    expect(b.overall.interval).toEqual(a.overall.interval);
    // With the threshold lowered to 1, the pair counts, and the widths differ: the joint answer
    // is what the threshold keeps out.
    const open = (people: readonly Person[]) => {
      const tally = newTally(framework);
      for (const p of people) countAnswers(tally, doc(p));
      return buildReport(tally, { minGroupSize: 1, now: '2026-01-01T00:00:00.000Z' });
    };
    expect(open(after).domains[0]?.interval?.se).not.toBeCloseTo(
      open(before).domains[0]?.interval?.se ?? 0,
      6,
    );
  });
});
