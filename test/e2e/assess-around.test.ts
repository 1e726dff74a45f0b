import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, tempDir } from '../helpers.js';
import { HANG_MS, KEY, PtySession } from '../pty/session.js';
import { answersIn, at, begin, HINT, resumeCommandIn, who, workspace } from '../pty/steps.js';

/**
 * What `assess` does around the questions, in a real pseudo-terminal: the introduction, the
 * time it takes and where to get support before them; the closing after them; unfinished
 * answers offered when starting afresh; and the command to carry on, typed the way attune was
 * started, which works when typed.
 */

const FIXTURE = join(FIXTURES, 'assess', 'welcome.yaml');
const SUPPORT =
  'If a question brings something up: Talk to the duty worker on 0100 000 000, or call Samaritans free on 116 123, day or night.';

/** Runs of spaces and line breaks as one space, for texts wrapped at spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.concurrent('attune assess around the questions', { timeout: 3 * HANG_MS }, () => {
  it("introduces the role, times it, starts on Enter, asks in the role's words, and closes", async () => {
    const { dir, framework } = workspace(FIXTURE);
    const s = new PtySession(['assess', '--framework', 'welcome-example', '--out', 'p.yaml'], {
      cwd: dir,
    });
    try {
      await at(s, 'Which group are you answering as?', 2);
      await at(s, 'on your own, or as a group', 1);
      await s.waitFor('Service, team or site:');
      s.send(KEY.enter);
      await s.waitFor('You have 3 questions to answer, in 2 domains.');
      await s.waitFor(/It takes about 5\s+minutes\./);
      await s.waitFor(/Thank you for helping\. Nobody at the service will know/);
      await s.waitFor('If a question brings something up:');
      await begin(s);
      await s.waitFor('Starting.');
      await s.waitFor('Before your first visit, you were told what would happen.');
      await s.waitFor(HINT);
      await s.choose(4);
      await at(s, 'The service has premises that people visit.', 1);
      await at(s, 'How far people', 9);
      await s.waitFor('Review of your answers');
      await s.waitFor(HINT);
      await s.choose(1);
      await s.waitFor('Your answers are complete and saved.');
      await s.waitFor(/Thank you for telling us\./);
      await s.waitFor('Report:');
      expect(await s.exit()).toEqual({ code: 0, signal: null });
    } finally {
      await s.close();
    }
    const screens = flat(s.terminal.text());
    expect(screens).toContain(
      flat(
        'Thank you for helping. Nobody at the service will know which answers are yours, and taking part or not changes nothing about your support. You can skip any question, and stop at any time.',
      ),
    );
    expect(screens).toContain(
      flat(
        "Your answers are complete and saved. Thank you for telling us. Your answers are read together with everyone else's, never on their own.",
      ),
    );
    expect(screens.split(flat(SUPPORT))).toHaveLength(3);
    expect(screens).not.toContain('People are told what will happen');
    expect(await answersIn(join(dir, 'p.yaml'), await framework)).toMatchObject({
      respondent: { role: 'people' },
      status: 'completed',
      answers: {
        'welcome-first-visit': { value: 3 },
        'welcome-premises': { value: 0 },
        'voice-heard': { value: 8 },
      },
    });
  });

  it('stops before the first question, saved, when the person chooses not now', async () => {
    const { dir, framework } = workspace(FIXTURE);
    const s = new PtySession(['assess', '--framework', 'welcome-example', '--out', 'n.yaml'], {
      cwd: dir,
    });
    try {
      await at(s, 'Which group are you answering as?', 1);
      await at(s, 'on your own, or as a group', 1);
      await s.waitFor('Service, team or site:');
      s.send(KEY.enter);
      await at(s, 'Ready to start?', 2);
      await s.waitFor('Stopping here.');
      await s.waitFor('Paused. Your answers are saved in n.yaml.');
      expect(await s.exit()).toEqual({ code: 0, signal: null });
    } finally {
      await s.close();
    }
    expect(flat(s.log())).toContain(flat(SUPPORT));
    expect(await answersIn(join(dir, 'n.yaml'), await framework)).toMatchObject({
      respondent: { role: 'staff' },
      status: 'in-progress',
      answers: {},
    });
  });

  it('offers unfinished answers when starting afresh, and carries on with the one chosen', async () => {
    const { dir, framework } = workspace(FIXTURE);
    const name = 'attune-answers-welcome-example-2026-11-20.yaml';
    writeFileSync(
      join(dir, name),
      'attune: 1\nframework: { id: welcome-example, version: 1.0.0 }\nrespondent: { role: staff }\nstatus: in-progress\nupdated: "2026-11-20T10:00:00Z"\nanswers:\n  welcome-first-visit: { value: 1 }\n',
    );
    const s = new PtySession(['assess', '--framework', 'welcome-example'], { cwd: dir });
    try {
      await s.waitFor('There are unfinished answers to this framework here.');
      await s.waitFor(`Carry on with ${name}`);
      await s.waitFor(HINT);
      s.send('1');
      await s.waitFor(/1 question answered so far; last saved 2[01] Nov 2026/);
      s.send(KEY.enter);
      await s.waitFor('Welcome back to A welcoming example.');
      await s.waitFor('Carrying on at question 2 of 4.');
      await s.waitFor(HINT);
      await s.choose(2);
      await s.waitFor('question 3 of 5');
      await s.waitFor(HINT);
      s.send(KEY.ctrlC);
      expect((await s.exit()).code).toBe(130);
    } finally {
      await s.close();
    }
    expect(resumeCommandIn(s.log())).toBe(
      `node ${BIN} assess --resume ${name} --framework welcome-example`,
    );
    expect((await answersIn(join(dir, name), await framework)).answers).toEqual({
      'welcome-first-visit': { value: 1 },
      'welcome-premises': { value: 1 },
    });

    // Starting a new one instead leaves the unfinished file as it is.
    const again = new PtySession(['assess', '--framework', 'welcome-example'], { cwd: dir });
    try {
      await at(again, 'There are unfinished answers to this framework here.', 2);
      await again.waitFor('Starting a new assessment.');
      await again.waitFor('Which group are you answering as?');
      await again.waitFor(HINT);
      again.send(KEY.ctrlC);
      expect((await again.exit()).code).toBe(130);
    } finally {
      await again.close();
    }
    expect(readFileSync(join(dir, name), 'utf8')).toContain('welcome-premises');
  });

  it('prints the command to carry on as attune was started from the PATH, which works as typed', async () => {
    const { dir, framework } = workspace(FIXTURE);
    const bin = tempDir('attune-bin-');
    symlinkSync(BIN, join(bin, 'attune'));
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}` };
    const args = ['assess', '--framework', 'welcome-example', '--out', 'my answers.yaml'];
    const first = new PtySession([...args, '--lang', 'en-GB', '--format', 'html'], {
      cwd: dir,
      env,
      command: ['attune'],
    });
    try {
      await who(first, 1);
      await at(first, 'question 1 of 4', 12);
      await first.waitFor('Paused.');
      expect((await first.exit()).code).toBe(0);
    } finally {
      await first.close();
    }
    const command = resumeCommandIn(first.log());
    expect(command).toBe(
      "attune assess --resume 'my answers.yaml' --framework welcome-example --lang en-GB --format html",
    );
    // Typed into a shell as printed, it carries on, and keeps the format of the report.
    const second = new PtySession([], { cwd: dir, env, command: ['sh', '-c', command ?? ''] });
    try {
      await second.waitFor('Welcome back to A welcoming example.');
      // Paused before answering anything: the introduction comes again.
      await second.waitFor('You have 4 questions to answer');
      await begin(second);
      await at(second, 'question 1 of 4', 1);
      await at(second, 'question 2 of 4', 1);
      await at(second, 'question 3 of 4', 1);
      await at(second, 'question 4 of 4', 1);
      await at(second, 'Review of your answers', 1);
      await second.waitFor(/Report:\s+my answers\.report\.html/);
      expect((await second.exit()).code).toBe(0);
    } finally {
      await second.close();
    }
    expect(existsSync(join(dir, 'my answers.report.html'))).toBe(true);
    expect((await answersIn(join(dir, 'my answers.yaml'), await framework)).status).toBe(
      'completed',
    );
  });

  it('prints npx attune where npx started it, and node with the script where node did', async () => {
    const { dir } = workspace(FIXTURE);
    const viaNpx = new PtySession(['assess', '--framework', 'welcome-example', '--out', 'x.yaml'], {
      cwd: dir,
      env: { npm_command: 'exec' },
    });
    try {
      await who(viaNpx, 1);
      await at(viaNpx, 'question 1 of 4', 12);
      expect((await viaNpx.exit()).code).toBe(0);
    } finally {
      await viaNpx.close();
    }
    expect(resumeCommandIn(viaNpx.log())).toBe(
      'npx attune assess --resume x.yaml --framework welcome-example',
    );

    // From the project's folder, as `node bin/attune.js`: typed again there, it carries on.
    const out = join(tempDir(), 'y.yaml');
    const viaNode = new PtySession(['assess', '--framework', FIXTURE, '--out', out], {
      cwd: ROOT,
      command: [process.execPath, 'bin/attune.js'],
    });
    try {
      await who(viaNode, 1);
      await at(viaNode, 'question 1 of 4', 1);
      await viaNode.waitFor('question 2 of 4');
      await viaNode.waitFor(HINT);
      viaNode.send(KEY.ctrlC);
      expect((await viaNode.exit()).code).toBe(130);
    } finally {
      await viaNode.close();
    }
    const command = resumeCommandIn(viaNode.log());
    expect(command).toBe(`node bin/attune.js assess --resume ${out} --framework ${FIXTURE}`);
    const again = new PtySession([], { cwd: ROOT, command: ['sh', '-c', command ?? ''] });
    try {
      await again.waitFor('Carrying on at question 2 of 4.');
      await again.waitFor(HINT);
      again.send(KEY.ctrlC);
      expect((await again.exit()).code).toBe(130);
    } finally {
      await again.close();
    }
  });
});
