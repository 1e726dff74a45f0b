import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The first two fenced shell blocks of the README: the main job, and the test suite. */
const commands = [...readme.matchAll(/```sh\n([^\n]+)\n```/g)].slice(0, 2).map((m) => m[1] ?? '');

describe("the README's first two commands", () => {
  it('are the main job on the bundled framework, and the test suite', () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^npm ci && npx attune /);
    expect(commands[1]).toBe('npm ci && npm test');
  });

  it('the test command is exactly what CI runs', () => {
    // CI (.ci/run) runs the whole suite with this command; running it again from inside the
    // suite would recurse, so this test holds the two to the same words instead.
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toContain(`\n${commands[1] ?? ''}\n`);
  });

  it('the main job works on a fresh copy of the project', { timeout: 900_000 }, () => {
    const dir = tempDir('attune-readme-');
    cpSync(ROOT, dir, {
      recursive: true,
      filter: (src) =>
        !/[/\\](node_modules|dist|\.git|coverage|\.scratch|bench[/\\]\.work|\.ci[/\\]node)([/\\]|$)/.test(
          src.slice(ROOT.length),
        ),
    });
    execFileSync('bash', ['-c', commands[0] ?? 'false'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', CI: 'true', npm_config_loglevel: 'error' },
      encoding: 'utf8',
      timeout: 840_000,
    });
    // The main job writes the example report: three cycles, the team's plan, by unit.
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    for (const heading of [
      'Key findings',
      'Compared with the earlier assessment',
      'Across the cycles',
      "Targets and last cycle's actions",
      'By service or site',
      'Action plan',
      'Method',
    ])
      expect(html).toContain(heading);
    // The README's second command runs next on the same copy: what the first wrote must not
    // fail its lint step (the whole suite cannot run from inside itself; its lint can).
    execFileSync('npx', ['prettier', '--check', 'report.html', '.'], {
      cwd: dir,
      env: { ...process.env, npm_config_loglevel: 'error' },
      encoding: 'utf8',
      timeout: 60_000,
    });
  });
});
