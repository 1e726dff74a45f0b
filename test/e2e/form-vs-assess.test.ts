import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { hasBrowser } from '../browser.js';
import { answersThroughForm } from '../form-driver.js';
import { FIXTURES, runCli, tempDir } from '../helpers.js';
import { KEY, PtySession } from '../pty/session.js';

/**
 * The same answers, given through `attune assess` in a terminal and through the offline form in
 * a browser, make the same report: two ways in, one set of numbers.
 */
const HINT = 'Type a number or use the arrow keys, then press Enter.';

it.skipIf(!hasBrowser)(
  'the offline form and assess give the same report for the same answers',
  { timeout: 300_000 },
  async () => {
    const dir = tempDir('attune-two-ways-');
    mkdirSync(join(dir, 'frameworks'));
    copyFileSync(join(FIXTURES, 'frameworks/small.yaml'), join(dir, 'frameworks/small.yaml'));

    // Through assess: staff, one person, unit North; 3, yes, 2 and don't know.
    const s = new PtySession(['assess', '--framework', 'small-example', '--out', 'assess.yaml'], {
      cwd: dir,
    });
    const at = async (heading: string, choice: number) => {
      await s.waitFor(heading);
      await s.waitFor(HINT);
      await s.choose(choice);
    };
    try {
      await at('Which group are you answering as?', 1);
      await at('on your own, or as a group', 1);
      await s.waitFor('Which service, team or site');
      s.send(`North${KEY.enter}`);
      await s.waitFor('Ready to start?');
      await s.waitFor(HINT);
      s.send(KEY.enter);
      await at('Safety: domain 1 of 2, question 1 of 3', 4);
      await at('Safety: domain 1 of 2, question 2 of 3', 2);
      await at('Safety: domain 1 of 2, question 3 of 4', 3);
      await at('question 4 of 4', 6);
      await s.waitFor('- Safety: 3 answered');
      await s.waitFor(HINT);
      await s.choose(1);
      await s.waitFor('Report:');
      expect((await s.exit()).code).toBe(0);
    } finally {
      await s.close();
    }

    // Through the form, in chromium, with the keyboard.
    const saved = await answersThroughForm(
      dir,
      {
        role: 'staff',
        unit: 'North',
        answers: {
          'safety-first-contact': 3,
          'safety-premises': 1,
          'safety-quiet-space': 2,
          'trust-explain-decisions': 'dont-know',
        },
      },
      ['--framework', join(dir, 'frameworks/small.yaml')],
    );
    writeFileSync(join(dir, 'form.json'), saved);

    const report = async (file: string) => {
      // One person's answers: the threshold lowered, knowingly, to compare their scores.
      const r = await runCli(['report', file, '--format', 'json', '--min-group-size', '1'], {
        cwd: dir,
      });
      expect(r.code, r.stderr).toBe(0);
      // Not the dates, and not the answers file's digest: the two files are written differently.
      const {
        generated: _g,
        answered: _a,
        provenance,
        ...rest
      } = JSON.parse(r.stdout) as { provenance: { answers: { files: number } } } & Record<
        string,
        unknown
      >;
      return { ...rest, files: provenance.answers.files };
    };
    const fromForm = await report('form.json');
    expect(fromForm).toEqual(await report('assess.yaml'));
    expect(fromForm).toMatchObject({ overall: { score: expect.any(Number) as number } });
  },
);
