import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unfinishedAnswersFiles } from '../../src/io/new-answers-file.js';
import { tempDir } from '../helpers.js';

const answers = (id: string, status: string, updated: string) =>
  `attune: 1\nframework: { id: ${id}, version: 1.0.0 }\nstatus: ${status}\nupdated: "${updated}"\nanswers: {}\n`;

describe('unfinished answers beside a new assessment', () => {
  it('finds in-progress files of the framework under the default name, latest first', async () => {
    const dir = tempDir();
    const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
    write('attune-answers-x-2026-11-20.yaml', answers('x', 'in-progress', '2026-11-20T10:00:00Z'));
    write('attune-answers-x-2026-11-22.yaml', answers('x', 'in-progress', '2026-11-22T09:00:00Z'));
    write('attune-answers-x-2026-11-21.yaml', answers('x', 'completed', '2026-11-21T10:00:00Z'));
    // Another framework, whatever the file is called; and a name assess does not give.
    write('attune-answers-x-2026-11-23.yaml', answers('y', 'in-progress', '2026-11-23T10:00:00Z'));
    write('mine.yaml', answers('x', 'in-progress', '2026-11-24T10:00:00Z'));
    write('attune-answers-x-broken.yaml', 'attune: [');
    const found = await unfinishedAnswersFiles(dir, 'x');
    expect(found.map((f) => f.name)).toEqual([
      'attune-answers-x-2026-11-22.yaml',
      'attune-answers-x-2026-11-20.yaml',
    ]);
  });

  it('reads only regular files: never a link, a folder or a pipe', async () => {
    const dir = tempDir();
    const elsewhere = join(tempDir(), 'a.yaml');
    writeFileSync(elsewhere, answers('x', 'in-progress', '2026-11-22T09:00:00Z'));
    symlinkSync(elsewhere, join(dir, 'attune-answers-x-2026-11-22.yaml'));
    mkdirSync(join(dir, 'attune-answers-x-2026-11-23.yaml'));
    spawnSync('mkfifo', [join(dir, 'attune-answers-x-2026-11-24.yaml')]);
    expect(await unfinishedAnswersFiles(dir, 'x')).toEqual([]);
  });

  it('offers at most nine', async () => {
    const dir = tempDir();
    for (let day = 10; day < 22; day++)
      writeFileSync(
        join(dir, `attune-answers-x-2026-11-${day}.yaml`),
        answers('x', 'in-progress', `2026-11-${day}T10:00:00Z`),
      );
    const found = await unfinishedAnswersFiles(dir, 'x');
    expect(found).toHaveLength(9);
    expect(found[0]?.name).toBe('attune-answers-x-2026-11-21.yaml');
  });

  it('finds nothing in a folder that cannot be read', async () => {
    expect(await unfinishedAnswersFiles(join(tempDir(), 'gone'), 'x')).toEqual([]);
  });
});
