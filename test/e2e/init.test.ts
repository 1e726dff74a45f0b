import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli, tempDir, transcript } from '../helpers.js';

/** attune init, run in a fresh folder each time; transcripts under __snapshots__/init/. */
async function inFolder(args: string[], setup?: (dir: string) => void) {
  const dir = tempDir();
  setup?.(dir);
  const result = await runCli(args, { cwd: dir });
  return { dir, result };
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('attune init (end to end)', () => {
  it('writes a framework and its JSON Schema; validate --strict finds nothing', async () => {
    const args = ['init'];
    const { dir, result } = await inFolder(args);
    await expect(transcript(args, result)).toMatchFileSnapshot('__snapshots__/init/init.txt');
    await expect(read(dir, 'framework.yaml')).toMatchFileSnapshot(
      '__snapshots__/init/framework.yaml',
    );
    expect(read(dir, 'framework.yaml').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./framework.schema.json',
    );
    // The same schema as attune schema prints.
    const schema = await runCli(['schema', 'framework']);
    expect(read(dir, 'framework.schema.json')).toBe(schema.stdout);
    const check = await runCli(['validate', '--strict', 'framework.yaml'], { cwd: dir });
    expect([check.code, check.stdout]).toEqual([0, '1 file checked: no problems\n']);
  });

  it('--extends a bundled id: validate --strict finds nothing, and show lists it all', async () => {
    const args = ['init', 'northside.yaml', '--extends', 'trauma-informed-organisation'];
    const { dir, result } = await inFolder(args);
    await expect(transcript(args, result)).toMatchFileSnapshot(
      '__snapshots__/init/extends-bundled.txt',
    );
    await expect(read(dir, 'northside.yaml')).toMatchFileSnapshot(
      '__snapshots__/init/northside.yaml',
    );
    const check = await runCli(['validate', '--strict', 'northside.yaml'], { cwd: dir });
    expect([check.code, check.stdout]).toEqual([0, '1 file checked: no problems\n']);
    const shown = await runCli(['show', '--format', 'json', 'northside.yaml'], { cwd: dir });
    const doc = JSON.parse(shown.stdout) as { id: string; domains: { questions: unknown[] }[] };
    expect(doc.id).toBe('northside');
    expect(doc.domains.flatMap((d) => d.questions)).toHaveLength(66);
  });

  it.each([
    ['a bundled id', 'relationship-based-practice', 'relationship-based-practice'],
    // A path typed from the working directory is written relative to the new file.
    ['a path', 'frameworks/small.yaml', '"../frameworks/small.yaml"'],
    ['a local id', 'small-example', 'small-example'],
  ])('--extends %s, into a subfolder: validate --strict finds nothing', async (_, ref, written) => {
    const { dir, result } = await inFolder(
      ['init', 'client/tailored.yaml', '--extends', ref],
      (d) => {
        mkdirSync(join(d, 'client'));
        mkdirSync(join(d, 'frameworks'));
        const small = readFileSync(join(FIXTURES, 'frameworks', 'small.yaml'), 'utf8');
        writeFileSync(join(d, 'frameworks', 'small.yaml'), small);
      },
    );
    expect(result.code).toBe(0);
    expect(read(dir, 'client/tailored.yaml')).toContain(`\nextends: ${written}\n`);
    expect(read(dir, 'client/framework.schema.json')).toContain('"title": "attune framework"');
    const check = await runCli(['validate', '--strict', 'client/tailored.yaml'], { cwd: dir });
    expect([check.code, check.stdout]).toEqual([0, '1 file checked: no problems\n']);
  });

  it('refuses to overwrite without --force (exit 2, one line), and overwrites with it', async () => {
    const args = ['init', 'mine.yaml'];
    const { dir } = await inFolder(['init', 'x.yaml']);
    writeFileSync(join(dir, 'mine.yaml'), 'my own work\n');
    const refused = await runCli(args, { cwd: dir });
    await expect(transcript(args, refused)).toMatchFileSnapshot('__snapshots__/init/exists.txt');
    expect(refused.code).toBe(2);
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(read(dir, 'mine.yaml')).toBe('my own work\n');

    const forced = await runCli([...args, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(read(dir, 'mine.yaml')).toContain('id: mine\n');
  });

  it.each([
    ['extends-unknown', ['init', '--extends', 'no-such-framework']],
    [
      'extends-invalid',
      ['init', '--extends', join(ROOT, 'test/fixtures/frameworks/invalid-duplicate-id.yaml')],
    ],
    ['no-folder', ['init', 'no-such-folder/framework.yaml']],
    ['extra-argument', ['init', 'a.yaml', 'b.yaml']],
  ])('%s: refused, and nothing written', async (name, args) => {
    const { dir, result } = await inFolder(args);
    const shown = transcript(args, result).split(ROOT).join('<root>');
    await expect(shown).toMatchFileSnapshot(`__snapshots__/init/${name}.txt`);
    expect(result.code).not.toBe(0);
    expect(() => read(dir, 'framework.yaml')).toThrow();
  });
});
