import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import {
  answerQuestion,
  nextAfter,
  noteQuestion,
  positionOf,
  previousBefore,
  removedQuestions,
  resumePoint,
  shownQuestions,
  skipQuestion,
  summarise,
} from '../../src/core/walk-plan.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, ROOT } from '../helpers.js';

const framework = await new FrameworkLoader(ROOT).require(join(FIXTURES, 'frameworks/small.yaml'));

const doc = (
  role: string | undefined,
  answers: AnswersDoc['answers'],
  skipped?: string[],
): AnswersDoc => ({
  attune: 1,
  framework: { id: 'small-example', version: '1.0.0' },
  respondent: role === undefined ? {} : { role },
  status: 'in-progress',
  answers,
  ...(skipped && { skipped }),
});

const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);
const q = (id: string) => {
  const found = framework.questionById.get(id);
  if (!found) throw new Error(id);
  return found;
};

describe('which questions are shown', () => {
  it.each([
    [
      'staff, premises unanswered',
      'staff',
      {},
      ['safety-first-contact', 'safety-premises', 'trust-explain-decisions'],
    ],
    [
      'staff, premises yes',
      'staff',
      { 'safety-premises': { value: 1 } },
      ['safety-first-contact', 'safety-premises', 'safety-quiet-space', 'trust-explain-decisions'],
    ],
    [
      'staff, premises no',
      'staff',
      { 'safety-premises': { value: 0 } },
      ['safety-first-contact', 'safety-premises', 'trust-explain-decisions'],
    ],
    [
      'leadership, premises yes',
      'leadership',
      { 'safety-premises': { value: 1 } },
      ['safety-first-contact', 'safety-premises', 'trust-explain-decisions', 'trust-board-reports'],
    ],
    [
      'no role, premises yes',
      undefined,
      { 'safety-premises': { value: 1 } },
      [
        'safety-first-contact',
        'safety-premises',
        'safety-quiet-space',
        'trust-explain-decisions',
        'trust-board-reports',
      ],
    ],
  ] as const)('%s', (_name, role, answers, expected) => {
    expect(ids(shownQuestions(framework, doc(role, { ...answers })))).toEqual(expected);
  });
});

describe('position, next, previous and where to resume', () => {
  const d = doc('leadership', { 'safety-first-contact': { value: 2 } }, ['safety-premises']);
  const shown = shownQuestions(framework, d);

  it('counts domains and questions over those shown', () => {
    expect(positionOf(framework, shown, 'trust-board-reports')).toMatchObject({
      domainNumber: 2,
      domainCount: 2,
      number: 4,
      total: 4,
      domain: { id: 'trust' },
    });
    expect(positionOf(framework, shown, 'safety-quiet-space')).toBeUndefined();
  });

  it('steps over hidden questions', () => {
    expect(nextAfter(shown, q('safety-premises'))?.id).toBe('trust-explain-decisions');
    expect(nextAfter(shown, q('safety-quiet-space'))?.id).toBe('trust-explain-decisions');
    expect(nextAfter(shown, q('trust-board-reports'))).toBeUndefined();
    expect(previousBefore(shown, q('trust-explain-decisions'))?.id).toBe('safety-premises');
    expect(previousBefore(shown, q('safety-first-contact'))).toBeUndefined();
  });

  it('resumes at the first question neither answered nor skipped', () => {
    expect(resumePoint(shown, d)?.id).toBe('trust-explain-decisions');
    const all = doc('staff', {
      'safety-first-contact': { value: 1 },
      'safety-premises': { value: 0 },
      'trust-explain-decisions': { note: 'a note is not an answer' },
    });
    expect(resumePoint(shownQuestions(framework, all), all)?.id).toBe('trust-explain-decisions');
  });
});

describe('changes', () => {
  const before = doc(
    'staff',
    { 'safety-premises': { value: 1 }, 'safety-quiet-space': { value: 3, note: 'kept' } },
    ['safety-first-contact'],
  );

  it('an answer that hides a question drops its answer, keeps its note, and leaves the input alone', () => {
    const change = answerQuestion(framework, before, 'safety-premises', 0);
    expect(ids(change.dropped)).toEqual(['safety-quiet-space']);
    expect(change.doc.answers).toEqual({
      'safety-premises': { value: 0 },
      'safety-quiet-space': { note: 'kept' },
    });
    expect(before.answers['safety-quiet-space']).toEqual({ value: 3, note: 'kept' });
  });

  it('an answer that keeps a question shown drops nothing', () => {
    expect(answerQuestion(framework, before, 'safety-premises', 1).dropped).toEqual([]);
  });

  it('skipping the question a condition reads drops the answers that depended on it', () => {
    const change = skipQuestion(framework, before, 'safety-premises');
    expect(ids(change.dropped)).toEqual(['safety-quiet-space']);
    expect(change.doc.skipped).toEqual(['safety-first-contact', 'safety-premises']);
    expect(change.doc.answers).toEqual({ 'safety-quiet-space': { note: 'kept' } });
  });

  it('a skip of a question that becomes hidden is forgotten, without a word', () => {
    const skippedQuiet = doc('staff', { 'safety-premises': { value: 1 } }, ['safety-quiet-space']);
    const change = answerQuestion(framework, skippedQuiet, 'safety-premises', 0);
    expect(change.dropped).toEqual([]);
    expect(change.doc.skipped).toBeUndefined();
  });

  it('answering a skipped question takes it off the skipped list', () => {
    const change = answerQuestion(framework, before, 'safety-first-contact', 'not-applicable');
    expect(change.doc.skipped).toBeUndefined();
    expect(change.doc.answers['safety-first-contact']).toEqual({ value: 'not-applicable' });
  });

  it('answers already hidden before a change are left alone', () => {
    const edited = doc('staff', { 'safety-quiet-space': { value: 2 } });
    const change = answerQuestion(framework, edited, 'safety-first-contact', 1);
    expect(change.dropped).toEqual([]);
    expect(change.doc.answers['safety-quiet-space']).toEqual({ value: 2 });
  });

  it.each([
    ['adds a note, trimmed', {}, '  words  ', { x: { note: 'words' } }],
    [
      'keeps the value when the note goes',
      { x: { value: 1, note: 'a' } },
      undefined,
      { x: { value: 1 } },
    ],
    ['drops an answer left empty', { x: { note: 'a' } }, '   ', {}],
  ] as const)('a note: %s', (_name, answers, note, expected) => {
    expect(noteQuestion(doc('staff', { ...answers }), 'x', note).answers).toEqual(expected);
  });
});

describe('the review summary', () => {
  it('counts answered, skipped and open questions per domain with questions shown', () => {
    const d = doc(
      'staff',
      { 'safety-premises': { value: 1 }, 'safety-quiet-space': { note: 'x' } },
      ['safety-first-contact'],
    );
    expect(
      summarise(framework, d).map((s) => [s.domain.id, s.answered, s.skipped, s.open]),
    ).toEqual([
      ['safety', 1, 1, 1],
      ['trust', 0, 0, 1],
    ]);
  });

  it('lists answers to questions the framework does not have', () => {
    expect(
      removedQuestions(
        framework,
        doc('staff', { gone: { value: 1 }, 'safety-premises': { value: 1 } }),
      ),
    ).toEqual(['gone']);
  });
});
