import { describe, expect, it } from 'vitest';
import { addMonths, mergePlan, type PlanSource } from '../../src/core/plan/merge.js';

const source = (scores: Record<string, number | null>, date = '2026-03-14'): PlanSource => ({
  framework: { id: 'example', version: '1.0.0' },
  date,
  stages: [
    { id: 'starting', from: 0 },
    { id: 'embedded', from: 75 },
  ],
  overall: 40,
  domains: [{ id: 'safety', score: 40 }],
  questions: new Map(
    Object.entries(scores).map(([id, score]) => [
      id,
      { score, respondents: score === null ? null : 6 },
    ]),
  ),
  actions: Object.entries(scores)
    .filter(([, s]) => s !== null && s < 50)
    .map(([id]) => ({
      id: `${id}.1`,
      question: id,
      domain: 'safety',
      priority: 'high' as const,
      text: `Act on ${id}.`,
      below: 50,
      owner: 'The manager',
      months: 6,
    })),
});

describe('the plan merge', () => {
  it('adds months to a date, keeping within the month', () => {
    expect(addMonths('2026-03-14', 6)).toBe('2026-09-14');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('starts a plan: owner and due date from the framework, status planned, targets a stage up', () => {
    const { plan, changes } = mergePlan(undefined, source({ welcome: 30, room: 80 }));
    expect(changes).toEqual([{ kind: 'created', actions: 1 }]);
    expect(plan.actions).toEqual([
      expect.objectContaining({
        id: 'welcome.1',
        owner: 'The manager',
        due: '2026-09-14',
        status: 'planned',
        planned: { date: '2026-03-14', score: 30, respondents: 6 },
      }),
    ]);
    expect(plan.targets).toEqual({
      overall: { stage: 'embedded' },
      domains: { safety: { stage: 'embedded' } },
    });
  });

  it('never changes what people set; suggests met; adds what now applies', () => {
    const start = mergePlan(undefined, source({ welcome: 30, room: 80 })).plan;
    const first = start.actions[0];
    if (!first) throw new Error('no action');
    Object.assign(first, { owner: 'Northside team', status: 'in-progress', notes: 'Started.' });
    start.targets = { overall: { score: 60 } };
    const { plan, changes } = mergePlan(start, source({ welcome: 62, room: 20 }, '2027-03-20'));
    expect(plan.actions[0]).toEqual(
      expect.objectContaining({
        owner: 'Northside team',
        status: 'in-progress',
        notes: 'Started.',
        planned: { date: '2026-03-14', score: 30, respondents: 6 },
        met: { date: '2027-03-20', score: 62 },
      }),
    );
    expect(plan.targets).toEqual({ overall: { score: 60 } });
    expect(plan.actions.map((a) => a.id)).toEqual(['welcome.1', 'room.1']);
    expect(changes.map((c) => c.kind)).toEqual(['assessed', 'met', 'added']);
    // The input is not changed: the merge is pure.
    expect(start.actions).toHaveLength(1);
  });

  it('says nothing is met where the question has no score that can be shown', () => {
    const start = mergePlan(undefined, source({ welcome: 30 })).plan;
    const { plan } = mergePlan(start, source({ welcome: null }, '2027-03-20'));
    expect(plan.actions[0]?.met).toBeUndefined();
  });

  it('withdraws an earlier suggestion where the action applies again', () => {
    const start = mergePlan(undefined, source({ welcome: 30 })).plan;
    const met = mergePlan(start, source({ welcome: 70 }, '2027-03-20')).plan;
    const again = mergePlan(met, source({ welcome: 40 }, '2028-03-20'));
    expect(again.plan.actions[0]?.met).toBeUndefined();
    expect(again.changes.map((c) => c.kind)).toEqual(['assessed', 'unmet']);
  });
});
