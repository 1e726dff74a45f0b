import { describe, expect, it } from 'vitest';
import { normalise, wordingFor } from '../../src/core/framework.js';
import { buildReport } from '../../src/core/report-model.js';
import type { FrameworkDoc } from '../../src/core/schema/framework.js';
import { countAnswers, newTally } from '../../src/core/tally.js';

/** A gate question (`scored: false`) decides which questions are asked and is never scored. */
const doc: FrameworkDoc = {
  attune: 1,
  id: 'gated',
  version: '1.0.0',
  title: 'Gated',
  scales: {
    four: { options: [0, 1, 2, 3, 4].map((value) => ({ value, label: `v${value}` })) },
    yesno: {
      options: [
        { value: 0, label: 'No' },
        { value: 1, label: 'Yes' },
      ],
    },
  },
  defaultScale: 'four',
  stages: [{ id: 'start', label: 'Start', from: 0 }],
  domains: [
    {
      id: 'env',
      title: 'Environment',
      questions: [
        { id: 'has-premises', text: 'Premises?', scale: 'yesno', scored: false },
        {
          id: 'waiting-room',
          text: 'Waiting room',
          when: { question: 'has-premises', in: [1] },
          actions: [
            {
              below: 75,
              text: 'Improve it',
              owner: 'The manager',
              months: 3,
              check: 'Ask five people again',
            },
          ],
        },
      ],
    },
  ],
};

describe('a gate question', () => {
  const framework = normalise(doc);
  const tally = newTally(framework);
  for (let i = 0; i < 3; i++)
    countAnswers(tally, {
      attune: 1,
      framework: { id: 'gated', version: '1.0.0' },
      status: 'completed',
      answers: { 'has-premises': { value: 1 }, 'waiting-room': { value: 2 } },
    });
  const model = buildReport(tally, { minGroupSize: 3, now: '2026-12-02T00:00:00.000Z' });

  it('has no score, and the domain is scored on the other questions alone', () => {
    expect(model.questions.find((q) => q.id === 'has-premises')?.score).toBeNull();
    expect(model.questions.find((q) => q.id === 'waiting-room')?.score).toBe(50);
    expect(model.domains[0]?.score).toBe(50);
    expect(model.overall.score).toBe(50);
  });

  it('keeps an action’s owner, time frame and check in the framework', () => {
    expect(framework.questionById.get('waiting-room')?.actions[0]).toMatchObject({
      owner: 'The manager',
      months: 3,
      check: 'Ask five people again',
    });
    expect(model.actions.map((a) => a.question)).toEqual(['waiting-room']);
  });
});

describe('a question worded for one role', () => {
  const framework = normalise({
    ...doc,
    respondents: [
      { id: 'staff', label: 'Staff' },
      { id: 'people', label: 'People who use the service', livedExperience: true },
    ],
    domains: [
      {
        id: 'env',
        title: 'Environment',
        questions: [
          {
            id: 'welcome',
            text: 'Staff greet people by name.',
            help: 'For staff.',
            wording: { people: { text: 'Staff greet you by name.' } },
          },
        ],
      },
    ],
  });
  const q = framework.questionById.get('welcome');

  it('reads in the role’s own words, and falls back to the question’s', () => {
    if (!q) throw new Error('no question');
    expect(wordingFor(q, 'people')).toEqual({
      text: 'Staff greet you by name.',
      help: 'For staff.',
    });
    expect(wordingFor(q, 'staff')).toEqual({
      text: 'Staff greet people by name.',
      help: 'For staff.',
    });
    expect(wordingFor(q, undefined).text).toBe('Staff greet people by name.');
  });
});
