import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpFor, questionText, readerFor } from '../../src/cli/assess/prompts.js';
import { pickText } from '../../src/core/framework.js';
import { shownQuestions } from '../../src/core/walk-plan.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { ROOT, tempDir } from '../helpers.js';
import { HANG_MS, KEY, PtySession } from '../pty/session.js';
import { answersIn, expectWithinWidth, HINT } from '../pty/steps.js';

/**
 * A full walk-through of the bundled framework, as a member of staff, in terminals 60, 80 and
 * 140 columns wide: every screen (the welcome, who is answering, the introduction, each
 * question, its help, a note, going back, the review, the closing) is drawn within the reading
 * width, every text shown is whole (no word broken), and answering needs no more keys than two
 * a question plus what the person chose to do.
 */

const framework = await new FrameworkLoader(ROOT).require('trauma-informed-organisation');
const reader = readerFor(framework, undefined, 'staff');

/** Runs of spaces and line breaks as one space: a text wrapped at spaces reads as it was. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** A question's heading, which a narrow terminal may wrap. */
const heading = (n: number) => new RegExp(`question\\s+${n}\\s+of\\s+\\d+`);

describe.concurrent(
  'a full walk-through of the bundled framework',
  { timeout: 5 * HANG_MS },
  () => {
    it.each([60, 80, 140])('at %i columns', async (columns) => {
      const dir = tempDir();
      const s = new PtySession(['assess', '--out', 'a.yaml'], { cwd: dir, columns });
      /** Keys for what the person chose to do besides answering each question once. */
      let chosen = 0;
      const choose = async (n: number, counts: 'chosen' | 'answer') => {
        await s.choose(n);
        if (counts === 'chosen') chosen += String(n).length + 1;
      };
      const prompt = async (text: string | RegExp) => {
        await s.waitFor(text);
        await s.waitFor(HINT);
      };
      try {
        await prompt('Which group are you answering as?');
        await choose(1, 'chosen');
        await prompt('on your own, or as a group');
        await choose(1, 'chosen');
        await s.waitFor('Service, team or site:');
        s.send(KEY.enter);
        chosen += 1;
        await prompt('Ready to start?');
        s.send(KEY.enter);
        chosen += 1;

        // The first question: its help, read whole, then back to it.
        await prompt(heading(1));
        await choose(8, 'chosen');
        await prompt('When you have read it:');
        s.send(KEY.enter);
        chosen += 1;
        await prompt(heading(1));
        await choose(2, 'answer');
        // The second: a note, then the answer.
        await prompt(heading(2));
        await choose(9, 'chosen');
        await s.waitFor('Your note:');
        s.send(`Letters go out late.${KEY.enter}`);
        chosen += 'Letters go out late.'.length + 1;
        await prompt(heading(2));
        await choose(2, 'answer');
        // The third: back to the second, and its answer again.
        await prompt(heading(3));
        await choose(11, 'chosen');
        await prompt(heading(2));
        await choose(2, 'chosen');
        // Every other question, answered once.
        for (;;) {
          const next = await s.waitFor(/question\s+\d+\s+of\s+\d+|Review of your answers/);
          await s.waitFor(HINT);
          if (next.startsWith('Review')) break;
          await choose(2, 'answer');
        }
        // In the review: one question changed, then finish.
        await choose(2, 'chosen');
        await prompt('Which question on Safety?');
        await choose(1, 'chosen');
        await prompt(heading(1));
        await choose(3, 'chosen');
        await prompt('Review of your answers');
        await choose(1, 'chosen');
        await s.waitFor('Your answers are complete and saved.');
        await s.waitFor('Report:');
        expect(await s.exit()).toEqual({ code: 0, signal: null });
      } finally {
        await s.close();
      }

      const doc = await answersIn(join(dir, 'a.yaml'), framework);
      const shown = shownQuestions(framework, doc);
      expect(doc.status).toBe('completed');
      expect(Object.values(doc.answers).filter((a) => a.value !== undefined)).toHaveLength(
        shown.length,
      );
      expect(doc.answers[shown[0]?.id ?? '']).toEqual({ value: 2 });
      expect(doc.answers[shown[1]?.id ?? '']).toEqual({ value: 1, note: 'Letters go out late.' });
      expect(s.keys - chosen).toBeLessThanOrEqual(2 * shown.length);

      expectWithinWidth(s);
      const screens = flat(s.terminal.text());
      const drawn = flat(s.log());
      const first = shown[0];
      const help: { help?: string; evidence: string[] } = first
        ? helpFor(reader, first)
        : { evidence: [] };
      const whole = [
        ...shown.map((q) => questionText(reader, q)),
        ...(first ? [help.help ?? '', ...help.evidence.map((e) => `- ${e}`)] : ['no question']),
        ...framework.domains.map((d) => `- ${reader.t(d.title)}: `),
        // The role's own introduction where it has one, else the framework's.
        ...[framework.respondents.find((r) => r.id === 'staff')?.intro ?? framework.intro].flatMap(
          (intro) => (intro === undefined ? [] : [reader.t(intro)]),
        ),
        ...(framework.support ? [reader.t(framework.support)] : []),
      ].map(flat);
      expect(whole.filter((text) => !screens.includes(text))).toEqual([]);
      // Each option's description, drawn while it was highlighted.
      const descriptions = new Set(
        shown.flatMap((q) => {
          const d = q.scale.options[1]?.description;
          return d === undefined ? [] : [flat(pickText(d, undefined, framework.language))];
        }),
      );
      expect([...descriptions].filter((d) => !drawn.includes(d))).toEqual([]);
    });
  },
);
