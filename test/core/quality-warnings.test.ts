import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../src/core/check-framework.js';
import type { FrameworkDoc, QuestionDoc } from '../../src/core/schema/framework.js';

/**
 * The quality warnings about evidence and actions, where a question needs neither: a gate
 * question (never scored) and a question asked only of the people who use the service.
 */
function doc(questions: QuestionDoc[]): FrameworkDoc {
  return {
    attune: 1,
    id: 'quality',
    version: '1.0.0',
    title: 'Quality',
    respondents: [
      { id: 'staff', label: 'Staff' },
      { id: 'people', label: 'People who use the service', livedExperience: true },
      { id: 'families', label: 'Families', livedExperience: true },
    ],
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
    domains: [{ id: 'd', title: 'D', questions }],
  };
}

const action = { below: 50, text: 'Do something.' };
const warned = (questions: QuestionDoc[]) =>
  checkFramework(doc(questions))
    .filter((i) => i.rule === 'question-no-evidence' || i.rule === 'question-no-actions')
    .map((i) => i.rule);

describe('evidence and actions', () => {
  it('are not asked of a gate question', () => {
    expect(
      warned([
        { id: 'premises', text: 'Premises?', help: 'h', scale: 'yesno', scored: false },
        {
          id: 'room',
          text: 'Room',
          help: 'h',
          evidence: ['e'],
          actions: [action],
          when: { question: 'premises', in: [1] },
        },
      ]),
    ).toEqual([]);
  });

  it('evidence is not asked of a question only people who use the service or families answer', () => {
    expect(
      warned([
        { id: 'a', text: 'A', help: 'h', respondents: ['people'], actions: [action] },
        { id: 'b', text: 'B', help: 'h', respondents: ['people', 'families'], actions: [action] },
        { id: 'c', text: 'C', help: 'h', evidence: ['e'], actions: [action] },
      ]),
    ).toEqual([]);
  });

  it('are still asked of a scored question that staff answer too', () => {
    expect(
      warned([
        { id: 'a', text: 'A', help: 'h', respondents: ['staff', 'people'] },
        { id: 'b', text: 'B', help: 'h' },
        { id: 'c', text: 'C', help: 'h', respondents: ['people'] },
      ]),
    ).toEqual([
      'question-no-actions',
      'question-no-evidence',
      'question-no-actions',
      'question-no-evidence',
      'question-no-actions',
    ]);
  });
});
