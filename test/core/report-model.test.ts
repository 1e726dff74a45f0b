import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/core/framework.js';
import { buildReport, type ReportModel } from '../../src/core/report-model.js';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import type { FrameworkDoc } from '../../src/core/schema/framework.js';
import { countAnswers, newTally } from '../../src/core/tally.js';
import { loadTemplates } from '../../src/io/templates.js';
import { reportHtml, reportMarkdown } from '../../src/render/report/render.js';

/**
 * The contract's scoring rules (PRODUCT.md, "Scoring"), worked by hand on a small framework.
 * Each expected number is derived in the comment beside it.
 */
const opts = (values: number[]) => values.map((value) => ({ value, label: `v${value}` }));
const doc: FrameworkDoc = {
  attune: 1,
  id: 'hand-worked',
  version: '1.0.0',
  title: 'Hand-worked',
  respondents: [
    { id: 'staff', label: 'Staff' },
    { id: 'leadership', label: 'Leadership' },
    { id: 'lived', label: 'Lived experience' },
  ],
  scales: {
    four: { options: opts([0, 1, 2, 3, 4]), allow: ['not-applicable', 'dont-know'] },
    yn: { options: opts([0, 1]) },
  },
  defaultScale: 'four',
  stages: [
    { id: 'aware', label: 'Aware', from: 0 },
    { id: 'sensitive', label: 'Sensitive', from: 25 },
    { id: 'responsive', label: 'Responsive', from: 50 },
    { id: 'informed', label: 'Informed', from: 75 },
  ],
  areas: [
    { id: 'a1', title: 'Area one' },
    { id: 'a2', title: 'Area two' },
  ],
  domains: [
    {
      id: 'd1',
      title: 'Domain one',
      weight: 2,
      questions: [
        { id: 'q1', text: 'Q1', area: 'a1', actions: [{ below: 50, text: 'Act on q1' }] },
        {
          id: 'q2',
          text: 'Q2',
          weight: 3,
          reverse: true,
          area: 'a2',
          actions: [{ below: 75, priority: 'high', text: 'Act on q2' }],
        },
        {
          id: 'q3',
          text: 'Q3',
          scale: 'yn',
          area: 'a2',
          actions: [{ below: 50, priority: 'high', text: 'Act on q3' }],
        },
      ],
    },
    {
      id: 'd2',
      title: 'Domain two',
      questions: [
        { id: 'q4', text: 'Q4', area: 'a1' },
        {
          id: 'q5',
          text: 'Q5',
          respondents: ['leadership'],
          actions: [
            { below: 50, priority: 'high', text: 'Not at exactly 50' },
            { below: 60, priority: 'low', text: 'Act on q5' },
          ],
        },
        { id: 'q7', text: 'Q7', when: { question: 'q4', in: [4] } },
      ],
    },
    { id: 'd3', title: 'Domain three', questions: [{ id: 'q6', text: 'Q6' }] },
  ],
};
const framework = normalise(doc);

type Values = Record<
  string,
  number | 'not-applicable' | 'dont-know' | { note: string; value?: number }
>;
function answers(values: Values, respondent?: AnswersDoc['respondent'], unit?: string): AnswersDoc {
  return {
    attune: 1,
    framework: { id: 'hand-worked', version: '1.0.0' },
    ...(respondent && { respondent }),
    ...(unit !== undefined && { unit }),
    status: 'completed',
    answers: Object.fromEntries(
      Object.entries(values).map(([id, v]) => [id, typeof v === 'object' ? v : { value: v }]),
    ),
  };
}
function report(
  docs: AnswersDoc[],
  options: { min?: number; by?: 'unit' | 'role' } = {},
): ReportModel {
  const tally = newTally(framework);
  for (const d of docs) countAnswers(tally, d);
  return buildReport(tally, {
    minGroupSize: options.min ?? 3,
    now: '2026-11-23T00:00:00.000Z',
    ...(options.by && { by: options.by }),
  });
}
const domain = (m: ReportModel, id: string) => m.domains.find((d) => d.id === id);
const question = (m: ReportModel, id: string) => m.questions.find((q) => q.id === id);

describe('one respondent: weights, reverse, not applicable, an empty domain', () => {
  // q1 = 4 → 1; q2 = 1, reversed → 1 - 0.25 = 0.75; q3 = 0 on a 0-1 scale → 0;
  // q4 not applicable; q5 = 2 → 0.5 (no role: asked everything); q6 and q7 unanswered.
  // The threshold is lowered to 1, knowingly, to see one person's scores.
  const m = report([answers({ q1: 4, q2: 1, q3: 0, q4: 'not-applicable', q5: 2 })], { min: 1 });

  it('scores questions as the mean item score times 100', () => {
    expect(m.questions.map((q) => [q.id, q.score])).toEqual([
      ['q1', 100],
      ['q2', 75],
      ['q3', 0],
      ['q4', null],
      ['q5', 50],
      ['q7', null],
      ['q6', null],
    ]);
  });
  it('scores domains by question weight, null where nothing was scored', () => {
    // d1 = 100 * (1*1 + 3*0.75 + 1*0) / (1 + 3 + 1) = 65; d2 = q5 alone = 50; d3 = null.
    expect(m.domains.map((d) => [d.id, d.score, d.stage])).toEqual([
      ['d1', 65, 'responsive'],
      ['d2', 50, 'responsive'],
      ['d3', null, null],
    ]);
  });
  it('scores the whole by domain weight over domains with a score', () => {
    // (2 * 65 + 1 * 50) / (2 + 1) = 60.
    expect(m.overall).toMatchObject({ score: 60, stage: 'responsive' });
  });
  it('scores areas over the questions tagged to them, and the grid per domain', () => {
    // a1: q1 only (q4 not applicable) = 100; a2: (3 * 0.75 + 1 * 0) / 4 = 56.25.
    expect(m.areas.map((a) => [a.id, a.score, a.byDomain])).toEqual([
      ['a1', 100, { d1: 100, d2: null, d3: null }],
      ['a2', 56.25, { d1: 56.25, d2: null, d3: null }],
    ]);
  });
  it('applies actions strictly below their threshold, highest priority and lowest score first', () => {
    // q3 (0 < 50, high); q2 (75 is not below 75); q5 (50 is not below 50, but below 60, low).
    expect(m.actions.map((a) => [a.question, a.priority, a.score])).toEqual([
      ['q3', 'high', 0],
      ['q5', 'low', 50],
    ]);
  });
  it('counts coverage over the questions shown', () => {
    // q7 is not shown (q4 is not 4), so it is not unanswered; q6 is.
    expect(m.domains.map((d) => d.coverage)).toEqual([
      { answered: 3, notApplicable: 0, dontKnow: 0, unanswered: 0 },
      { answered: 1, notApplicable: 1, dontKnow: 0, unanswered: 0 },
      { answered: 0, notApplicable: 0, dontKnow: 0, unanswered: 1 },
    ]);
    expect(m.coverage).toEqual({ answered: 4, notApplicable: 1, dontKnow: 0, unanswered: 1 });
  });
});

describe('several roles: suppression and perception gaps', () => {
  const staff = [1, 2, 3].map((v) =>
    answers({ q1: v, q4: 4, q7: 'dont-know', q6: 2 }, { role: 'staff' }),
  );
  const leaders = [4, 4, 4].map((v) => answers({ q1: v, q5: 3, q6: 2 }, { role: 'leadership' }));
  const lived = [0, 0].map((v) => answers({ q1: v, q6: 2 }, { role: 'lived' }));
  // Two without a role: with the two people of lived, the roles not shown hold four, so staff
  // and leadership can both be shown without giving either small group away.
  const none = [2, 2].map((v) => answers({ q1: v, q6: 2 }));
  const m = report([...staff, ...leaders, ...lived, ...none]);

  it('counts respondents by role', () => {
    expect(m.respondents).toEqual({
      total: 10,
      individuals: 10,
      workshops: 0,
      byRole: { staff: 3, leadership: 3, lived: 2 },
      noRole: 2,
    });
  });
  it('scores each role, and suppresses one below the threshold', () => {
    // staff: (0.25 + 0.5 + 0.75) / 3 = 0.5; leadership: 1; lived: 2 people < 3.
    expect(question(m, 'q1')?.byRole).toEqual({
      staff: { score: 50, respondents: 3 },
      leadership: { score: 100, respondents: 3 },
      lived: { suppressed: true },
    });
    expect(domain(m, 'd1')?.byRole.lived).toEqual({ suppressed: true });
  });
  it('still counts the suppressed group in the overall scores', () => {
    // q1 over all 10: (0.25 + 0.5 + 0.75 + 3 * 1 + 0 + 0 + 0.5 + 0.5) / 10 = 0.55.
    expect(question(m, 'q1')?.score).toBeCloseTo(55, 9);
  });
  it('hides the next smallest role where the hidden ones alone would be the total less the others', () => {
    // Without the two who gave no role, lived (2) = everyone less staff less leadership: so
    // leadership (the smaller by name, as both have 3) is hidden as well.
    const m2 = report([...staff, ...leaders, ...lived]);
    expect(question(m2, 'q1')?.byRole).toEqual({
      staff: { score: 50, respondents: 3 },
      leadership: { suppressed: true },
      lived: { suppressed: true },
    });
    expect(question(m2, 'q1')).toMatchObject({ gap: null, gapFlagged: false });
  });
  it('flags a gap of 25 points or more between roles that are shown', () => {
    // 100 - 50 = 50 between leadership and staff; lived (0) is suppressed, so not used.
    expect(question(m, 'q1')).toMatchObject({ gap: 50, gapFlagged: true });
    // q4 was answered by staff only: no gap.
    expect(question(m, 'q4')).toMatchObject({ gap: null, gapFlagged: false });
  });
  it('flags a gap of exactly 25', () => {
    const m2 = report([
      ...[2, 2, 2].map((v) => answers({ q1: v }, { role: 'staff' })),
      ...[3, 3, 3].map((v) => answers({ q1: v }, { role: 'leadership' })),
    ]);
    expect(question(m2, 'q1')).toMatchObject({ gap: 25, gapFlagged: true });
  });
  it('shows the role when the threshold is lowered', () => {
    expect(question(report([...staff, ...lived], { min: 2 }), 'q1')?.byRole.lived).toEqual({
      score: 0,
      respondents: 2,
    });
  });
  it('shows no score of a question fewer than the threshold answered, nor counts it in its domain', () => {
    // q5 is asked of leadership only in this framework; q4 of staff alone answered it (3 of them).
    const few = report([...staff, ...leaders.slice(0, 2), ...none]);
    expect(question(few, 'q5')).toMatchObject({ score: null, suppressed: true, respondents: 2 });
    // d2: q4 (staff: 4, 4, 4 → 1) alone; q5 (two leaders) is left out, and said to be.
    expect(domain(few, 'd2')).toMatchObject({ score: 100, withheldQuestions: 1 });
    expect(few.actions.map((a) => a.question)).not.toContain('q5');
  });
  it('opens with key findings built only from what the report shows', () => {
    const k = m.keyFindings;
    expect(k?.overall).toEqual({ score: m.overall.score, stage: m.overall.stage, target: null });
    // The largest gap is between the roles shown (leadership 100, staff 50 on q1): lived experience
    // (2 people, 0) is hidden, and never named, though its gap to leadership would be larger.
    expect(k?.roleDifference).toMatchObject({
      question: 'q1',
      high: { role: 'leadership', score: 100, respondents: 3 },
      low: { role: 'staff', score: 50, respondents: 3 },
      gap: 50,
    });
    const shown = new Set(m.questions.filter((q) => !q.suppressed).map((q) => q.id));
    for (const q of [...(k?.strengths ?? []), ...(k?.areasToDevelop ?? [])])
      expect(shown.has(q.id)).toBe(true);
    expect(k?.strengths.every((q) => q.score >= 75)).toBe(true);
    expect(k?.areasToDevelop.every((q) => q.score < 75)).toBe(true);
    const lows = k?.areasToDevelop.map((q) => q.score) ?? [];
    expect(lows).toEqual([...lows].sort((a, b) => a - b));
    expect(k?.firstActions.map((a) => a.id)).toEqual(m.actions.slice(0, 3).map((a) => a.id));
    expect(k?.change).toBeNull();
  });
  it('has no key findings where no scores are shown', () => {
    expect(report(staff.slice(0, 2)).keyFindings).toBeNull();
  });
  it('does not suppress a group of workshops, whose answers are no one person’s', () => {
    const w = report([answers({ q1: 3 }, { role: 'lived', workshop: true })]);
    expect(question(w, 'q1')?.byRole.lived).toEqual({ score: 75, respondents: 1 });
  });
  it('does suppress individuals mixed with a workshop', () => {
    const w = report([
      answers({ q1: 3 }, { role: 'lived', workshop: true }),
      answers({ q1: 1 }, { role: 'lived' }),
    ]);
    expect(question(w, 'q1')?.byRole.lived).toEqual({ suppressed: true });
  });
});

describe('stages at their boundaries', () => {
  it.each([
    [3, 75, 'informed'],
    [2, 50, 'responsive'],
    [1, 25, 'sensitive'],
    [0, 0, 'aware'],
  ])('q1 = %i scores %i: stage %s', (value, score, stage) => {
    const m = report([answers({ q1: value }), answers({ q1: value }), answers({ q1: value })]);
    expect(domain(m, 'd1')).toMatchObject({ score, stage });
  });
  it('a score just below a boundary stays in the stage before', () => {
    // q1: (3 + 3 + 2) / 3 items of 0.75, 0.75, 0.5 → 66.67, responsive.
    const m = report([answers({ q1: 3 }), answers({ q1: 3 }), answers({ q1: 2 })]);
    expect(domain(m, 'd1')?.stage).toBe('responsive');
    expect(domain(m, 'd1')?.score).toBeCloseTo(66.667, 2);
  });
});

describe('notes', () => {
  it('are quoted without attribution, sorted, and only from groups at or above the threshold', () => {
    const m = report([
      ...['Zebra crossing', 'Apple', 'Middle'].map((note) =>
        answers({ q1: { note, value: 2 } }, { role: 'staff' }),
      ),
      answers({ q1: { note: 'From a small group', value: 1 } }, { role: 'lived' }),
    ]);
    expect(question(m, 'q1')?.notes).toEqual(['Apple', 'Middle', 'Zebra crossing']);
  });

  it('are all in the JSON; Markdown and HTML quote 20 a question and count the rest', () => {
    const notes = Array.from({ length: 25 }, (_, i) => `Note ${String(i).padStart(2, '0')}`);
    const m = report(notes.map((note) => answers({ q1: { note, value: 2 } }, { role: 'staff' })));
    expect(question(m, 'q1')?.notes).toEqual(notes);
    const templates = loadTemplates();
    for (const text of [reportMarkdown(m, templates), reportHtml(m, templates)]) {
      expect(notes.filter((n) => text.includes(n))).toEqual(notes.slice(0, 20));
      expect(text).toContain('And 5 more notes on this question, in the JSON report.');
    }
  });
});

describe('by unit', () => {
  it('scores each unit, suppressing a small one and the next smallest', () => {
    const m = report(
      [
        ...[4, 4, 2].map((v) => answers({ q1: v }, undefined, 'North')),
        ...[4, 0, 0, 4].map((v) => answers({ q1: v }, undefined, 'East')),
        answers({ q1: 0 }, undefined, 'South'),
      ],
      { by: 'unit' },
    );
    // South (1) is the total less East and North: so North, the smaller of those, is hidden too.
    expect(m.by?.rows.map((r) => [r.label, r.respondents, r.suppressed, r.domains.d1])).toEqual([
      ['East', 4, false, 50],
      ['North', 3, true, null],
      ['South', 1, true, null],
    ]);
  });
});

describe('invariants', () => {
  it('does not depend on the order of the respondents', () => {
    const docs = [
      answers({ q1: 1, q2: 3 }, { role: 'staff' }),
      answers({ q1: 4, q2: 0, q4: 2 }, { role: 'staff' }),
      answers({ q1: 2, q5: 1 }, { role: 'leadership' }),
      answers({ q1: 3, q3: 1 }, { role: 'staff' }),
    ];
    expect(report([...docs].reverse())).toEqual(report(docs));
  });
  it('is not moved by a not-applicable answer', () => {
    const base = [answers({ q1: 2, q4: 3 }), answers({ q1: 4 })];
    const withNa = [answers({ q1: 2, q4: 3 }), answers({ q1: 4, q4: 'not-applicable' })];
    expect(report(withNa).domains.map((d) => d.score)).toEqual(
      report(base).domains.map((d) => d.score),
    );
  });
});
