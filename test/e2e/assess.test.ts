import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, tempDir, transcript } from '../helpers.js';
import { HANG_MS, KEY, PtySession } from '../pty/session.js';
import {
  answersIn,
  at,
  begin,
  expectWithinWidth,
  HINT,
  resumeCommandIn,
  who,
  workspace,
} from '../pty/steps.js';

/**
 * `attune assess` in a real pseudo-terminal, 80 columns wide, without colour: keys typed, the
 * screen read, Ctrl-C, SIGKILL, resume. Every step waits for text on the screen, never for time.
 */

/** The path of the CLI, as the command to carry on names it when run as `node <path>`. */
const NODE_BIN = `node ${BIN}`;

/** A command to carry on may run over the width only where one word is wider than the line. */
const COMMAND_LINE = /^\s+(node \/|--resume )/;

describe.concurrent('attune assess in a terminal', { timeout: 3 * HANG_MS }, () => {
  it('answers by number keys; Ctrl-C saves and exits 130; --resume carries on; a second run on the same file is refused; finishing completes the file', async () => {
    const { dir, framework } = workspace();
    const first = new PtySession(['assess', '--framework', 'small-example'], { cwd: dir });
    try {
      await first.waitFor('There are 5 questions in 2 domains.');
      await first.waitFor('Any question can be skipped.');
      await first.waitFor('Your answers are saved after every one');
      await first.waitFor('To pause, choose “Pause and save” at any question, or press Ctrl-C.');
      await at(first, 'Which group are you answering as?', 1);
      await at(first, 'on your own, or as a group', 1);
      await first.waitFor('Service, team or site:');
      first.send(`Northside${KEY.enter}`);
      await first.waitFor('You have 3 questions to answer, in 2 domains.');
      await first.waitFor('It takes about 5 minutes.');
      await first.waitFor('Ready to start?');
      await first.waitFor(HINT);
      first.send(KEY.enter);
      await at(first, 'Safety: domain 1 of 2, question 1 of 3', 4);
      await at(first, 'Safety: domain 1 of 2, question 2 of 3', 2);
      await first.waitFor('Safety: domain 1 of 2, question 3 of 4');
      await first.waitFor(HINT);
      first.send(KEY.ctrlC);
      expect(await first.exit()).toEqual({ code: 130, signal: null });
    } finally {
      await first.close();
    }
    const stopped =
      /Stopped\. Your answers are saved in\s+(attune-answers-small-example-\d{4}-\d\d-\d\d\.yaml)\.\s+To carry on where you left off:/.exec(
        first.log(),
      );
    expect(stopped, first.terminal.screen()).not.toBeNull();
    const name = stopped?.[1] ?? '';
    // Started as `node <path>`, it says to carry on the same way.
    expect(resumeCommandIn(first.log())).toBe(
      `${NODE_BIN} assess --resume ${name} --framework small-example`,
    );
    const file = join(dir, name);
    expect(await answersIn(file, await framework)).toMatchObject({
      framework: { id: 'small-example', version: '1.0.0' },
      respondent: { role: 'staff' },
      unit: 'Northside',
      status: 'in-progress',
      answers: { 'safety-first-contact': { value: 3 }, 'safety-premises': { value: 1 } },
    });
    expect(existsSync(`${file}.lock`)).toBe(false);
    expectWithinWidth(first, [COMMAND_LINE]);

    // Without --framework: the file names small-example, which ./frameworks has.
    const second = new PtySession(['assess', '--resume', name], { cwd: dir });
    try {
      await second.waitFor('Welcome back to A small example framework.');
      await second.waitFor('So far: 2 of 4 questions answered, 0 skipped.');
      await second.waitFor('Carrying on at question 3 of 4.');
      await second.waitFor('Safety: domain 1 of 2, question 3 of 4');
      await second.waitFor(HINT);

      const third = new PtySession(['assess', '--resume', name], { cwd: dir });
      try {
        await third.waitFor(`attune: ${name} is open in another attune assess (process `);
        expect(await third.exit()).toEqual({ code: 2, signal: null });
      } finally {
        await third.close();
      }

      await second.choose(5);
      await at(second, 'Trustworthiness and transparency: domain 2 of 2, question 4 of 4', 6);
      await second.waitFor('- Safety: 3 answered');
      await second.waitFor('- Trustworthiness and transparency: 1 answered');
      await second.waitFor(HINT);
      await second.choose(1);
      await second.waitFor('Finishing.');
      await second.waitFor('Thank you. Your answers are complete and saved.');
      // The key findings the report opens with are printed too.
      await second.waitFor('Key findings');
      await second.waitFor(/Overall: [\d.]+ out of 100/);
      await second.waitFor(`Answers: ${name}`);
      const report = name.replace(/\.yaml$/, '.report.md');
      await second.waitFor(`Report:  ${report}`);
      expect(await second.exit()).toEqual({ code: 0, signal: null });
      // The report of these answers is written next to them, as this person's own answers.
      const text = readFileSync(join(dir, report), 'utf8');
      expect(text).toMatch(/^# Your answers: A small example framework/);
      expect(text).toContain('not a result for the organisation');
      expect(text).toMatch(/\*\*Overall score: [\d.]+ out of 100\*\*/);
      expect(text).toContain('Who answered: 1 response');
    } finally {
      await second.close();
    }
    expect(await answersIn(file, await framework)).toMatchObject({
      status: 'completed',
      answers: {
        'safety-first-contact': { value: 3 },
        'safety-premises': { value: 1 },
        'safety-quiet-space': { value: 4 },
        'trust-explain-decisions': { value: 'dont-know' },
      },
    });
    expect(existsSync(`${file}.lock`)).toBe(false);
    expectWithinWidth(second);
  });

  it('pauses from the menu with exit 0 and the command to carry on; the question screen fits 80 columns', async ({
    expect,
  }) => {
    const { dir, framework } = workspace();
    const s = new PtySession(['assess', '--framework', 'small-example', '--out', 'team.yaml'], {
      cwd: dir,
    });
    try {
      await at(s, 'Which group are you answering as?', 4);
      await at(s, 'on your own, or as a group', 1);
      await s.waitFor('Service, team or site:');
      s.send(KEY.enter);
      await s.waitFor('You have 4 questions to answer, in 2 domains. A few more may follow');
      await begin(s);
      await s.waitFor('question 1 of 4');
      await s.waitFor(HINT);
      await expect(s.terminal.screen()).toMatchFileSnapshot(
        '__snapshots__/assess/question-screen.txt',
      );
      await s.choose(12);
      await s.waitFor('Pausing.');
      await s.waitFor('Paused. Your answers are saved in team.yaml.');
      expect(await s.exit()).toEqual({ code: 0, signal: null });
      expect(resumeCommandIn(s.log())).toBe(
        `${NODE_BIN} assess --resume team.yaml --framework small-example`,
      );
    } finally {
      await s.close();
    }
    expect(await answersIn(join(dir, 'team.yaml'), await framework)).toMatchObject({
      respondent: {},
      status: 'in-progress',
      answers: {},
    });
    expectWithinWidth(s, [COMMAND_LINE]);
  });

  it("shows the README's sample screen to a member of staff at the first bundled question", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const sample = /after typing 4 at the first\s+question:\n\n```text\n([\s\S]*?)\n```/.exec(
      readme,
    )?.[1];
    expect(sample).toBeDefined();
    const s = new PtySession(['assess', '--out', 'a.yaml'], { cwd: tempDir() });
    try {
      await who(s, 1);
      await s.waitFor('question 1 of');
      await s.waitFor(HINT);
      s.send('4');
      await s.waitFor('You typed 4: ');
      expect(s.terminal.screen().endsWith(`\n${sample ?? ''}`)).toBe(true);
      s.send(KEY.ctrlC);
      expect((await s.exit()).code).toBe(130);
    } finally {
      await s.close();
    }
  });

  it('refuses to carry on with answers to another major version, naming the file (exit 2)', async () => {
    const { dir } = workspace();
    writeFileSync(
      join(dir, 'old.yaml'),
      'attune: 1\nframework: { id: small-example, version: 2.0.0 }\nstatus: in-progress\nanswers: {}\n',
    );
    const s = new PtySession(['assess', '--resume', 'old.yaml'], { cwd: dir });
    try {
      await s.waitFor(
        /attune: old\.yaml:2:\d+: these answers are for version 2\.0\.0 of small-example, but\s+the framework is 1\.0\.0/,
      );
      expect(await s.exit()).toEqual({ code: 2, signal: null });
    } finally {
      await s.close();
    }
    expect(readdirSync(dir).sort()).toEqual(['frameworks', 'old.yaml']);
  });
});

describe.concurrent('attune assess killed with SIGKILL', { timeout: 3 * HANG_MS }, () => {
  // The answers typed, in order, as [heading, key]; and the answers they make.
  const script: [string, number][] = [
    ['question 1 of 3', 2],
    ['question 2 of 3', 2],
    ['question 3 of 4', 3],
    ['question 4 of 4', 4],
  ];
  const given: [string, number][] = [
    ['safety-first-contact', 1],
    ['safety-premises', 1],
    ['safety-quiet-space', 2],
    ['trust-explain-decisions', 3],
  ];

  it.each([0, 1, 2, 3, 4])(
    'after answer %i, leaves a complete file with every answer before the last one',
    async (n) => {
      const { dir, framework } = workspace();
      const file = join(dir, 'a.yaml');
      const s = new PtySession(['assess', '--framework', 'small-example', '--out', 'a.yaml'], {
        cwd: dir,
      });
      try {
        await who(s, 1);
        for (const [heading, key] of script.slice(0, n)) await at(s, heading, key);
        // Killed the moment the last key is sent: perhaps before its save, during it, or after.
        await s.kill('SIGKILL');
        expect((await s.exit()).signal).toBe(9);
      } finally {
        await s.close();
      }
      const before = Object.fromEntries(
        given.slice(0, Math.max(0, n - 1)).map(([id, value]) => [id, { value }]),
      );
      if (n === 0 && !existsSync(file)) return; // killed before the first save: nothing to lose
      const doc = await answersIn(file, await framework);
      expect(doc.answers).toMatchObject(before);
      const extra = Object.keys(doc.answers).filter((id) => !(id in before));
      expect(extra.length).toBeLessThanOrEqual(1);
      if (extra[0] !== undefined) expect(extra[0]).toBe(given[n - 1]?.[0]);
    },
  );

  it('on SIGTERM, stops with every answer saved, the lock released and the resume command', async () => {
    const { dir, framework } = workspace();
    const s = new PtySession(['assess', '--framework', 'small-example', '--out', 'c.yaml'], {
      cwd: dir,
    });
    try {
      await who(s, 1);
      await at(s, 'question 1 of 3', 2);
      await at(s, 'question 2 of 3', 2);
      await s.waitFor('question 3 of 4');
      await s.waitFor(HINT);
      await s.kill('SIGTERM');
      await s.waitFor('--resume c.yaml');
      expect((await s.exit()).code).toBe(130);
    } finally {
      await s.close();
    }
    expect(existsSync(join(dir, 'c.yaml.lock'))).toBe(false);
    const doc = await answersIn(join(dir, 'c.yaml'), await framework);
    expect(doc.answers).toEqual({
      'safety-first-contact': { value: 1 },
      'safety-premises': { value: 1 },
    });
  });

  it('leaves a stale lock that the next run takes over', async () => {
    const { dir } = workspace();
    const killed = new PtySession(['assess', '--framework', 'small-example', '--out', 'b.yaml'], {
      cwd: dir,
    });
    const pid = await killed.pid;
    try {
      await who(killed, 1);
      await at(killed, 'question 1 of 3', 1);
      await killed.waitFor('question 2 of 3');
      await killed.kill('SIGKILL');
      await killed.exit();
    } finally {
      await killed.close();
    }
    expect(existsSync(join(dir, 'b.yaml.lock'))).toBe(true);
    const s = new PtySession(['assess', '--resume', 'b.yaml'], { cwd: dir });
    try {
      await s.waitFor(`an earlier attune assess (process ${pid}) left this file locked`);
      await s.waitFor('Carrying on at question 2 of 3.');
      await s.waitFor(HINT);
      s.send(KEY.ctrlC);
      expect((await s.exit()).code).toBe(130);
    } finally {
      await s.close();
    }
    expect(existsSync(join(dir, 'b.yaml.lock'))).toBe(false);
  });

  it('asks before taking over a lock from another computer, and stops there by default', async () => {
    const { dir } = workspace();
    writeFileSync(
      join(dir, 'c.yaml'),
      'attune: 1\nframework: { id: small-example, version: 1.0.0 }\nstatus: in-progress\nanswers: {}\n',
    );
    const owner = { pid: 4242, host: 'elsewhere', since: '2026-11-22T10:00:00.000Z', token: 't' };
    writeFileSync(join(dir, 'c.yaml.lock'), JSON.stringify(owner));
    const stay = new PtySession(['assess', '--resume', 'c.yaml'], { cwd: dir });
    try {
      await stay.waitFor(
        /on\s+another\s+computer,\s+elsewhere,\s+since\s+2026-11-22\s+10:00\s+UTC/,
      );
      await stay.waitFor(HINT);
      stay.send(KEY.enter);
      await stay.waitFor('Stopping here.');
      expect((await stay.exit()).code).toBe(0);
    } finally {
      await stay.close();
    }
    expect(JSON.parse(readFileSync(join(dir, 'c.yaml.lock'), 'utf8'))).toEqual(owner);
    expect(stay.terminal.text()).not.toContain('delete');
    const take = new PtySession(['assess', '--resume', 'c.yaml'], { cwd: dir });
    try {
      await at(take, /cannot\s+tell\s+from\s+here\s+whether\s+it\s+is\s+still\s+running/, 2);
      await take.waitFor('Taking the file over.');
      await take.waitFor('Ready to start?');
      await take.waitFor(HINT);
      take.send(KEY.ctrlC);
      expect((await take.exit()).code).toBe(130);
    } finally {
      await take.close();
    }
    expect(existsSync(join(dir, 'c.yaml.lock'))).toBe(false);
  });
});

describe('attune assess without a terminal', () => {
  it('says it needs one, points at report and form, and exits 2 at once', async () => {
    const args = ['assess'];
    const r = await runCli(args, { cwd: tempDir(), timeoutMs: 60_000 });
    expect(r.code).toBe(2);
    await expect(transcript(args, r)).toMatchFileSnapshot('__snapshots__/assess/no-terminal.txt');
  });
});
