import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, type Framework } from '../../src/core/framework.js';
import { buildReport, type ReportModel } from '../../src/core/report-model.js';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import type { FrameworkDoc } from '../../src/core/schema/framework.js';
import { countAnswers, newTally } from '../../src/core/tally.js';
import { loadTemplates } from '../../src/io/templates.js';
import { reportHtml, reportJson, reportMarkdown } from '../../src/render/report/render.js';

/**
 * Properties of scoring over random frameworks and answers: scores stay within 0-100 (or null,
 * never NaN), and the invariants that make the numbers trustworthy hold.
 */
const ROLES = ['staff', 'leadership', 'lived'];

const frameworkArb = fc
  .record({
    domains: fc.array(
      fc.record({
        weight: fc.constantFrom(0.5, 1, 2),
        questions: fc.array(
          fc.record({
            weight: fc.constantFrom(0.5, 1, 3),
            reverse: fc.boolean(),
            scale: fc.constantFrom('four', 'yn', 'wide'),
            roles: fc.option(fc.subarray(ROLES, { minLength: 1 }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ domains }): Framework => {
    const doc: FrameworkDoc = {
      attune: 1,
      id: 'random',
      version: '1.0.0',
      title: 'Random',
      respondents: ROLES.map((id) => ({ id, label: id })),
      scales: {
        // Evenly spaced values, so that every value has a mirror (for the reverse property).
        four: {
          options: [0, 1, 2, 3, 4].map((value) => ({ value, label: `${value}` })),
          allow: ['not-applicable', 'dont-know'],
        },
        yn: {
          options: [0, 1].map((value) => ({ value, label: `${value}` })),
          allow: ['dont-know'],
        },
        wide: {
          options: [-10, 0, 10, 20].map((value) => ({ value, label: `${value}` })),
          allow: ['not-applicable'],
        },
      },
      stages: [
        { id: 'a', label: 'A', from: 0 },
        { id: 'b', label: 'B', from: 40 },
        { id: 'c', label: 'C', from: 80 },
      ],
      domains: domains.map((d, i) => ({
        id: `d${i}`,
        title: `Domain ${i}`,
        weight: d.weight,
        questions: d.questions.map((q, j) => ({
          id: `d${i}-q${j}`,
          text: `Question ${j}`,
          scale: q.scale,
          weight: q.weight,
          reverse: q.reverse,
          ...(q.roles && { respondents: q.roles }),
          actions: [{ below: 50, text: 'Do something' }],
        })),
      })),
    };
    return normalise(doc);
  });

type Value = number | 'not-applicable' | 'dont-know' | undefined;

/** Answers for a framework: per respondent, a role and for each question a pick in 0..1. */
const answersArb = (framework: Framework) =>
  fc
    .array(
      fc.record({
        role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
        picks: fc.array(
          fc.oneof(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.constantFrom(-1, -2, -3)),
          {
            minLength: framework.questions.length,
            maxLength: framework.questions.length,
          },
        ),
      }),
      { minLength: 1, maxLength: 12 },
    )
    .map((people) =>
      people.map(({ role, picks }): AnswersDoc => {
        const answers: AnswersDoc['answers'] = {};
        framework.questions.forEach((q, i) => {
          const pick = picks[i] ?? -3;
          let value: Value;
          if (pick === -1)
            value = q.scale.allow.includes('not-applicable') ? 'not-applicable' : undefined;
          else if (pick === -2)
            value = q.scale.allow.includes('dont-know') ? 'dont-know' : undefined;
          else if (pick >= 0)
            value = q.scale.options[Math.floor(pick * q.scale.options.length)]?.value;
          if (value !== undefined) answers[q.id] = { value };
        });
        return {
          attune: 1,
          framework: { id: 'random', version: '1.0.0' },
          ...(role !== undefined && { respondent: { role } }),
          status: 'completed',
          answers,
        };
      }),
    );

const scenario = frameworkArb.chain((framework) =>
  answersArb(framework).map((docs) => ({ framework, docs })),
);

function report(framework: Framework, docs: readonly AnswersDoc[], min = 3): ReportModel {
  const tally = newTally(framework);
  for (const d of docs) countAnswers(tally, d);
  return buildReport(tally, { minGroupSize: min, now: '2026-11-23T00:00:00.000Z', by: 'unit' });
}

function allScores(m: ReportModel): (number | null)[] {
  return [
    m.overall.score,
    ...m.domains.flatMap((d) => [
      d.score,
      ...Object.values(d.byRole).map((r) => ('score' in r ? r.score : null)),
    ]),
    ...m.areas.map((a) => a.score),
    ...m.questions.flatMap((q) => [q.score, q.gap]),
  ];
}

const runs = { numRuns: 150 };

describe('scoring properties', () => {
  it('every score is within 0-100 or null, never NaN', () => {
    fc.assert(
      fc.property(scenario, ({ framework, docs }) => {
        for (const s of allScores(report(framework, docs, 1))) {
          if (s !== null) {
            expect(Number.isFinite(s)).toBe(true);
            expect(s).toBeGreaterThanOrEqual(-1e-9);
            expect(s).toBeLessThanOrEqual(100 + 1e-9);
          }
        }
      }),
      runs,
    );
  });

  it('the order of the respondents changes nothing', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ framework, docs }, seed) => {
        const shuffled = [...docs].sort(
          (a, b) =>
            ((JSON.stringify(a).length * seed) % 7) - ((JSON.stringify(b).length * seed) % 7),
        );
        expect(report(framework, shuffled)).toEqual(report(framework, docs));
      }),
      runs,
    );
  });

  it('a not-applicable answer in place of no answer changes no score', () => {
    fc.assert(
      fc.property(scenario, ({ framework, docs }) => {
        const withNa = docs.map((d) => ({
          ...d,
          answers: Object.fromEntries(
            framework.questions.map((q) => [
              q.id,
              d.answers[q.id] ??
                (q.scale.allow.includes('not-applicable')
                  ? { value: 'not-applicable' as const }
                  : {}),
            ]),
          ),
        }));
        expect(allScores(report(framework, withNa))).toEqual(allScores(report(framework, docs)));
      }),
      runs,
    );
  });

  it('reversing a question and every answer to it gives the same scores', () => {
    fc.assert(
      fc.property(scenario, ({ framework, docs }) => {
        const flipped: Framework = {
          ...framework,
          questions: framework.questions.map((q) => ({ ...q, reverse: !q.reverse })),
        };
        flipped.domains = framework.domains.map((d) => ({
          ...d,
          questions: d.questions.map((q) => flipped.questions[q.index] ?? q),
        }));
        flipped.questionById = new Map(flipped.questions.map((q) => [q.id, q]));
        const mirrored = docs.map((d) => ({
          ...d,
          answers: Object.fromEntries(
            Object.entries(d.answers).map(([id, a]) => {
              const q = framework.questionById.get(id);
              return [
                id,
                typeof a.value === 'number' && q
                  ? { value: q.scale.min + q.scale.max - a.value }
                  : a,
              ];
            }),
          ),
        }));
        const a = allScores(report(flipped, mirrored));
        const b = allScores(report(framework, docs));
        a.forEach((s, i) =>
          s === null ? expect(b[i]).toBeNull() : expect(s).toBeCloseTo(b[i] ?? NaN, 9),
        );
      }),
      runs,
    );
  });

  it('every renderer gives text with no NaN or undefined in it', () => {
    const templates = loadTemplates();
    fc.assert(
      fc.property(scenario, ({ framework, docs }) => {
        const m = report(framework, docs);
        for (const text of [
          reportJson(m),
          reportMarkdown(m, templates),
          reportHtml(m, templates),
        ]) {
          expect(text).not.toMatch(/NaN|undefined|\[object Object\]/);
        }
      }),
      { numRuns: 40 },
    );
  });
});
