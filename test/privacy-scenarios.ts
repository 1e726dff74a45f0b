import fc from 'fast-check';
import { scoreSetOf } from '../src/core/compare.js';
import { buildResponseRates } from '../src/core/report/response-rates.js';
import { normalise, type Framework } from '../src/core/framework.js';
import { buildReport, decideDisclosure } from '../src/core/report-model.js';
import type { AnswersDoc } from '../src/core/schema/answers.js';
import type { FrameworkDoc } from '../src/core/schema/framework.js';
import { countAnswers, newTally, type ResponseRow } from '../src/core/tally.js';
import { actionsCsv, domainsCsv, responsesCsv } from '../src/render/report/csv.js';
import { roundForJson } from '../src/render/report/format.js';
import { reportJson } from '../src/render/report/render.js';
import type { Outputs } from './privacy-attacker.js';

/**
 * Random small frameworks and respondent sets for the privacy property
 * (test/property/privacy.property.test.ts), and everything attune publishes about them.
 */
export const ROLES = ['staff', 'leadership', 'lived'];
const UNITS = ['North', 'South', 'East'];

export const frameworkArb = fc
  .record({
    domains: fc.array(
      fc.record({
        weight: fc.constantFrom(1, 2),
        questions: fc.array(
          fc.record({
            weight: fc.constantFrom(0.5, 1, 2),
            scale: fc.constantFrom('three', 'yn'),
            reverse: fc.boolean(),
            area: fc.constantFrom('a1', 'a2', undefined),
            roles: fc.option(fc.subarray(ROLES, { minLength: 1 }), { nil: undefined }),
            gated: fc.boolean(),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ domains }): Framework => {
    let previous: string | undefined;
    const doc: FrameworkDoc = {
      attune: 1,
      id: 'random',
      version: '1.0.0',
      title: 'Random',
      respondents: ROLES.map((id) => ({ id, label: id })),
      scales: {
        three: {
          options: [0, 1, 2].map((value) => ({ value, label: `${value}` })),
          allow: ['not-applicable', 'dont-know'],
        },
        yn: { options: [0, 1].map((value) => ({ value, label: `${value}` })) },
      },
      stages: [
        { id: 'a', label: 'A', from: 0 },
        { id: 'b', label: 'B', from: 50 },
      ],
      areas: [
        { id: 'a1', title: 'Area 1' },
        { id: 'a2', title: 'Area 2' },
      ],
      domains: domains.map((d, i) => ({
        id: `d${i}`,
        title: `Domain ${i}`,
        weight: d.weight,
        questions: d.questions.map((q, j) => {
          const id = `d${i}-q${j}`;
          // Some questions are asked only where an earlier yes-no question was answered yes.
          const when =
            q.gated && previous !== undefined ? { question: previous, in: [1] } : undefined;
          if (q.scale === 'yn' && q.roles === undefined) previous = id;
          return {
            id,
            text: `Question ${j}`,
            scale: q.scale,
            weight: q.weight,
            reverse: q.reverse,
            ...(q.area && { area: q.area }),
            ...(q.roles && { respondents: q.roles }),
            ...(when && { when }),
            actions: [{ below: 50, text: 'Do something' }],
          };
        }),
      })),
    };
    return normalise(doc);
  });

type Value = number | 'not-applicable' | 'dont-know' | undefined;

export const peopleArb = (framework: Framework) =>
  fc.array(
    fc.record({
      role: fc.option(fc.constantFrom(...ROLES), { nil: undefined, freq: 4 }),
      unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined, freq: 4 }),
      workshop: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
      picks: fc.array(fc.integer({ min: -3, max: 5 }), {
        minLength: framework.questions.length,
        maxLength: framework.questions.length,
      }),
    }),
    { minLength: 1, maxLength: 9 },
  );

export function docsOf(
  framework: Framework,
  people: readonly {
    role?: string | undefined;
    unit?: string | undefined;
    workshop: boolean;
    picks: number[];
  }[],
): AnswersDoc[] {
  return people.map(({ role, unit, workshop, picks }) => {
    const answers: AnswersDoc['answers'] = {};
    framework.questions.forEach((q, i) => {
      const pick = picks[i] ?? -3;
      let value: Value;
      if (pick === -1)
        value = q.scale.allow.includes('not-applicable') ? 'not-applicable' : undefined;
      else if (pick === -2) value = q.scale.allow.includes('dont-know') ? 'dont-know' : undefined;
      else if (pick >= 0) value = q.scale.options[pick % q.scale.options.length]?.value;
      if (value !== undefined) answers[q.id] = { value };
    });
    return {
      attune: 1,
      framework: { id: 'random', version: '1.0.0' },
      ...((role !== undefined || workshop) && {
        respondent: { ...(role !== undefined && { role }), ...(workshop && { workshop }) },
      }),
      ...(unit !== undefined && { unit }),
      status: 'completed',
      answers,
    };
  });
}

/** Everything attune publishes about these answers, as the CLI writes it. */
export function publish(framework: Framework, docs: readonly AnswersDoc[], min: number): Outputs {
  const tally = newTally(framework);
  const respondents: { role?: string; unit?: string; rows: ResponseRow[] }[] = [];
  for (const d of docs) {
    const rows = countAnswers(tally, d);
    respondents.push({
      ...(d.respondent?.role !== undefined && { role: d.respondent.role }),
      ...(d.unit !== undefined && { unit: d.unit }),
      rows,
    });
  }
  const disclosure = decideDisclosure(tally, { minGroupSize: min });
  // Two earlier cycles of the same people (a stronger attacker than different people: every
  // number of the trend and of the role-weighted change is an equation in the same unknowns).
  const earlier = scoreSetOf(
    buildReport(tally, { minGroupSize: min, now: '2025-11-23T00:00:00.000Z', disclosure }),
  );
  const history = [
    { scores: { ...earlier, answered: { from: '2024-11-01', to: '2024-11-01' } } },
    { scores: { ...earlier, answered: { from: '2025-11-01', to: '2025-11-01' } } },
  ];
  const model = (by: 'unit' | 'role') =>
    buildReport(tally, {
      minGroupSize: min,
      now: '2026-11-23T00:00:00.000Z',
      by,
      disclosure,
      history,
    });
  const byUnit = model('unit');
  // Response rates for every role, and every role in every unit, as `--invited` would ask.
  const units: Record<string, Record<string, number>> = {};
  for (const d of docs)
    if (d.respondent?.role !== undefined)
      units[d.unit ?? ''] = { ...units[d.unit ?? ''], [d.respondent.role]: 10 };
  byUnit.responseRates = buildResponseRates(byUnit, tally, {
    roles: Object.fromEntries(ROLES.map((r) => [r, 10])),
    units,
  });
  return {
    jsonByUnit: reportJson(byUnit),
    // Only its `by` differs from the report by unit (the same numbers from the same decisions).
    jsonByRole: JSON.stringify({ by: model('role').by }, roundForJson),
    responses: responsesCsv({ framework, respondents, disclosure }),
    domains: domainsCsv(byUnit),
    actions: actionsCsv(byUnit),
  };
}

export const scenario = frameworkArb.chain((framework) =>
  fc.record({
    framework: fc.constant(framework),
    people: peopleArb(framework),
    min: fc.constantFrom(2, 3, 3, 4),
  }),
);
