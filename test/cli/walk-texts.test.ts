import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionPrompt, readerFor } from '../../src/cli/assess/prompts.js';
import { askWho, introduce, newAnswers, walkThrough } from '../../src/cli/assess/walk.js';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import { questionView, startPlace } from '../../src/core/walk-machine.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, ROOT } from '../helpers.js';
import {
  act,
  answer,
  begin,
  helpBack,
  review,
  role,
  ScriptedAsker,
  typeNote,
  unit,
  workshop,
  type Step,
} from './scripted-asker.js';

/**
 * What the walk-through says around the questions: the introduction, the time it takes and
 * where to get support before them, the closing after them, and words fitted to who answers.
 */

const framework = await new FrameworkLoader(ROOT).require(join(FIXTURES, 'assess/welcome.yaml'));
const small = await new FrameworkLoader(ROOT).require(join(FIXTURES, 'frameworks/small.yaml'));
const NOW = new Date('2026-11-22T10:00:00Z');
const SUPPORT =
  'If a question brings something up: Talk to the duty worker on 0100 000 000, or call Samaritans free on 116 123, day or night.';

/** Who, the introduction, then the walk-through, as `assess` runs them for a new respondent. */
async function run(steps: readonly Step[], fw = framework) {
  const asker = new ScriptedAsker(steps);
  const saves: AnswersDoc[] = [];
  const save = (doc: AnswersDoc) => {
    saves.push(structuredClone(doc));
    return Promise.resolve();
  };
  const doc = newAnswers(fw, await askWho({ framework: fw, asker }), NOW);
  const started = await introduce({ framework: fw, asker }, doc);
  const result = started ? await walkThrough({ framework: fw, asker, save }, doc) : undefined;
  expect(asker.remaining, 'steps left over in the script').toBe(0);
  return { started, result, saves, asker, said: asker.said };
}

describe('before the first question', () => {
  it("shows the role's own introduction, how long, and where to get support", async () => {
    const { said, started } = await run([role('people'), workshop(false), unit(''), begin(false)]);
    expect(started).toBe(false);
    expect(said.at(-1)).toBe(
      [
        'You have 3 questions to answer, in 2 domains. A few more may follow from some answers. It takes about 5 minutes.',
        'Thank you for helping. Nobody at the service will know which answers are yours, and taking part or not changes nothing about your support. You can skip any question, and stop at any time.',
        SUPPORT,
      ].join('\n\n'),
    );
  });

  it("shows the framework's introduction to a role without one, and the time for a group", async () => {
    const { said } = await run([role('staff'), workshop(true), unit(''), begin(false)]);
    expect(said.at(-1)).toBe(
      [
        'You have 4 questions to answer, in 2 domains. A few more may follow from some answers. As a group, talking each one through, allow about 10 minutes.',
        'This is for everyone who has no introduction of their own. Your answers help the team see what works.',
        SUPPORT,
      ].join('\n\n'),
    );
  });

  it('asks the unit in words that ask for no names', async () => {
    const { said } = await run([role('staff'), workshop(false), unit(''), begin(false)]);
    expect(said).toContain(
      'Which service, team or site are these answers about? This is optional: press Enter to leave it out. Please do not write anyone’s name.',
    );
  });

  it('says plainly when a framework has nothing to introduce', async () => {
    const { said } = await run([role('staff'), workshop(false), unit(''), begin(false)], small);
    expect(said.at(-1)).toBe(
      'You have 3 questions to answer, in 2 domains. A few more may follow from some answers. It takes about 5 minutes.',
    );
  });
});

describe('after the last question', () => {
  it("thanks the person in the role's own closing, with the support text", async () => {
    const { said, result } = await run([
      role('people'),
      workshop(false),
      unit(''),
      begin(),
      answer(3),
      answer(0),
      answer(8),
      review({ type: 'finish' }),
    ]);
    expect(result?.end).toBe('completed');
    expect(said.at(-1)).toBe(
      [
        'Your answers are complete and saved.',
        "Thank you for telling us. Your answers are read together with everyone else's, never on their own.",
        SUPPORT,
      ].join('\n\n'),
    );
  });

  it('says a plain thank-you where the framework has no closing', async () => {
    const { said } = await run(
      [
        role('staff'),
        workshop(false),
        unit(''),
        begin(),
        answer(0),
        answer(0),
        answer(0),
        review({ type: 'finish' }),
      ],
      small,
    );
    expect(said.at(-1)).toBe('Thank you. Your answers are complete and saved.');
  });
});

describe('words fitted to who answers', () => {
  it('shows people who use the service their wording and help, and no evidence lists', async () => {
    const { said, asker } = await run([
      role('people'),
      workshop(false),
      unit(''),
      begin(),
      act('help'),
      helpBack(),
      act('pause'),
    ]);
    expect(said.join('\n')).toContain('Before your first visit, you were told what would happen.');
    expect(said.join('\n')).not.toContain('People are told what will happen');
    expect(said).toContain('Think of the letter, call or message you had before you first came.');
    expect(said.join('\n')).not.toContain('What you could point to');
    const question = asker.asked.find((a) => a.kind === 'question');
    expect(question?.choices.map((c) => c.label)).toContain('Not applicable');
  });

  it('describes "Not applicable" and "Don’t know" to each in their own terms', () => {
    const doc = newAnswers(framework, { role: 'people', workshop: false }, NOW);
    const describe = (roleId: string) => {
      const d = { ...doc, respondent: { role: roleId } };
      const place = startPlace(framework, d);
      if (place.at !== 'question') throw new Error('no question');
      const view = questionView(framework, d, place);
      if (!view) throw new Error('not shown');
      const prompt = questionPrompt(readerFor(framework, undefined, roleId), view, d);
      return Object.fromEntries(
        prompt.choices.flatMap((c) => ('label' in c ? [[c.label, c.description]] : [])),
      ) as Record<string, string | undefined>;
    };
    expect(describe('people')['Not applicable']).toBe(
      'This question does not fit you, or the part of the service you use.',
    );
    expect(describe('staff')['Not applicable']).toBe('This does not apply to your service.');
    expect(describe('people')['Help with this question']).toBe('What this question means.');
    expect(describe('people')['Don’t know']).toBe('You are not sure. That is a fine answer too.');
  });

  it('shows staff the question, its help and what they could point to', async () => {
    const { said } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      begin(),
      act('help'),
      helpBack(),
      act('pause'),
    ]);
    expect(said).toContain(
      'Knowing what comes next lowers fear.\n\nWhat you could point to:\n- Appointment letters',
    );
  });
});

describe('what the screen says after each choice', () => {
  it('is a status, never an action dressed as an answer', () => {
    const doc = newAnswers(framework, { role: 'staff', workshop: false }, NOW);
    const place = startPlace(framework, doc);
    if (place.at !== 'question') throw new Error('no question');
    const view = questionView(framework, doc, place);
    if (!view) throw new Error('not shown');
    const prompt = questionPrompt(readerFor(framework, undefined, 'staff'), view, doc);
    const done = prompt.choices.flatMap((c) => ('label' in c ? [c.done] : []));
    expect(done).toEqual([
      'Your answer: Not in place.',
      'Your answer: Starting.',
      'Your answer: Partly in place.',
      'Your answer: Mostly in place.',
      'Your answer: Embedded.',
      'Your answer: Don’t know.',
      'Your answer: Not applicable.',
      'Help with this question:',
      'Adding a note.',
      'Question skipped.',
      'Going back to the previous question.',
      'Pausing.',
    ]);
  });

  it('says a note is saved, kept or not added, and asks for no names or personal stories', async () => {
    const { said } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      begin(),
      act('note'),
      typeNote(''),
      act('note'),
      typeNote('Letters go out late.'),
      act('pause'),
    ]);
    expect(said).toContain(
      'Your note: a few words of your own, on one line. Please do not write anyone’s name or a personal story: the report quotes notes as they are written. Press Enter on an empty line to add nothing.',
    );
    expect(said).toContain('No note added.');
    expect(said).toContain('Note saved.');
  });
});

describe('questions a change opens', () => {
  it('are named, coming in turn when walking on', async () => {
    const { said } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      begin(),
      answer(2),
      answer(1),
      act('pause'),
    ]);
    expect(said).toContain(
      'Your answer opens a question; you will come to it in turn:\n- There is a quiet room people can use when they feel overwhelmed.',
    );
  });

  it('wait in the review when the change was made from it', async () => {
    const { said } = await run([
      role('staff'),
      workshop(false),
      unit(''),
      begin(),
      answer(2),
      answer(0),
      answer(5),
      answer(1),
      review({ type: 'domain', id: 'welcome' }),
      { kind: 'domain', pick: 'welcome-premises' },
      answer(1),
      review({ type: 'pause' }),
    ]);
    expect(said).toContain(
      'Your answer opens a question; you can answer it from the review, under the questions not answered yet:\n- There is a quiet room people can use when they feel overwhelmed.',
    );
  });
});
