import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import {
  move,
  questionView,
  startPlace,
  withNote,
  type Move,
  type Next,
  type Place,
} from '../../src/core/walk-machine.js';
import { estimatedMinutes } from '../../src/core/walk-plan.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, ROOT } from '../helpers.js';

const framework = await new FrameworkLoader(ROOT).require(join(FIXTURES, 'frameworks/small.yaml'));

const doc = (answers: AnswersDoc['answers'], extra: Partial<AnswersDoc> = {}): AnswersDoc => ({
  attune: 1,
  framework: { id: 'small-example', version: '1.0.0' },
  respondent: { role: 'staff' },
  status: 'in-progress',
  answers,
  ...extra,
});

const q = (id: string) => {
  const found = framework.questionById.get(id);
  if (!found) throw new Error(id);
  return found;
};
const at = (
  id: string,
  via: 'walk' | 'open' | 'one' = 'walk',
): Extract<Place, { at: 'question' }> => ({
  at: 'question',
  question: q(id),
  via,
});
const REVIEW: Place = { at: 'review' };

/** Where a move leads, as a short string: a question id and how it was reached, or the end. */
function where(next: Next): string {
  if ('end' in next) return `end: ${next.end}`;
  return next.place.at === 'review' ? 'review' : `${next.place.question.id} (${next.place.via})`;
}

describe('the walk-through as a state machine', () => {
  const premisesYes = { 'safety-first-contact': { value: 2 }, 'safety-premises': { value: 1 } };
  it.each<[string, AnswersDoc, Place, Move, string]>([
    [
      'an answer leads to the next question',
      doc({}),
      at('safety-first-contact'),
      { type: 'answer', value: 3 },
      'safety-premises (walk)',
    ],
    [
      '"Yes" to premises opens the quiet space next',
      doc({ 'safety-first-contact': { value: 2 } }),
      at('safety-premises'),
      { type: 'answer', value: 1 },
      'safety-quiet-space (walk)',
    ],
    [
      '"No" to premises goes past it',
      doc({ 'safety-first-contact': { value: 2 } }),
      at('safety-premises'),
      { type: 'answer', value: 0 },
      'trust-explain-decisions (walk)',
    ],
    [
      'a skip leads on too',
      doc({}),
      at('safety-first-contact'),
      { type: 'skip' },
      'safety-premises (walk)',
    ],
    [
      'the last question leads to the review',
      doc(premisesYes),
      at('trust-explain-decisions'),
      { type: 'answer', value: 1 },
      'review',
    ],
    [
      'back goes to the previous question',
      doc(premisesYes),
      at('safety-quiet-space'),
      { type: 'back' },
      'safety-premises (walk)',
    ],
    [
      'back from a question picked in the review returns to it',
      doc(premisesYes),
      at('safety-premises', 'one'),
      { type: 'back' },
      'review',
    ],
    [
      'an answer to a question picked in the review returns to it',
      doc(premisesYes),
      at('safety-premises', 'one'),
      { type: 'answer', value: 1 },
      'review',
    ],
    [
      'answering the open ones goes to the next open one',
      doc({ 'safety-premises': { value: 1 } }),
      at('safety-first-contact', 'open'),
      { type: 'answer', value: 1 },
      'safety-quiet-space (open)',
    ],
    [
      'pause ends the walk at a question',
      doc({}),
      at('safety-first-contact'),
      { type: 'pause' },
      'end: paused',
    ],
    ['pause ends the walk at the review', doc({}), REVIEW, { type: 'pause' }, 'end: paused'],
    ['finish ends it, complete', doc({}), REVIEW, { type: 'finish' }, 'end: completed'],
    [
      'the review opens the first question not answered',
      doc(premisesYes),
      REVIEW,
      { type: 'open' },
      'safety-quiet-space (open)',
    ],
    [
      'the review stays where nothing is open',
      doc({
        ...premisesYes,
        'safety-quiet-space': { value: 1 },
        'trust-explain-decisions': { value: 1 },
      }),
      REVIEW,
      { type: 'open' },
      'review',
    ],
    [
      'a question picked in the review',
      doc(premisesYes),
      REVIEW,
      { type: 'pick', id: 'safety-premises' },
      'safety-premises (one)',
    ],
    [
      'a question picked that is not shown goes back to the review',
      doc({}),
      REVIEW,
      { type: 'pick', id: 'trust-board-reports' },
      'review',
    ],
  ])('%s', (_name, start, place, m, expected) => {
    expect(where(move(framework, start, place, m))).toBe(expected);
  });

  it('says which answers a change removes and which questions it opens', () => {
    const answered = doc({
      'safety-first-contact': { value: 2 },
      'safety-premises': { value: 1 },
      'safety-quiet-space': { value: 3, note: 'Small room.' },
    });
    const no = move(framework, answered, at('safety-premises'), { type: 'answer', value: 0 });
    if ('end' in no) throw new Error('ended');
    expect(no.changed).toBe(true);
    expect(no.dropped.map((d) => d.id)).toEqual(['safety-quiet-space']);
    expect(no.opened).toEqual([]);
    expect(no.doc.answers['safety-quiet-space']).toEqual({ note: 'Small room.' });
    const yes = move(framework, no.doc, at('safety-premises', 'one'), { type: 'answer', value: 1 });
    if ('end' in yes) throw new Error('ended');
    expect(yes.opened.map((o) => o.id)).toEqual(['safety-quiet-space']);
    expect(yes.dropped).toEqual([]);
  });

  it('changes nothing on moves that only go somewhere, and never the document given', () => {
    const start = doc({ 'safety-first-contact': { value: 2 } });
    const copy = structuredClone(start);
    const back = move(framework, start, at('safety-premises'), { type: 'back' });
    expect('end' in back ? undefined : back.changed).toBe(false);
    move(framework, start, at('safety-premises'), { type: 'answer', value: 1 });
    expect(start).toEqual(copy);
  });

  it('puts finished answers back in progress when they change, until finished anew', () => {
    const done = doc({ 'safety-first-contact': { value: 2 } }, { status: 'completed' });
    const next = move(framework, done, at('safety-first-contact', 'one'), { type: 'skip' });
    expect('end' in next ? undefined : next.doc.status).toBe('in-progress');
    expect(withNote(done, 'safety-first-contact', 'A note.').status).toBe('in-progress');
    const finished = move(framework, doc({}), REVIEW, { type: 'finish' });
    expect(finished.doc.status).toBe('completed');
  });

  it('starts at the first open question, or the review', () => {
    expect(startPlace(framework, doc({}))).toMatchObject({ at: 'question', via: 'walk' });
    const all = doc(
      { 'safety-first-contact': { value: 1 }, 'trust-explain-decisions': { value: 1 } },
      { skipped: ['safety-premises'] },
    );
    expect(startPlace(framework, all)).toEqual(REVIEW);
  });

  it('knows where a question stands, and whether there is anything to go back to', () => {
    const view = questionView(framework, doc({}), at('safety-first-contact'));
    expect(view).toMatchObject({ first: true, toReview: false, position: { number: 1, total: 3 } });
    expect(questionView(framework, doc({}), at('safety-premises', 'one'))).toMatchObject({
      first: false,
      toReview: true,
    });
    // Not asked of staff.
    expect(questionView(framework, doc({}), at('trust-board-reports'))).toBeUndefined();
  });

  it('rejects a move that does not belong where it is made', () => {
    expect(() => move(framework, doc({}), REVIEW, { type: 'skip' })).toThrow(/not a move/);
    expect(() => move(framework, doc({}), at('safety-premises'), { type: 'finish' })).toThrow(
      /not a move/,
    );
  });
});

describe('the time a role is told to set aside', () => {
  const many = (n: number, respondents?: string[]): Pick<Framework, 'questions'> => ({
    questions: Array.from({ length: n }, () => ({
      ...q('safety-first-contact'),
      ...(respondents && { respondents }),
    })),
  });
  it.each([
    [1, false, 5],
    [10, false, 5],
    [11, false, 10],
    [44, false, 25],
    [44, true, 90],
    [0, false, 0],
  ])('%i questions, workshop %s: %i minutes', (n, workshop, minutes) => {
    expect(estimatedMinutes(many(n), 'staff', workshop)).toBe(minutes);
  });

  it('counts every question the role may be asked, those behind a condition too', () => {
    // Staff: first contact, premises, quiet space (when premises), explain decisions.
    expect(estimatedMinutes(framework, 'staff', true)).toBe(10);
    expect(estimatedMinutes(many(20, ['leadership']), 'staff', false)).toBe(0);
  });
});
