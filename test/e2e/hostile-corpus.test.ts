import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir, type RunResult } from '../helpers.js';

/**
 * Every file of test/fixtures/hostile through every command that reads it: the right exit code,
 * no stack trace, no unexpected-error line, and nothing a terminal would act on. No command is
 * timed: a generous guard (90 s) only catches a real hang, and speed is measured in bench/.
 */
const H = join(FIXTURES, 'hostile');
const SMALL = join(FIXTURES, 'frameworks/small.yaml');
const TEAM = join(FIXTURES, 'answers/team');
const list = (dir: string) => readdirSync(join(H, dir)).sort();

/**
 * What a terminal acts on: escape and other control characters (C0 but tab and line feed, DEL,
 * C1 such as the 8-bit CSI 0x9b), a carriage return that is not part of a Windows line ending,
 * bidirectional marks, overrides and isolates, and the line and paragraph separators.
 */
const TERMINAL_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

function expectCalm(r: RunResult, codes: number[]) {
  expect(r.signal).toBeNull();
  expect(codes).toContain(r.code);
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/\n\s+at \S+ \(|unexpected error|This is a bug/);
  // Text from a file is shown as text (\u001b), never sent to the terminal.
  expect(all).not.toMatch(TERMINAL_CONTROL);
}

const guard = { timeoutMs: 90_000 };
const slow = { timeout: 120_000 };
// Each case reads its own fixture in its own process: a few run at once, so that the cores are
// busy while a test waits for its command.
const together = { ...slow, concurrent: true };

describe('hostile frameworks', together, () => {
  it('there are enough of them, and of answers and templates, to mean something', () => {
    expect(
      list('frameworks').length + list('answers').length + list('templates').length,
    ).toBeGreaterThanOrEqual(40);
  });

  it.each(list('frameworks'))('validate %s', async (file) => {
    const r = await runCli(['validate', join(H, 'frameworks', file)], guard);
    // 0 only for the ones that are valid underneath (a BOM with CRLF, emoji, terminal controls).
    expectCalm(r, [0, 1, 2]);
    if (r.code === 1) expect(r.stdout).toMatch(/:\d+:\d+ {2}error/);
  });

  it.each(list('frameworks'))('report --framework %s', async (file) => {
    const r = await runCli(['report', TEAM, '--framework', join(H, 'frameworks', file)], guard);
    expectCalm(r, [0, 2]);
    if (r.code === 2) expect(r.stderr.split('\n')[0]).toMatch(/^attune: \S/);
  });

  it.each(list('frameworks'))('show %s', async (file) => {
    const r = await runCli(['show', join(H, 'frameworks', file), '--format', 'json'], guard);
    expectCalm(r, [0, 1, 2]);
    if (r.code === 0) expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });

  it.each(list('frameworks'))('show --format md %s', async (file) => {
    const r = await runCli(['show', join(H, 'frameworks', file)], guard);
    expectCalm(r, [0, 1, 2]);
  });

  it.each(list('frameworks'))('form --framework %s', async (file) => {
    const out = join(tempDir(), 'form.html');
    const r = await runCli(
      ['form', '--framework', join(H, 'frameworks', file), '--out', out],
      guard,
    );
    expectCalm(r, [0, 1, 2]);
  });

  it('validate of all of them in one run', async () => {
    const r = await runCli(['validate', '--format', 'json', join(H, 'frameworks')], guard);
    expectCalm(r, [1]);
    const files = (JSON.parse(r.stdout) as { files: string[] }).files;
    expect(files.length).toBeGreaterThanOrEqual(list('frameworks').length);
  });
});

describe('hostile answers files', together, () => {
  it.each(list('answers'))('report %s', async (file) => {
    const r = await runCli(['report', join(H, 'answers', file), '--framework', SMALL], guard);
    expectCalm(r, [0, 2]);
    if (r.code === 2) expect(r.stderr).toMatch(/^attune: .*(\d+:\d+ |MB|not UTF-8|no such)/);
  });

  it('a 2 MB answers file is refused before it is parsed', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.yaml');
    writeFileSync(file, `attune: 1\n# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const r = await runCli(['report', file, '--framework', SMALL], guard);
    expectCalm(r, [2]);
    expect(r.stderr).toMatch(/big\.yaml: the file is 2\.0 MB; an answers file is at most 1 MB/);
  });

  it('a 2 MB line in a JSON Lines file is named by its number, and the rest are read', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.jsonl');
    const good = readFileSync(join(FIXTURES, 'answers/team.jsonl'), 'utf8');
    writeFileSync(file, `${good}{"attune": 1, "unit": "${'x'.repeat(2 * 1024 * 1024)}"}\n${good}`);
    const r = await runCli(['report', file, '--framework', SMALL, '--skip-invalid'], guard);
    expectCalm(r, [0]);
    expect(r.stderr).toContain(
      `big.jsonl:9:1 skipped the line is 2.0 MB; one respondent's answers are at most 1 MB (line-too-long)`,
    );
    expect(r.stderr).toContain('1 of 17 sets of answers skipped');
  });

  it('--skip-invalid over all of them with good files still reports', async () => {
    const r = await runCli(
      [
        'report',
        TEAM,
        join(H, 'answers'),
        '--framework',
        SMALL,
        '--skip-invalid',
        '--format',
        'json',
      ],
      guard,
    );
    expectCalm(r, [0]);
    expect(
      (JSON.parse(r.stdout) as { respondents: { total: number } }).respondents.total,
    ).toBeGreaterThanOrEqual(8);
  });
});

describe('hostile templates', together, () => {
  it.each(list('templates'))('report --template %s', async (name) => {
    const html = name === 'script-in-html';
    const r = await runCli(
      [
        'report',
        TEAM,
        '--framework',
        SMALL,
        '--template',
        join(H, 'templates', name),
        ...(html ? ['--format', 'html'] : []),
      ],
      guard,
    );
    expectCalm(r, [0, 2]);
    if (r.code === 2) expect(r.stderr).toMatch(new RegExp(`^attune: .*${name}/\\S+: `));
    if (html) {
      // A template may add a script, but the report's CSP forbids it to run or to fetch.
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/default-src 'none'; style-src 'none'/);
    }
    if (name === 'prototype-access') expect(r.stdout).not.toMatch(/Function|Object/);
  });

  it.each(['nested-each', 'partial-fan-out', 'inline-fan-out'])(
    '%s: rendering stops with a clear line instead of running for ever',
    async (name) => {
      const r = await runCli(
        ['report', TEAM, '--framework', SMALL, '--template', join(H, 'templates', name)],
        guard,
      );
      expectCalm(r, [2]);
      expect(r.stderr).toMatch(
        new RegExp(
          `^attune: \\S*${name}/report\\.md\\.hbs: rendering stopped, as the template does far more work than a report needs .*\\n$`,
        ),
      );
    },
  );

  it('a template cannot write to the terminal through the log helper', async () => {
    const r = await runCli(
      ['report', TEAM, '--framework', SMALL, '--template', join(H, 'templates/log-helper')],
      guard,
    );
    expectCalm(r, [2]);
    expect(r.stderr).toMatch(/log-helper\/report\.md\.hbs: the log helper is not available/);
  });

  it.each([
    ['logo-outside', 'logo.svg'],
    ['css-outside', 'report.css'],
  ])(
    '%s: a link out of the template folder is refused, and nothing of its target shown',
    async (name, file) => {
      expect(lstatSync(join(H, 'templates', name, file)).isSymbolicLink()).toBe(true);
      const r = await runCli(
        [
          'report',
          TEAM,
          '--framework',
          SMALL,
          '--template',
          join(H, 'templates', name),
          '--format',
          'html',
        ],
        guard,
      );
      expectCalm(r, [2]);
      expect(r.stderr).toMatch(
        new RegExp(
          `${name}/${file.replace('.', '\\.')}: is a link to a file outside the template folder`,
        ),
      );
      expect(r.stdout).toBe('');
    },
  );

  it('a link to a file inside the template folder is read', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, '..', '..', 'templates', 'report.md.hbs'), join(dir, 'base.hbs'));
    symlinkSync('base.hbs', join(dir, 'report.md.hbs'));
    writeFileSync(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const r = await runCli(['report', TEAM, '--framework', SMALL, '--template', dir], guard);
    expectCalm(r, [0]);
    expect(r.stdout).toMatch(/^# /);
  });
});

describe('hostile CSV exports', together, () => {
  it.each(list('csv'))('import %s', async (file) => {
    const out = join(tempDir(), 'out');
    const r = await runCli(
      ['import', join(H, 'csv', file), '--framework', SMALL, '--out', out],
      guard,
    );
    expectCalm(r, [0, 1, 2]);
    // Whatever was written is an answers file that reports read as it is, with no personal data.
    if (r.code !== 2) {
      const rep = await runCli(['report', out, '--framework', SMALL, '--format', 'json'], guard);
      expectCalm(rep, [0]);
      expect(rep.stdout).not.toMatch(/Bloggs|example\.com/);
    }
  });
});

describe('devices reached through extends', together, () => {
  it.each(list('devices'))('validate %s', async (file) => {
    const r = await runCli(['validate', join(H, 'devices', file)], guard);
    expectCalm(r, [1, 2]);
    if (r.code === 2)
      expect(r.stderr).toMatch(
        /^attune: \S+:\d+:\d+: extends: \S+: is (a device|a named pipe \(FIFO\)|a socket), not a regular file/,
      );
  });
});

describe('text from a file reaches the terminal only as text', slow, () => {
  const controls = join(H, 'frameworks/terminal-controls.yaml');
  const notes = join(H, 'answers/terminal-controls.yaml');

  it.each([
    ['show, Markdown', ['show', controls]],
    ['show, JSON', ['show', controls, '--format', 'json']],
    ['report of its framework texts, Markdown', ['report', TEAM, '--framework', controls]],
    [
      'report of its framework texts, JSON',
      ['report', TEAM, '--framework', controls, '--format', 'json'],
    ],
    [
      'report of its framework texts, CSV',
      ['report', TEAM, '--framework', controls, '--format', 'csv', '--csv-table', 'domains'],
    ],
    [
      'report of notes and a unit name, Markdown',
      ['report', TEAM, notes, '--framework', SMALL, '--by', 'unit', '--min-group-size', '1'],
    ],
    [
      'report of notes and a unit name, HTML',
      [
        'report',
        TEAM,
        notes,
        '--framework',
        SMALL,
        '--by',
        'unit',
        '--min-group-size',
        '1',
        '--format',
        'html',
      ],
    ],
    [
      'report of notes and a unit name, tidy CSV',
      [
        'report',
        TEAM,
        notes,
        '--framework',
        SMALL,
        '--format',
        'csv',
        '--csv-table',
        'responses',
        '--min-group-size',
        '1',
      ],
    ],
  ])('%s', async (_name, args) => {
    const r = await runCli(args, guard);
    expectCalm(r, [0]);
    // Shown, as escapes.
    expect(r.stdout).toMatch(/\\u001b|\\u009b|\\u202e/);
  });

  it("with colour on, only attune's own colours reach the terminal", async () => {
    const args = ['validate', join(H, 'frameworks/ansi-escapes.yaml')];
    const r = await runCli(args, { ...guard, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.code).toBe(1);
    // Coloured: the severity and the count line.
    expect(r.stdout).toContain('\u001b[31m');
    // Every escape is one of attune's colours (bold, dim, red, yellow, green, and their ends).
    // eslint-disable-next-line no-control-regex
    const sequences = r.stdout.match(/\u001b[^a-z]*[a-z]/gi) ?? [];
    for (const sequence of sequences)
      // eslint-disable-next-line no-control-regex
      expect(sequence).toMatch(/^\u001b\[(1|2|22|31|32|33|39)m$/);
    // The file's own sequences are shown as text.
    expect(r.stdout).toContain('\\u001b[2J');
  });

  it('JSON on standard output stays the same JSON, its controls written as escapes', async () => {
    const r = await runCli(['show', controls, '--format', 'json'], guard);
    expectCalm(r, [0]);
    const doc = JSON.parse(r.stdout) as { title: string };
    expect(doc.title).toBe(
      'Terminal \u001bccontrols\u001b]52;c;ZXZpbA==\u0007 in every text \u202etxet desrever',
    );
  });

  it('a report written to a file keeps the text, escaped for its format only', async () => {
    const out = join(tempDir(), 'report.json');
    const r = await runCli(
      ['report', TEAM, '--framework', controls, '--format', 'json', '--out', out],
      guard,
    );
    expectCalm(r, [0]);
    expect(readFileSync(out, 'utf8')).toContain('\u202etxet desrever');
  });

  describe('file names', () => {
    // A name that tries to forge a finding line, clear the screen and reverse what follows.
    const forged = 'x.yaml:1:1  error    forged finding  forged-rule';
    const hostile = `bad\n${forged}\n\u001b[2J\u202e.yaml`;

    const folder = () => {
      const dir = tempDir();
      mkdirSync(join(dir, 'in'));
      writeFileSync(join(dir, 'in', hostile), 'attune: 1\n');
      return dir;
    };
    const calmAndUnforged = (r: RunResult, codes: number[]) => {
      expectCalm(r, codes);
      expect(r.stdout + r.stderr).not.toMatch(/^x\.yaml:1:1/m);
      expect(r.stdout + r.stderr).not.toMatch(/^(attune: )?x\.yaml/m);
      expect(r.stdout + r.stderr).toContain('bad\\nx.yaml:1:1');
    };

    it('validate, stylish', async () => {
      const r = await runCli(['validate', 'in'], { ...guard, cwd: folder() });
      calmAndUnforged(r, [1]);
    });

    it('validate, github annotations', async () => {
      const r = await runCli(['validate', '--format', 'github', 'in'], { ...guard, cwd: folder() });
      expectCalm(r, [1]);
      expect(r.stdout).toContain('file=in/bad%0Ax.yaml%3A1%3A1');
    });

    it('show, and the error a framework with errors gives', async () => {
      const dir = folder();
      const r = await runCli(['show', join('in', hostile)], { ...guard, cwd: dir });
      calmAndUnforged(r, [1]);
    });

    it('report: the error naming unusable answers', async () => {
      const dir = folder();
      cpSync(TEAM, join(dir, 'in'), { recursive: true });
      const r = await runCli(['report', 'in', '--framework', SMALL], { ...guard, cwd: dir });
      calmAndUnforged(r, [2]);
    });

    it('report --skip-invalid: the list of skipped files', async () => {
      const dir = folder();
      cpSync(TEAM, join(dir, 'in'), { recursive: true });
      const r = await runCli(['report', 'in', '--framework', SMALL, '--skip-invalid'], {
        ...guard,
        cwd: dir,
      });
      calmAndUnforged(r, [0]);
      expect(r.stderr).toMatch(
        /^in\/bad\\nx\.yaml:1:1 {2}error {4}forged finding {2}forged-rule\\n\\u001b\[2J\\u202e\.yaml:\d+:\d+ skipped /m,
      );
    });

    it('report: a duplicate named on standard error', async () => {
      const dir = folder();
      cpSync(TEAM, join(dir, 'team'), { recursive: true });
      symlinkSync(join(dir, 'team', 'staff-a.yaml'), join(dir, 'team', hostile));
      const r = await runCli(['report', 'team', '--framework', SMALL], { ...guard, cwd: dir });
      calmAndUnforged(r, [0]);
    });

    it('a named pipe with such a name', async () => {
      const dir = folder();
      mkdirSync(join(dir, 'pipes'));
      execFileSync('mkfifo', [join(dir, 'pipes', hostile)]);
      const r = await runCli(['validate', 'pipes'], { ...guard, cwd: dir });
      calmAndUnforged(r, [2]);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  });
});

describe('--out replaces only a regular file that is none of the inputs', slow, () => {
  const team = () => {
    const dir = tempDir();
    cpSync(TEAM, join(dir, 'team'), { recursive: true });
    cpSync(SMALL, join(dir, 'small.yaml'));
    return dir;
  };
  const report = ['report', 'team', '--framework', 'small.yaml'];
  const refused = (r: RunResult, pattern: RegExp) => {
    expectCalm(r, [2]);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  };
  const INPUT =
    /: is (the same file as \S+, )?one of this command's own inputs; attune never writes over its input, so choose another file\n$/;

  it.skipIf(process.getuid?.() !== 0)(
    'a device node is never replaced (as root, where it could be)',
    async () => {
      const dir = team();
      execFileSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
      const r = await runCli([...report, '--out', 'null'], { ...guard, cwd: dir });
      refused(
        r,
        /^attune: null: is a device, not a regular file; attune replaces only a regular file \(--out - writes to standard output\)\n$/,
      );
      expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    },
  );

  it('a named pipe and a socket are never replaced', async () => {
    const dir = team();
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, 'socket.md'), done));
    try {
      const pipe = await runCli([...report, '--out', 'pipe.md'], { ...guard, cwd: dir });
      refused(pipe, /^attune: pipe\.md: is a named pipe \(FIFO\), not a regular file/);
      expect(statSync(join(dir, 'pipe.md')).isFIFO()).toBe(true);
      const socket = await runCli([...report, '--out', 'socket.md'], { ...guard, cwd: dir });
      refused(socket, /^attune: socket\.md: is a socket, not a regular file/);
      expect(statSync(join(dir, 'socket.md')).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });

  it('a link is never written through, nor replaced', async () => {
    const dir = team();
    writeFileSync(join(dir, 'elsewhere.md'), 'kept\n');
    symlinkSync('elsewhere.md', join(dir, 'link.md'));
    const r = await runCli([...report, '--out', 'link.md'], { ...guard, cwd: dir });
    refused(
      r,
      /^attune: link\.md: is a symbolic link; attune replaces only a regular file, never a link or what it leads to\n$/,
    );
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'elsewhere.md'), 'utf8')).toBe('kept\n');
  });

  it.each([
    [
      'report team/ --out team/staff-a.yaml',
      ['report', 'team', '--framework', 'small.yaml', '--out', 'team/staff-a.yaml'],
      'team/staff-a.yaml',
    ],
    [
      'report --out its framework',
      ['report', 'team', '--framework', 'small.yaml', '--out', 'small.yaml'],
      'small.yaml',
    ],
    [
      'report --out a hard link to an answers file',
      ['report', 'team', '--framework', 'small.yaml', '--out', 'hard.md'],
      'team/staff-b.yaml',
    ],
    [
      'report --out its --compare report',
      [
        'report',
        'team',
        '--framework',
        'small.yaml',
        '--compare',
        'earlier.json',
        '--format',
        'json',
        '--out',
        'earlier.json',
      ],
      'earlier.json',
    ],
    [
      'report --out its template',
      [
        'report',
        'team',
        '--framework',
        'small.yaml',
        '--template',
        'tpl',
        '--out',
        'tpl/report.md.hbs',
      ],
      'tpl/report.md.hbs',
    ],
    [
      'form --framework small.yaml --out small.yaml',
      ['form', '--framework', 'small.yaml', '--out', 'small.yaml'],
      'small.yaml',
    ],
    [
      'form --out the framework it extends',
      ['form', '--framework', 'child.yaml', '--out', 'small.yaml'],
      'small.yaml',
    ],
    [
      'import --out a JSON Lines file that is its CSV',
      ['import', 'rows.csv', '--framework', 'small.yaml', '--out', 'rows.jsonl', '--force'],
      'rows.csv',
    ],
    [
      'import --force over its CSV in the folder',
      ['import', 'rows.csv', '--framework', 'small.yaml', '--out', 'imported', '--force'],
      'rows.csv',
    ],
    [
      'init --force over the framework it extends',
      ['init', 'small.yaml', '--extends', 'small.yaml', '--force'],
      'small.yaml',
    ],
  ])('%s: refused, the input untouched', async (_name, args, input) => {
    const dir = team();
    linkSync(join(dir, 'team', 'staff-b.yaml'), join(dir, 'hard.md'));
    writeFileSync(
      join(dir, 'child.yaml'),
      'attune: 1\nid: child\nversion: 1.0.0\ntitle: Child\nextends: ./small.yaml\n',
    );
    const earlier = await runCli(
      ['report', 'team', '--framework', 'small.yaml', '--format', 'json'],
      { ...guard, cwd: dir },
    );
    writeFileSync(join(dir, 'earlier.json'), earlier.stdout);
    mkdirSync(join(dir, 'tpl'));
    cpSync(
      join(FIXTURES, '..', '..', 'templates', 'report.md.hbs'),
      join(dir, 'tpl', 'report.md.hbs'),
    );
    cpSync(join(FIXTURES, 'import/by-id.csv'), join(dir, 'rows.csv'));
    linkSync(join(dir, 'rows.csv'), join(dir, 'rows.jsonl'));
    mkdirSync(join(dir, 'imported'));
    linkSync(join(dir, 'rows.csv'), join(dir, 'imported', 'answers-0001.yaml'));
    const before = readFileSync(join(dir, input), 'utf8');
    const r = await runCli(args, { ...guard, cwd: dir });
    refused(r, INPUT);
    expect(readFileSync(join(dir, input), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'imported'))).toEqual(['answers-0001.yaml']);
  });

  it('init never writes through a link: neither the framework nor its schema', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'precious.txt'), 'kept\n');
    symlinkSync('precious.txt', join(dir, 'framework.schema.json'));
    const schema = await runCli(['init', 'new.yaml'], { ...guard, cwd: dir });
    refused(schema, /^attune: framework\.schema\.json: is a symbolic link/);
    expect(existsSync(join(dir, 'new.yaml'))).toBe(false);
    const other = tempDir();
    symlinkSync(join(dir, 'precious.txt'), join(other, 'linked.yaml'));
    const plain = await runCli(['init', 'linked.yaml'], { ...guard, cwd: other });
    refused(plain, /^attune: linked\.yaml already exists; add --force to overwrite it\n$/);
    const forced = await runCli(['init', 'linked.yaml', '--force'], { ...guard, cwd: other });
    refused(forced, /^attune: linked\.yaml: is a symbolic link/);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('kept\n');
  });

  it('--out - and --out /dev/stdout write to standard output', async () => {
    const dir = team();
    const dash = await runCli([...report, '--format', 'json', '--out', '-'], {
      ...guard,
      cwd: dir,
    });
    const dev = await runCli([...report, '--format', 'json', '--out', '/dev/stdout'], {
      ...guard,
      cwd: dir,
    });
    expectCalm(dash, [0]);
    expectCalm(dev, [0]);
    const strip = (x: RunResult) => x.stdout.replace(/"generated": "[^"]+"/, '');
    expect(strip(dev)).toBe(strip(dash));
    expect(JSON.parse(dev.stdout)).toHaveProperty('overall');
    expect(dev.stderr).toBe('');
    const form = await runCli(['form', '--framework', 'small.yaml', '--out', '/dev/stdout'], {
      ...guard,
      cwd: dir,
    });
    expectCalm(form, [0]);
    expect(form.stdout).toMatch(/^<!doctype html>/i);
    expect(form.stderr).toMatch(/^wrote the form to standard output: /);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('a new file, and a regular file from before, are written as ever', async () => {
    const dir = team();
    writeFileSync(join(dir, 'report.md'), 'last year\n');
    const r = await runCli([...report, '--out', 'report.md'], { ...guard, cwd: dir });
    expectCalm(r, [0]);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# /);
  });
});
