import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import { loadAnswers } from '../../src/io/answers-file.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, tempDir } from '../helpers.js';
import { KEY, type PtySession } from './session.js';

/** What a person does at the walk-through's screens, for the end-to-end tests of `assess`. */

export const HINT = 'Type a number or use the arrow keys, then press Enter.';

/** A working folder whose ./frameworks holds a fixture framework, so that its id resolves. */
export function workspace(fixture = join(FIXTURES, 'frameworks', 'small.yaml')): {
  dir: string;
  framework: Promise<Framework>;
} {
  const dir = tempDir('attune-assess-');
  mkdirSync(join(dir, 'frameworks'));
  copyFileSync(fixture, join(dir, 'frameworks', basename(fixture)));
  return {
    dir,
    framework: new FrameworkLoader(dir)
      .load(join(dir, 'frameworks', basename(fixture)))
      .then((l) => {
        if (!l.framework) throw new Error(`${fixture} does not load`);
        return l.framework;
      }),
  };
}

/** Waits for a screen's text and its prompt, then chooses by number and Enter. */
export async function at(s: PtySession, text: string | RegExp, choice: number): Promise<void> {
  await s.waitFor(text);
  await s.waitFor(HINT);
  await s.choose(choice);
}

/** Says who is answering (role and unit as given, on their own), and starts the questions. */
export async function who(s: PtySession, role: number, unit = ''): Promise<void> {
  await at(s, 'Which group are you answering as?', role);
  await at(s, 'on your own, or as a group', 1);
  await s.waitFor('Service, team or site:');
  s.send(`${unit}${KEY.enter}`);
  await begin(s);
}

/** At "Ready to start?", Enter alone starts: the one choice there that is current. */
export async function begin(s: PtySession): Promise<void> {
  await s.waitFor('Ready to start?');
  await s.waitFor(HINT);
  s.send(KEY.enter);
}

export async function answersIn(file: string, framework: Framework): Promise<AnswersDoc> {
  const loaded = await loadAnswers(file, file, framework);
  expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
  if (!loaded.doc) throw new Error(`${file} did not load`);
  return loaded.doc;
}

/**
 * The command printed to carry on, as one line: it may run over several, each but the last
 * ending in a backslash, as a shell reads it.
 */
export function resumeCommandIn(log: string): string | undefined {
  const text = log.replace(/\r\n/g, '\n');
  const at = text.lastIndexOf('To carry on where you left off:\n');
  if (at < 0) return undefined;
  const lines = text.slice(at).split('\n').slice(1);
  const command: string[] = [];
  for (const line of lines) {
    command.push(line.trim().replace(/ \\$/, ''));
    if (!line.endsWith(' \\')) break;
  }
  return command.join(' ');
}

/**
 * Nothing drawn was wider than the reading width (80 columns, or the terminal where that is
 * narrower), so no word was broken by the terminal's own wrapping. Only a word wider than a line
 * may run over, such as the path in a command to carry on.
 */
export function expectWithinWidth(s: PtySession, allowed: RegExp[] = []): void {
  const over = [...s.terminal.tooWide, ...s.terminal.overflows].filter(
    (line) => !allowed.some((a) => a.test(line)),
  );
  expect(over, `lines wider than ${s.terminal.limit} columns`).toEqual([]);
}
