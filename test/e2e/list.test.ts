import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir, transcript } from '../helpers.js';

/** attune list, run in three places: the project (bundled only), a consultant's folder, a messy one. */
const CONSULTANT = join(FIXTURES, 'workspaces', 'consultant');
const MESSY = join(FIXTURES, 'workspaces', 'messy');

const cases: [string, string[], string?][] = [
  ['bundled', ['list']],
  ['bundled-json', ['list', '--json']],
  ['local', ['list'], CONSULTANT],
  ['local-json', ['list', '--json'], CONSULTANT],
  ['messy', ['list'], MESSY],
  ['messy-json', ['list', '--json'], MESSY],
  ['bad-option', ['list', '--format', 'json']],
];

interface Listed {
  id: string;
  version: string | null;
  title: string | null;
  questions: number | null;
  domains: number | null;
  source: string;
  path: string | null;
  valid: boolean;
  errors: number;
  hiddenBy: string | null;
}

const listed = async (cwd?: string) => {
  const r = await runCli(['list', '--json'], cwd === undefined ? {} : { cwd });
  return (JSON.parse(r.stdout) as { frameworks: Listed[] }).frameworks;
};

describe('attune list (end to end)', () => {
  it.each(cases)('%s', async (name, args, cwd) => {
    const result = await runCli(args, cwd === undefined ? {} : { cwd });
    await expect(transcript(args, result)).toMatchFileSnapshot(`__snapshots__/list/${name}.txt`);
  });

  it('lists the three bundled frameworks with their counts, wherever it runs', async () => {
    const here = await listed(tempDir());
    expect(here.map((f) => [f.id, f.source, f.path, f.valid])).toEqual([
      ['meaningful-relationships', 'bundled', null, true],
      ['relationship-based-practice', 'bundled', null, true],
      ['trauma-informed-organisation', 'bundled', null, true],
    ]);
    expect(here.find((f) => f.id === 'trauma-informed-organisation')).toMatchObject({
      version: '2.0.0',
      title: 'Trauma-informed work self-check',
      questions: 66,
      domains: 5,
    });
  });

  it('adds the frameworks in ./frameworks, resolved through their extends', async () => {
    const list = await listed(CONSULTANT);
    const rbp = list.find((f) => f.id === 'relationship-based-practice');
    const leaders = list.find((f) => f.id === 'riverside-leaders');
    expect(leaders).toMatchObject({
      source: 'local',
      path: 'frameworks/riverside-leaders.yaml',
      valid: true,
      questions: rbp?.questions,
    });
    expect((await runCli(['list'], { cwd: CONSULTANT })).code).toBe(0);
  });

  it('marks what is not valid (exit 1) and what another framework hides', async () => {
    const r = await runCli(['list'], { cwd: MESSY });
    expect(r.code).toBe(1);
    const list = await listed(MESSY);
    expect(list.find((f) => f.id === 'broken')).toMatchObject({
      valid: false,
      errors: 1,
      questions: null,
    });
    expect(list.find((f) => f.path === 'frameworks/shadow.yaml')).toMatchObject({
      id: 'trauma-informed-organisation',
      valid: true,
      hiddenBy: 'bundled',
    });
    // Not a framework: no id, so not listed.
    expect(list.some((f) => f.path === 'frameworks/notes.yaml')).toBe(false);
  });
});
