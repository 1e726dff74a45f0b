import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askWho, newAnswers, walkThrough } from '../../src/cli/assess/walk.js';
import { Cancelled } from '../../src/core/errors.js';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, ROOT } from '../helpers.js';
import {
  act,
  answer,
  CANCEL,
  helpBack,
  noteAction,
  pickQuestion,
  review,
  role,
  ScriptedAsker,
  typeNote,
  unit,
  workshop,
  type Step,
} from './scripted-asker.js';

const framework = await new FrameworkLoader(ROOT).require(join(FIXTURES, 'frameworks/small.yaml'));
const NOW = new Date('2026-11-22T10:00:00Z');
const FINISH = review({ type: 'finish' });

/** Runs the walk-through on a script, recording every save; a new respondent unless `start`. */
async function run(steps: readonly Step[], start?: AnswersDoc) {
  const asker = new ScriptedAsker(steps);
  const saves: AnswersDoc[] = [];
  const save = (doc: AnswersDoc) => {
    saves.push(structuredClone(doc));
    return Promise.resolve();
  };
  const doc = start ?? newAnswers(framework, await askWho({ framework, asker }), NOW);
  const result = await walkThrough({ framework, asker, save }, doc);
  expect(asker.remaining, 'steps left over in the script').toBe(0);
  return { result, saves, asker, said: asker.said.join('\n\n') };
}

const headings = (said: readonly string[]) =>
  said.flatMap((s) => (/ domain \d+ of \d+, question /.test(s) ? [s.split('\n')[0]] : []));

const doc = (answers: AnswersDoc['answers'], extra: Partial<AnswersDoc> = {}): AnswersDoc => ({
  attune: 1,
  framework: { id: 'small-example', version: '1.0.0' },
  respondent: { role: 'staff' },
  status: 'in-progress',
  answers,
  ...extra,
});

describe('the walk-through, driven by a script', () => {
  it('asks who, then each question for the role in order, saving after every answer', async () => {
    const { result, saves, asker } = await run([
      role('staff'),
      workshop(false),
      unit('  Northside supported housing  '),
      answer(3),
      answer(1),
      answer(2),
      answer('dont-know'),
      FINISH,
    ]);
    expect(result.end).toBe('completed');
    expect(result.doc).toMatchObject({
      respondent: { role: 'staff' },
      unit: 'Northside supported housing',
      status: 'completed',
      answers: {
        'safety-first-contact': { value: 3 },
        'safety-premises': { value: 1 },
        'safety-quiet-space': { value: 2 },
        'trust-explain-decisions': { value: 'dont-know' },
      },
    });
    expect(result.doc.respondent).toEqual({ role: 'staff' });
    // One save per answer, each holding every answer before it, then the finish.
    expect(saves.map((s) => Object.keys(s.answers).length)).toEqual([1, 2, 3, 4, 4]);
    expect(saves.map((s) => s.status)).toEqual([
      ...Array<string>(4).fill('in-progress'),
      'completed',
    ]);
    // The quiet-space question appears once premises are answered "Yes"; the board question,
    // for leadership only, never does.
    expect(headings(asker.said)).toEqual([
      'Safety: domain 1 of 2, question 1 of 3',
      'Safety: domain 1 of 2, question 2 of 3',
      'Safety: domain 1 of 2, question 3 of 4',
      'Trustworthiness and transparency: domain 2 of 2, question 4 of 4',
    ]);
    expect(asker.asked.some((a) => a.message.includes('board'))).toBe(false);
  });

  it('offers the scale, its non-scored answers, and every action at each question', async () => {
    const { asker } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      answer(0),
      answer(0),
      answer(0),
      FINISH,
    ]);
    const first = asker.asked.find((a) => a.kind === 'question');
    expect(first?.choices.map((c) => c.label)).toEqual([
      'Not in place',
      'Starting',
      'Partly in place',
      'Mostly in place',
      'Embedded',
      'Don’t know',
      'Not applicable',
      'Help with this question',
      'Add a note',
      'Skip this question',
      'Go back to the previous question',
      'Pause and save, to carry on later',
    ]);
    // The yes-no scale allows "don't know" but not "not applicable".
    const premises = asker.asked.filter((a) => a.kind === 'question')[1];
    expect(premises?.choices.slice(0, 4).map((c) => c.label)).toEqual([
      'No',
      'Yes',
      'Don’t know',
      'Help with this question',
    ]);
  });

  it('asks a leadership respondent in a workshop the leadership questions, and no quiet space', async () => {
    const { result, asker } = await run([
      role('leadership'),
      workshop(true),
      unit(''),
      answer(0),
      answer(1),
      answer(4),
      answer(2),
      FINISH,
    ]);
    expect(result.doc.respondent).toEqual({ role: 'leadership', workshop: true });
    expect(result.doc.unit).toBeUndefined();
    expect(Object.keys(result.doc.answers)).toEqual([
      'safety-first-contact',
      'safety-premises',
      'trust-explain-decisions',
      'trust-board-reports',
    ]);
    expect(headings(asker.said).at(-1)).toBe(
      'Trustworthiness and transparency: domain 2 of 2, question 4 of 4',
    );
  });

  it('asks every question of a respondent who gives no role', async () => {
    const { result } = await run([
      role(null),
      workshop(false),
      unit(''),
      answer(1),
      answer(1),
      answer(1),
      answer(1),
      answer(1),
      FINISH,
    ]);
    expect(result.doc.respondent).toEqual({});
    expect(Object.keys(result.doc.answers)).toHaveLength(5);
  });

  it('turns down a unit over 200 characters and asks again', async () => {
    const { result, said } = await run([
      role('staff'),
      workshop(false),
      unit('x'.repeat(201)),
      unit('Riverside'),
      act('pause'),
    ]);
    expect(said).toContain('200 characters');
    expect(result.doc.unit).toBe('Riverside');
  });

  it('goes back to the previous question, showing the answer given, and on from there', async () => {
    const { result, asker, said } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      answer(3),
      act('back'),
      answer(4),
      answer(0),
      act('back'),
      act('back'),
      answer(4),
      answer(0),
      answer(2),
      FINISH,
    ]);
    expect(result.doc.answers['safety-first-contact']).toEqual({ value: 4 });
    expect(said).toContain('Your answer so far: Mostly in place.');
    const questions = asker.asked.filter((a) => a.kind === 'question');
    // At the first question, going back is listed but cannot be chosen.
    expect(questions[0]?.choices.find((c) => c.label.startsWith('Go back'))?.disabled).toBe(
      'this is the first question',
    );
    // Coming back, the cursor starts on the answer given.
    expect(questions[2]?.choices.find((c) => c.current)?.label).toBe('Mostly in place');
    expect(headings(asker.said).map((h) => h?.replace(/^.*question /, ''))).toEqual([
      '1 of 3',
      '2 of 3',
      '1 of 3',
      '2 of 3',
      '3 of 3',
      '2 of 3',
      '1 of 3',
      '2 of 3',
      '3 of 3',
    ]);
  });

  it('cannot go back from the first question', async () => {
    await expect(run([role('staff'), workshop(false), unit(''), act('back')])).rejects.toThrow(
      /cannot be chosen now/,
    );
  });

  it('skips a question, and lets the review come back to it', async () => {
    const { result, saves, said } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      act('skip'),
      answer(0),
      answer(3),
      review({ type: 'domain', id: 'safety' }),
      pickQuestion('safety-first-contact'),
      answer(2),
      FINISH,
    ]);
    expect(saves[0]?.skipped).toEqual(['safety-first-contact']);
    expect(saves[0]?.answers).toEqual({});
    expect(said).toContain('- Safety: 1 answered, 1 skipped');
    expect(said).toContain('You skipped this question earlier.');
    expect(result.doc.skipped).toBeUndefined();
    expect(result.doc.answers['safety-first-contact']).toEqual({ value: 2 });
  });

  it('clears an answer that is skipped on a second visit, and says so in the choice', async () => {
    const { result, asker } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      answer(3),
      act('back'),
      act('skip'),
      act('pause'),
    ]);
    expect(
      asker.asked.filter((a) => a.kind === 'question')[2]?.choices.map((c) => c.label),
    ).toContain('Clear your answer and skip this question');
    expect(result.doc.answers).toEqual({});
    expect(result.doc.skipped).toEqual(['safety-first-contact']);
  });

  it('adds, edits and removes a note, saving each time; help shows help and evidence', async () => {
    const { result, saves, said } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      act('help'),
      helpBack(),
      act('note'),
      typeNote('x'.repeat(10_001)),
      typeNote('  Letters go out late.  '),
      answer(2),
      act('back'),
      act('note'),
      noteAction('edit'),
      typeNote('Letters go out a day late.'),
      act('note'),
      noteAction('keep'),
      answer(2),
      act('note'),
      typeNote(''),
      act('pause'),
    ]);
    expect(said).toContain(
      'Knowing what comes next lowers fear. Good looks like a short letter or call beforehand.',
    );
    expect(said).toContain(
      'What you could point to:\n- Appointment letters\n- First-contact script',
    );
    expect(said).toContain('at most 10,000 characters');
    expect(saves.map((s) => s.answers['safety-first-contact'])).toEqual([
      { note: 'Letters go out late.' },
      { note: 'Letters go out late.', value: 2 },
      { note: 'Letters go out a day late.', value: 2 },
      { note: 'Letters go out a day late.', value: 2 },
    ]);
    // An empty note adds nothing, and saves nothing.
    expect(saves).toHaveLength(4);
    expect(result.end).toBe('paused');
  });

  it('removes a note when asked to', async () => {
    const start = doc({ 'safety-first-contact': { value: 1, note: 'Old words.' } });
    const { result, said } = await run(
      [
        review({ type: 'domain', id: 'safety' }),
        pickQuestion('safety-first-contact'),
        act('note'),
        noteAction('remove'),
        act('back'),
        review({ type: 'pause' }),
      ],
      {
        ...start,
        answers: {
          ...start.answers,
          'safety-premises': { value: 0 },
          'trust-explain-decisions': { value: 0 },
        },
      },
    );
    expect(said).toContain('Your note: “Old words.”');
    expect(said).toContain('Note removed.');
    expect(result.doc.answers['safety-first-contact']).toEqual({ value: 1 });
  });

  it('drops the answer of a question whose condition stops holding, keeps its note, and says so', async () => {
    const { result, saves, said, asker } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      answer(3),
      answer(1),
      act('note'),
      typeNote('Only the big room.'),
      answer(2),
      act('back'),
      act('back'),
      act('back'),
      answer(3),
      answer(0),
      answer(4),
      FINISH,
    ]);
    expect(said).toContain(
      'Your answer to “There is a quiet space people can use when they feel overwhelmed.” has been removed, as that question no longer applies after your last answer. Your note on it is kept.',
    );
    // The save right after the change already holds no answer to the hidden question.
    const afterChange = saves.find((s) => s.answers['safety-premises']?.value === 0);
    expect(afterChange?.answers['safety-quiet-space']).toEqual({ note: 'Only the big room.' });
    expect(result.doc.answers['safety-quiet-space']).toEqual({ note: 'Only the big room.' });
    // After the change, the walk goes on to the trust domain: there are three questions now.
    expect(headings(asker.said).slice(-1)).toEqual([
      'Trustworthiness and transparency: domain 2 of 2, question 3 of 3',
    ]);
  });

  it('in the review, changes any question and returns; answers questions a change opened', async () => {
    const { result, asker, said } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      answer(3),
      answer(0),
      answer(2),
      review({ type: 'domain', id: 'trust' }),
      pickQuestion(null),
      review({ type: 'domain', id: 'safety' }),
      pickQuestion('safety-premises'),
      answer(1),
      review({ type: 'open' }),
      answer(4),
      FINISH,
    ]);
    expect(said).toContain('- Safety: 2 answered\n- Trustworthiness and transparency: 1 answered');
    expect(said).toContain('- Safety: 2 answered, 1 not answered yet');
    const reviews = asker.asked.filter((a) => a.kind === 'review');
    expect(reviews[0]?.choices.map((c) => c.label)).toEqual([
      'Finish: mark your answers as complete',
      'Look at or change your answers on Safety',
      'Look at or change your answers on Trustworthiness and transparency',
      'Pause and save, to carry on later',
    ]);
    expect(reviews.at(-2)?.choices.map((c) => c.label)).toContain(
      'Answer the 1 question not answered yet',
    );
    const picker = asker.asked.find((a) => a.kind === 'domain' && a.message.includes('Safety'));
    expect(picker?.choices.map((c) => c.label)).toEqual([
      'People are told what will happen at their first appointment before it happens. (answered: Mostly in place)',
      'The service has premises that people visit. (answered: No)',
      'Go back to the review',
    ]);
    // A question opened from the review returns to it, rather than going back a question.
    const fromReview = asker.asked.filter((a) => a.kind === 'question').at(-2);
    expect(fromReview?.choices.map((c) => c.label)).toContain('Go back to the review');
    expect(result.doc.answers['safety-quiet-space']).toEqual({ value: 4 });
    expect(result.doc.status).toBe('completed');
  });

  it('resumes at the first question neither answered nor skipped', async () => {
    const start = doc(
      { 'safety-first-contact': { value: 2 } },
      { skipped: ['safety-premises'], started: '2026-11-20T09:00:00Z' },
    );
    const { result, asker, saves } = await run([answer(1), FINISH], start);
    expect(headings(asker.said)).toEqual([
      'Trustworthiness and transparency: domain 2 of 2, question 3 of 3',
    ]);
    expect(saves[0]?.answers).toEqual({
      'safety-first-contact': { value: 2 },
      'trust-explain-decisions': { value: 1 },
    });
    expect(result.doc.started).toBe('2026-11-20T09:00:00Z');
  });

  it('opens the review straight away when every question is answered or skipped', async () => {
    const start = doc(
      { 'safety-first-contact': { value: 2 }, 'trust-explain-decisions': { value: 1 } },
      { skipped: ['safety-premises'], status: 'completed' },
    );
    const { result, saves } = await run(
      [
        review({ type: 'domain', id: 'trust' }),
        pickQuestion('trust-explain-decisions'),
        answer(3),
        review({ type: 'pause' }),
      ],
      start,
    );
    // Changed after finishing: in progress again, until the review is finished once more.
    expect(saves.map((s) => s.status)).toEqual(['in-progress']);
    expect(result).toMatchObject({ end: 'paused', doc: { status: 'in-progress' } });
  });

  it('leaves answers to questions the framework no longer has in the file, unasked', async () => {
    const start = doc({
      'safety-old-question': { value: 2 },
      'safety-first-contact': { value: 1 },
    });
    const { saves, asker } = await run([answer(1), answer(1), answer(1), FINISH], start);
    expect(asker.asked.some((a) => a.message.includes('old'))).toBe(false);
    for (const s of saves) expect(s.answers['safety-old-question']).toEqual({ value: 2 });
  });

  it('pauses at any question, with everything before it saved', async () => {
    const { result, saves } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      answer(3),
      act('pause'),
    ]);
    expect(result).toMatchObject({
      end: 'paused',
      doc: { answers: { 'safety-first-contact': { value: 3 } } },
    });
    expect(saves).toHaveLength(1);
  });

  it('stops on Ctrl-C with every answer given so far already saved', async () => {
    const asker = new ScriptedAsker([answer(3), answer(1), CANCEL]);
    const saves: AnswersDoc[] = [];
    const walk = walkThrough(
      {
        framework,
        asker,
        save: (d) => {
          saves.push(structuredClone(d));
          return Promise.resolve();
        },
      },
      doc({}),
    );
    await expect(walk).rejects.toBeInstanceOf(Cancelled);
    expect(saves.at(-1)?.answers).toEqual({
      'safety-first-contact': { value: 3 },
      'safety-premises': { value: 1 },
    });
  });

  it('shows escape sequences in texts and notes, rather than sending them to the terminal', async () => {
    const hostile = structuredClone(framework);
    const q = hostile.questions[0];
    if (!q) throw new Error('no question');
    q.text = 'Plain words\u001b[2J and more.';
    const asker = new ScriptedAsker([act('pause')]);
    await walkThrough(
      { framework: hostile, asker, save: () => Promise.resolve() },
      doc({ 'safety-first-contact': { note: 'typed \u001b]0;title\u0007' } }),
    );
    const said = asker.said.join('\n');
    expect(said).toContain('Plain words\\u001b[2J and more.');
    expect(said).toContain('Your note: “typed \\u001b]0;title\\u0007”');
    expect(said).not.toContain('\u001b');
  });

  it('shows the questions in the language asked for, where the framework has it', async () => {
    const welsh = structuredClone(framework);
    const q = welsh.questions[0];
    if (!q) throw new Error('no question');
    q.text = { 'en-GB': q.text as string, cy: 'Dywedir wrth bobl beth fydd yn digwydd.' };
    const asker = new ScriptedAsker([act('pause')]);
    await walkThrough(
      { framework: welsh, asker, save: () => Promise.resolve(), lang: 'cy' },
      doc({}),
    );
    expect(asker.said.join('\n')).toContain('Dywedir wrth bobl beth fydd yn digwydd.');
  });
});
