import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnswers } from '../../src/io/answers-file.js';
import { FIXTURES, ROOT, runCli, tempDir } from '../helpers.js';

/**
 * Writing where it cannot be done: a full disk and a read-only file system, made for real with
 * a tiny tmpfs (which needs root, as in CI; elsewhere these tests skip). Each ends with one line
 * saying why, exit code 2, the earlier file intact and no temporary file left behind; `import`
 * leaves no half set of answers files.
 */
const dir = tempDir();
const mnt = join(dir, 'mnt');
mkdirSync(mnt);
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt], { stdio: 'ignore' });
  mounted = true;
} catch {
  mounted = false;
}
afterAll(() => {
  if (mounted) execFileSync('umount', [mnt]);
});

const team = [
  join(FIXTURES, 'answers/team'),
  '--framework',
  join(FIXTURES, 'frameworks/small.yaml'),
];
const EARLIER = 'The report from last time.\n';

describe.skipIf(!mounted)('faults when writing', () => {
  beforeAll(() => {
    writeFileSync(join(mnt, 'report.html'), EARLIER);
  });

  it('a full disk: a clear message, the earlier report intact, nothing left behind', async () => {
    // Fill the disk, leaving less room than the report needs.
    let filler = 0;
    try {
      for (;;) writeFileSync(join(mnt, `filler-${filler++}`), Buffer.alloc(4096, 1));
    } catch {
      // full
    }
    const r = await runCli([
      'report',
      ...team,
      '--format',
      'html',
      '--out',
      join(mnt, 'report.html'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `attune: ${join(mnt, 'report.html')}: cannot be written (the disk is full)\n`,
    );
    expect(readFileSync(join(mnt, 'report.html'), 'utf8')).toBe(EARLIER);
    expect(readdirSync(mnt).filter((f) => !f.startsWith('filler-'))).toEqual(['report.html']);
    for (let i = 0; i < filler; i++) execFileSync('rm', ['-f', join(mnt, `filler-${i}`)]);
  });

  // A CSV of ten rows: on the nearly full disk, a few answers files fit, then no more.
  const rows = (n: number) =>
    [
      'role,unit,safety-first-contact,trust-explain-decisions',
      ...Array.from({ length: n }, (_, i) => `staff,Unit ${i % 7},${i % 5},${(i + 2) % 5}`),
    ].join('\n') + '\n';
  // Fills the disk, then frees room for `room` pages (4 KB): a few files fit, then no more.
  const fill = (room = 3) => {
    let n = 0;
    try {
      for (;;) writeFileSync(join(mnt, `filler-${n++}`), Buffer.alloc(4096, 1));
    } catch {
      // full
    }
    for (let i = 1; i <= room && n - i >= 0; i++)
      execFileSync('rm', ['-f', join(mnt, `filler-${n - i}`)]);
    return () => {
      for (let i = 0; i < n; i++) execFileSync('rm', ['-f', join(mnt, `filler-${i}`)]);
    };
  };

  it('import into a new folder on a full disk: no folder, no half set of files', async () => {
    const csv = join(dir, 'rows.csv');
    writeFileSync(csv, rows(10));
    const before = readdirSync(mnt).sort();
    const empty = fill();
    try {
      const out = join(mnt, 'imported');
      const r = await runCli([
        'import',
        csv,
        '--framework',
        join(FIXTURES, 'frameworks/small.yaml'),
        '--out',
        out,
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
        `attune: ${out}: cannot be written (the disk is full); nothing was written`,
      );
      // Neither the folder nor the hidden one it was being written in.
      expect(
        readdirSync(mnt)
          .filter((f) => !f.startsWith('filler-'))
          .sort(),
      ).toEqual(before);
    } finally {
      empty();
    }
  });

  it('import into a folder from before on a full disk: the folder as it was', async () => {
    const csv = join(dir, 'rows.csv');
    writeFileSync(csv, rows(10));
    const out = join(mnt, 'existing');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'answers-0001.yaml'), EARLIER);
    const empty = fill();
    try {
      const r = await runCli([
        'import',
        csv,
        '--framework',
        join(FIXTURES, 'frameworks/small.yaml'),
        '--out',
        out,
        '--force',
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
        `attune: ${out}: cannot be written (the disk is full); nothing was written`,
      );
      expect(readdirSync(out)).toEqual(['answers-0001.yaml']);
      expect(readFileSync(join(out, 'answers-0001.yaml'), 'utf8')).toBe(EARLIER);
    } finally {
      empty();
    }
    // With room again, the same import writes every file.
    const r = await runCli([
      'import',
      csv,
      '--framework',
      join(FIXTURES, 'frameworks/small.yaml'),
      '--out',
      out,
      '--force',
    ]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('answers-'))).toHaveLength(10);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    execFileSync('rm', ['-rf', out]);
  });

  it('a read-only file system: a clear message, the earlier report intact', async () => {
    execFileSync('mount', ['-o', 'remount,ro', mnt]);
    try {
      const r = await runCli(['report', ...team, '--out', join(mnt, 'report.html')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `attune: ${join(mnt, 'report.html')}: cannot be written (the file system is read-only)\n`,
      );
      expect(readFileSync(join(mnt, 'report.html'), 'utf8')).toBe(EARLIER);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mnt]);
    }
  });
});

describe('faults that need no special file system', () => {
  it('an output folder that does not exist', async () => {
    const out = join(dir, 'no-such-folder', 'report.md');
    const r = await runCli(['report', ...team, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`attune: ${out}: cannot be written (its folder does not exist)\n`);
  });

  it('an output path under a file', async () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    const out = join(dir, 'a-file', 'report.md');
    const r = await runCli(['report', ...team, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot be written \(a part of the path is a file, not a folder\)\n$/);
  });
});

describe('SIGKILL while saving', () => {
  // A process saving a large answers file over and over (a save of 200 KB takes a few
  // milliseconds), saying so after each save; killed 30 times, at points spread over the 60 ms
  // after its first save, so that most kills land in the middle of one.
  const SAVER = `
    import { saveAnswers } from ${JSON.stringify(join(ROOT, 'dist', 'dev', 'internals.js'))};
    const file = process.argv[1];
    const answers = {};
    for (let i = 0; i < 2000; i++) answers['q-' + i] = { value: i % 5, note: 'word '.repeat(20) };
    for (let v = 0; ; v++) {
      await saveAnswers(file, {
        attune: 1,
        framework: { id: 'small-example', version: '1.0.0' },
        unit: 'version ' + v,
        status: 'in-progress',
        answers,
      });
      process.stdout.write(v + '\\n');
    }`;

  it('leaves the answers file whole every time: one version or the next, never a mix', async () => {
    const file = join(tempDir(), 'answers.yaml');
    for (let k = 0; k < 30; k++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', SAVER, file], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise((resolve) => child.stdout.once('data', resolve));
      await new Promise((resolve) => setTimeout(resolve, (k * 7) % 60));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const loaded = await loadAnswers(file);
      expect(loaded.findings).toEqual([]);
      expect(loaded.doc?.unit).toMatch(/^version \d+$/);
      expect(Object.keys(loaded.doc?.answers ?? {})).toHaveLength(2000);
    }
  });
});
