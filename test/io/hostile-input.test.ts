import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { tryLockAnswers } from '../../src/io/answers-lock.js';
import { fileDigest } from '../../src/io/digests.js';
import { expandInputs } from '../../src/io/expand-paths.js';
import { openFileSync, readBytes, readBytesSync, readHeadSync } from '../../src/io/read-file.js';
import { loadForResume } from '../../src/io/resume-answers.js';
import { FIXTURES, runCli, tempDir, type RunResult } from '../helpers.js';

/**
 * Input meant to hurt: each gives the right exit code and one located line per problem,
 * never a stack trace, a hang or a crash. Run through the built CLI, as CI would.
 */
let dir: string;
beforeAll(() => {
  dir = tempDir();
  const w = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);
  w('huge.yaml', Buffer.alloc(20 * 1024 * 1024, 0x61));
  w('deep-flow.yaml', `attune: 1\nnested: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
  w('deep-flow-top.yaml', `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`);
  w(
    'deep-block.yaml',
    Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + '\n',
  );
  w('tab.yaml', 'attune: 1\nsummary:\n\tindented\n');
  w('empty.yaml', '');
  w('list.yaml', '- a\n- b\n');
  w('scalar.yaml', 'just some words\n');
  w('binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  w(
    'bomb.yaml',
    'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
  );
  w('proto.yaml', 'attune: 1\n__proto__: { polluted: true }\nconstructor: { prototype: 1 }\n');
  w('escape.yaml', 'attune: 1\n"\\e[2J\\e[31mred": 1\n');
  mkdirSync(join(dir, 'folder.yaml'));
});

const cases: [string, string, RegExp][] = [
  ['huge.yaml', 'file-too-large', /huge\.yaml:1:1 {2}error {4}the file is 20\.0 MB/],
  ['deep-flow.yaml', 'yaml-too-deep', /deep-flow\.yaml:2:\d+ {2}error/],
  ['deep-flow-top.yaml', 'yaml-too-deep', /deep-flow-top\.yaml:1:\d+ {2}error/],
  ['deep-block.yaml', 'yaml-too-deep', /deep-block\.yaml:\d+:\d+ {2}error/],
  ['tab.yaml', 'tab-indentation', /tab\.yaml:3:1 {2}error/],
  ['empty.yaml', 'file-empty', /empty\.yaml:1:1 {2}error/],
  ['list.yaml', 'root-not-mapping', /list\.yaml:1:1 {2}error {4}the file holds a list/],
  ['scalar.yaml', 'root-not-mapping', /scalar\.yaml:1:1 {2}error {4}the file holds a single text/],
  ['binary.yaml', 'file-not-text', /binary\.yaml:\d+:\d+ {2}error {4}the file is not UTF-8 text/],
  ['bomb.yaml', 'alias-limit', /bomb\.yaml:1:1 {2}error {4}too many aliases/],
  ['proto.yaml', 'unknown-key', /proto\.yaml:2:1 {2}error {4}unknown key "__proto__"/],
];

describe('validate survives hostile framework files', () => {
  it.each(cases)('%s → %s', async (file, rule, line) => {
    const r = await runCli(['validate', join(dir, file)], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(line);
    expect(r.stdout).toContain(rule);
    expect(r.stderr).toBe('');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('survives all of them in one process, in an order that once crashed the YAML parser', async () => {
    const r = await runCli(['validate', '--format', 'json', dir], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: unknown[]; errors: number };
    expect(out.files.length).toBeGreaterThanOrEqual(cases.length);
    expect(out.errors).toBeGreaterThanOrEqual(cases.length);
  });

  it('shows control characters from a file as escapes, never raw', async () => {
    const r = await runCli(['validate', join(dir, 'escape.yaml')], { cwd: dir });
    expect(r.stdout).toContain('\\u001b[2J');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('a folder with no framework files is an input error (exit 2)', async () => {
    const r = await runCli(['validate', join(dir, 'folder.yaml')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^attune: .*folder\.yaml: the folder holds no framework files/);
  });

  it('a path that does not exist is an input error (exit 2)', async () => {
    const r = await runCli(['validate', join(dir, 'nope.yaml')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^attune: .*nope\.yaml: no such file or folder\n$/);
  });

  it('a file where a folder is expected is an input error (exit 2)', async () => {
    const r = await runCli(['validate', join(dir, 'tab.yaml', 'inside.yaml')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a part of this path is a file, not a folder/);
  });
});

const SMALL = join(FIXTURES, 'frameworks/small.yaml');
const TEAM = join(FIXTURES, 'answers/team');
/** Generous, so that only a real hang fails: speed is measured in bench/, never asserted. */
const GUARD = { timeoutMs: 90_000 };
const TEST_TIMEOUT = { timeout: 120_000 };

/** Exit 2 with one line on stderr, the way attune refuses input it cannot use. */
function expectRefused(r: RunResult, pattern: RegExp) {
  expect(r.signal).toBeNull();
  expect(r.code).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^attune: /);
  expect(lines[0]).toMatch(pattern);
}

const NOT_A_FILE =
  /(is a device|is a named pipe \(FIFO\)|is a socket), not a regular file; attune reads only regular files$/;

describe.skipIf(process.platform === 'win32')(
  'anything but a regular file is refused unread',
  () => {
    let odd: string;
    let server: Server;
    const fifo = (...parts: string[]) => execFileSync('mkfifo', [join(odd, ...parts)]);
    const at = (...parts: string[]) => join(odd, ...parts);
    const overlay = (parent: string) =>
      `attune: 1\nid: child\nversion: 1.0.0\ntitle: Child\nextends: ${parent}\n`;

    beforeAll(async () => {
      odd = tempDir('attune-odd-');
      fifo('fifo.yaml');
      fifo('fifo.json');
      fifo('fifo.jsonl');
      fifo('fifo.csv');
      fifo('fifo-map.yaml');
      symlinkSync('/dev/zero', at('zero.yaml'));
      symlinkSync(SMALL, at('link-to-small.yaml'));
      server = createServer();
      await new Promise<void>((done) => server.listen(at('socket.yaml'), done));
      // Found in a folder: answers, and frameworks.
      cpSync(TEAM, at('team-fifo'), { recursive: true });
      fifo('team-fifo', 'pipe.yaml');
      mkdirSync(at('frameworks-fifo'));
      cpSync(SMALL, at('frameworks-fifo', 'small.yaml'));
      fifo('frameworks-fifo', 'pipe.yaml');
      // Reached by extends, a template, a logo.
      writeFileSync(at('extends-fifo.yaml'), overlay('./fifo.yaml'));
      writeFileSync(at('extends-zero-link.yaml'), overlay('./zero.yaml'));
      mkdirSync(at('template-fifo'));
      fifo('template-fifo', 'report.md.hbs');
      mkdirSync(at('partial-fifo', 'partials'), { recursive: true });
      fifo('partial-fifo', 'partials', 'chart.hbs');
      mkdirSync(at('logo-fifo'));
      fifo('logo-fifo', 'logo.svg');
      // ./frameworks of the working directory, which every lookup by id reads.
      mkdirSync(at('cwd-fifo', 'frameworks'), { recursive: true });
      fifo('cwd-fifo', 'frameworks', 'pipe.yaml');
      cpSync(SMALL, at('cwd-fifo', 'frameworks', 'small.yaml'));
    });
    afterAll(() => {
      server.close();
    });

    const byCommand: [string, () => string[]][] = [
      ['validate a FIFO', () => ['validate', at('fifo.yaml')]],
      ['validate a socket', () => ['validate', at('socket.yaml')]],
      ['validate a link to /dev/zero', () => ['validate', at('zero.yaml')]],
      ['validate /dev/zero itself', () => ['validate', '/dev/zero']],
      ['validate a folder holding a FIFO', () => ['validate', at('frameworks-fifo')]],
      ['validate a framework that extends a FIFO', () => ['validate', at('extends-fifo.yaml')]],
      [
        'validate a framework that extends a link to /dev/zero',
        () => ['validate', at('extends-zero-link.yaml')],
      ],
      [
        'validate extends: /dev/zero',
        () => ['validate', join(FIXTURES, 'hostile/devices/extends-dev-zero.yaml')],
      ],
      [
        'validate extends: /dev/stdin',
        () => ['validate', join(FIXTURES, 'hostile/devices/extends-dev-stdin.yaml')],
      ],
      ['report an answers FIFO', () => ['report', at('fifo.yaml'), '--framework', SMALL]],
      ['report a JSON Lines FIFO', () => ['report', at('fifo.jsonl'), '--framework', SMALL]],
      ['report a folder holding a FIFO', () => ['report', at('team-fifo'), '--framework', SMALL]],
      ['report /dev/stdin', () => ['report', '/dev/stdin', '--framework', SMALL]],
      ['report --framework a FIFO', () => ['report', TEAM, '--framework', at('fifo.yaml')]],
      [
        'report --framework extends /dev/zero',
        () => [
          'report',
          TEAM,
          '--framework',
          join(FIXTURES, 'hostile/devices/extends-dev-zero.yaml'),
        ],
      ],
      [
        'report --compare a FIFO',
        () => ['report', TEAM, '--framework', SMALL, '--compare', at('fifo.json')],
      ],
      [
        'report --template with a FIFO template',
        () => ['report', TEAM, '--framework', SMALL, '--template', at('template-fifo')],
      ],
      [
        'report --template with a FIFO partial',
        () => [
          'report',
          TEAM,
          '--framework',
          SMALL,
          '--template',
          at('partial-fifo'),
          '--format',
          'html',
        ],
      ],
      [
        'report --template with a FIFO logo',
        () => ['report', TEAM, '--framework', SMALL, '--template', at('logo-fifo')],
      ],
      ['show a FIFO', () => ['show', at('fifo.yaml')]],
      [
        'form --framework a socket',
        () => ['form', '--framework', at('socket.yaml'), '--out', at('form.html')],
      ],
      [
        'import a FIFO',
        () => ['import', at('fifo.csv'), '--framework', SMALL, '--out', at('imported-1')],
      ],
      [
        'import --map a FIFO',
        () => [
          'import',
          join(FIXTURES, 'import/by-id.csv'),
          '--framework',
          SMALL,
          '--map',
          at('fifo-map.yaml'),
          '--out',
          at('imported-2'),
        ],
      ],
      [
        'import --framework a link to /dev/zero',
        () => [
          'import',
          join(FIXTURES, 'import/by-id.csv'),
          '--framework',
          at('zero.yaml'),
          '--out',
          at('imported-3'),
        ],
      ],
    ];

    it.each(byCommand)(
      '%s: exit 2 and one line, never a hang',
      TEST_TIMEOUT,
      async (_name, args) => {
        const r = await runCli(args(), GUARD);
        expectRefused(r, NOT_A_FILE);
        expect(r.stdout).toBe('');
        expect(existsSync(at('form.html'))).toBe(false);
        expect(existsSync(at('imported-1'))).toBe(false);
      },
    );

    it(
      'a FIFO in ./frameworks does not hold up a lookup by id, nor attune list',
      TEST_TIMEOUT,
      async () => {
        const list = await runCli(['list', '--json'], { ...GUARD, cwd: at('cwd-fifo') });
        expect(list.signal).toBeNull();
        expect(list.code).toBe(0);
        const show = await runCli(['show', 'small-example'], { ...GUARD, cwd: at('cwd-fifo') });
        expect(show.code).toBe(0);
        expect(show.stdout).toMatch(/^# A small example framework/);
      },
    );

    it('a link to a regular file is read as the file', TEST_TIMEOUT, async () => {
      const r = await runCli(['validate', at('link-to-small.yaml')], GUARD);
      expect(r.code).toBe(0);
    });

    it('--resume of a FIFO, and a FIFO in place of the lock file, are refused at once', async () => {
      await expect(loadForResume(at('fifo.yaml'), 'fifo.yaml', {} as never)).rejects.toThrow(
        /^fifo\.yaml: is a named pipe \(FIFO\), not a regular file/,
      );
      fifo('answers.yaml.lock');
      await expect(tryLockAnswers(at('answers.yaml'))).rejects.toThrow(
        /answers\.yaml\.lock: is a named pipe \(FIFO\), not a regular file/,
      );
    });

    it('the reading primitive refuses each kind before reading, sync and async', async () => {
      for (const path of [at('fifo.yaml'), at('socket.yaml'), at('zero.yaml'), '/dev/zero']) {
        expect(() => readBytesSync(path, 1024)).toThrow(InputError);
        await expect(readBytes(path, 1024)).rejects.toThrow(NOT_A_FILE);
        expect(() => openFileSync(path)).toThrow(NOT_A_FILE);
        expect(readHeadSync(path, 1024)).toBeUndefined();
        // The provenance digest of a file (a JSON Lines file cut among threads, a plan, a
        // framework) reads through the same checks: one swapped for a device never hangs.
        await expect(fileDigest(path)).rejects.toThrow(NOT_A_FILE);
      }
    });
  },
);

describe('size limits are kept while reading, never taken from stat alone', () => {
  it.skipIf(!existsSync('/proc/self/status'))(
    'a file whose stat says 0 bytes is still cut at the limit',
    async () => {
      // /proc files say they are empty and are not.
      const sync = readBytesSync('/proc/self/status', 16);
      expect(sync).toEqual({ ok: false, bytes: 17, limit: 16, over: true });
      const async = await readBytes('/proc/self/status', 16);
      expect(async).toEqual({ ok: false, bytes: 17, limit: 16, over: true });
      const whole = readBytesSync('/proc/self/status', 1024 * 1024);
      expect(whole.ok && whole.bytes.toString('utf8')).toMatch(/^Name:/);
    },
  );

  it('a file exactly at the limit is read; one byte more is not', () => {
    const file = join(tempDir(), 'edge.txt');
    writeFileSync(file, 'x'.repeat(100));
    expect(readBytesSync(file, 100).ok).toBe(true);
    expect(readBytesSync(file, 99)).toEqual({ ok: false, bytes: 100, limit: 99, over: false });
  });

  it.skipIf(!existsSync('/proc/self/environ'))(
    'extends: /proc/self/environ gives a located finding, and none of the file',
    TEST_TIMEOUT,
    async () => {
      const file = join(FIXTURES, 'hostile/devices/extends-proc-environ.yaml');
      const r = await runCli(['validate', file], {
        ...GUARD,
        env: { ATTUNE_SECRET: 'do-not-show-me' },
      });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/extends-proc-environ\.yaml:\d+:\d+ {2}error/);
      expect(r.stdout + r.stderr).not.toContain('do-not-show-me');
    },
  );
});

describe('each real file is counted once, however many paths lead to it', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('attune-dup-');
    cpSync(TEAM, join(dir, 'team'), { recursive: true });
    symlinkSync('staff-a.yaml', join(dir, 'team', 'again.yaml'));
    linkSync(join(dir, 'team', 'staff-b.yaml'), join(dir, 'team', 'hard.yaml'));
    symlinkSync('.', join(dir, 'team', 'loop'));
    cpSync(SMALL, join(dir, 'small.yaml'));
  });

  it(
    'report: the same answers through arguments, links, a loop and a glob count once',
    TEST_TIMEOUT,
    async () => {
      const many = [
        'team',
        'team',
        'team/staff-a.yaml',
        './team/staff-a.yaml',
        join(dir, 'team', 'staff-c.yaml'),
        'team/**/*.yaml',
        'team/loop/loop/leader-a.yaml',
      ];
      const args = (inputs: string[]) => [
        'report',
        ...inputs,
        '--framework',
        'small.yaml',
        '--format',
        'json',
      ];
      const once = await runCli(args(['team']), { ...GUARD, cwd: dir });
      const r = await runCli(args(many), { ...GUARD, cwd: dir });
      expect(r.code).toBe(0);
      const total = (x: RunResult) =>
        (JSON.parse(x.stdout) as { respondents: { total: number } }).respondents.total;
      const files = 8; // the files in test/fixtures/answers/team
      expect(total(once)).toBe(files);
      expect(total(r)).toBe(files);
      // Everything but the date is the same report.
      const strip = (x: RunResult) => x.stdout.replace(/"generated": "[^"]+"/, '');
      expect(strip(r)).toBe(strip(once));
      expect(once.stderr).toContain(
        'team/staff-a.yaml: the same file as team/again.yaml; counted once',
      );
      expect(once.stderr).toContain(
        'team/staff-b.yaml: the same file as team/hard.yaml; counted once',
      );
      for (const line of [
        'team/leader-a.yaml: given more than once; counted once',
        './team/staff-a.yaml: the same file as team/again.yaml; counted once',
        `${join(dir, 'team', 'staff-c.yaml')}: the same file as team/staff-c.yaml; counted once`,
      ])
        expect(r.stderr).toContain(line);
      // Twenty are named, the rest counted.
      expect(r.stderr).toMatch(/\n… and \d+ more paths to files already counted\n$/);
      // Standard error names the paths; the report names none.
      expect(r.stdout).not.toMatch(/again|hard|loop|staff-a/);
    },
  );

  it('validate: a framework given twice is checked and counted once', TEST_TIMEOUT, async () => {
    const r = await runCli(['validate', 'small.yaml', './small.yaml', join(dir, 'small.yaml')], {
      ...GUARD,
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1 file checked: no problems\n');
    expect(r.stderr).toBe(
      `./small.yaml: the same file as small.yaml; counted once\n${join(dir, 'small.yaml')}: the same file as small.yaml; counted once\n`,
    );
  });

  it('expandInputs: a folder linked into itself ends, and a glob over a folder adds nothing', async () => {
    const { files, duplicates } = await expandInputs(['team', 'team/*.yaml', 'team/loop'], {
      cwd: dir,
      extensions: ['yaml'],
      what: 'answers files',
    });
    expect(files.map((f) => relative('team', f)).sort()).toEqual(
      [
        'again.yaml',
        'hard.yaml',
        'leader-a.yaml',
        'leader-b.yaml',
        'leader-c.yaml',
        'lived-a.yaml',
        'staff-c.yaml',
        'workshop.yaml',
      ].sort(),
    );
    expect(duplicates.length).toBeGreaterThanOrEqual(10);
  });
});
