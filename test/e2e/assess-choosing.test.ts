import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { HANG_MS, KEY, PtySession } from '../pty/session.js';
import { answersIn, at, HINT, who, workspace } from '../pty/steps.js';

/**
 * Answers recorded as chosen, through a real pseudo-terminal: only a number typed and
 * confirmed with Enter, or a choice reached with the arrow keys, is ever saved. A slow second
 * digit, a number that is not a choice, a choice that cannot be chosen now, Enter with nothing
 * chosen and a stray key record nothing, and the screen says why.
 */

const FIXTURE = join(FIXTURES, 'assess', 'welcome.yaml');

describe('attune assess records only the answer chosen', { timeout: 3 * HANG_MS }, () => {
  it('whatever keys come first, and however slowly', async () => {
    const { dir, framework } = workspace(FIXTURE);
    const file = join(dir, 'a.yaml');
    const saved = async () => (await answersIn(file, await framework)).answers;
    const s = new PtySession(['assess', '--framework', 'welcome-example', '--out', 'a.yaml'], {
      cwd: dir,
    });
    try {
      await who(s, 1);
      await s.waitFor('Welcome: domain 1 of 2, question 1 of 4');
      await s.waitFor(HINT);

      // Enter on a question with nothing chosen: nothing recorded, and it says so.
      s.send(KEY.enter);
      await s.waitFor('Nothing is chosen yet.');
      expect(await saved()).toEqual({});

      // A number that is not a choice: shown as typed, then refused at Enter.
      s.send('1');
      await s.waitFor('You typed 1: Not in place. Press Enter to choose it.');
      s.send('5');
      await s.waitFor('You typed 15, but there is no choice 15.');
      s.send(KEY.enter);
      await s.waitFor(
        'Nothing was chosen: there is no choice 15. The choices are numbered 1 to 12.',
      );
      expect(await saved()).toEqual({});
      // A second Enter does not fall back on anything.
      s.send(KEY.enter);
      await s.waitFor('Nothing is chosen yet.');

      // A choice that cannot be chosen now: going back from the first question.
      s.send('11');
      await s.waitFor('You typed 11, but that cannot be chosen now (this is the first question).');
      s.send(KEY.enter);
      await s.waitFor(
        'Nothing was chosen: choice 11 cannot be chosen now (this is the first question).',
      );
      expect(await saved()).toEqual({});

      // Any other key is not a choice.
      s.send('x');
      await s.waitFor('Only numbers and the arrow keys choose here.');

      // Then the person's own choice, and only it, is saved.
      s.send('3');
      await s.waitFor('You typed 3: Partly in place.');
      s.send(KEY.enter);
      await s.waitFor('Your answer: Partly in place.');
      await s.waitFor('question 2 of 4');
      await s.waitFor(HINT);
      expect(await saved()).toEqual({ 'welcome-first-visit': { value: 2 } });

      // The arrow keys, from nothing highlighted: down twice is the second choice, "Yes".
      s.send(KEY.down);
      await s.waitForScreen(/^❯ 1\. No/m);
      s.send(KEY.down);
      await s.waitForScreen(/^❯ 2\. Yes/m);
      s.send(KEY.enter);
      await s.waitFor('Your answer: Yes.');
      await at(s, 'question 3 of 5', 1);

      // Thirteen answers: 11 is two digits, typed 1.5 seconds apart, and still one number.
      await s.waitFor('Voice: domain 2 of 2, question 4 of 5');
      await s.waitFor(HINT);
      s.send('1');
      await s.waitFor('You typed 1: 0: not at all. Press Enter to choose it.');
      await sleep(1_500);
      expect((await saved())['voice-heard']).toBeUndefined();
      s.send('1');
      await s.waitFor('You typed 11: 10: completely. Press Enter to choose it.');
      s.send(KEY.enter);
      await s.waitFor('Your answer: 10: completely.');

      // Backspace takes a digit back.
      await s.waitFor('question 5 of 5');
      await s.waitFor(HINT);
      s.send('9');
      await s.waitFor('You typed 9: Add a note.');
      s.send(KEY.backspace);
      await s.waitFor(HINT);
      s.send('4');
      await s.waitFor('You typed 4: Mostly in place.');
      s.send(KEY.enter);
      await s.waitFor('Review of your answers');
      await s.waitFor(HINT);
      s.send(KEY.ctrlC);
      expect((await s.exit()).code).toBe(130);
    } finally {
      await s.close();
    }
    expect(await saved()).toEqual({
      'welcome-first-visit': { value: 2 },
      'welcome-premises': { value: 1 },
      'welcome-quiet-room': { value: 0 },
      'voice-heard': { value: 10 },
      'voice-board': { value: 3 },
    });
  });
});
