import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir, type RunResult } from '../helpers.js';

/**
 * Every file of test/fixtures/hostile through every command that reads it: the right exit code,
 * no stack trace, no unexpected-error line, no raw escape code reaching the terminal, and an
 * answer within 5 seconds.
 */
const H = join(FIXTURES, 'hostile');
const SMALL = join(FIXTURES, 'frameworks/small.yaml');
const TEAM = join(FIXTURES, 'answers/team');
const list = (dir: string) => readdirSync(join(H, dir)).sort();

function expectCalm(r: RunResult, codes: number[]) {
  expect(codes).toContain(r.code);
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/\n\s+at \S+ \(|unexpected error|This is a bug/);
  // Escape codes from a file are shown as text (\u001b), never sent to the terminal.
  expect(all).not.toContain(String.fromCharCode(0x1b));
  expect(all).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
}

const timing = { timeoutMs: 5000 };

describe('hostile frameworks', () => {
  it('there are enough of them, and of answers and templates, to mean something', () => {
    expect(
      list('frameworks').length + list('answers').length + list('templates').length,
    ).toBeGreaterThanOrEqual(40);
  });

  it.each(list('frameworks'))('validate %s', async (file) => {
    const r = await runCli(['validate', join(H, 'frameworks', file)], timing);
    // 0 only for the ones that are valid underneath (a BOM with CRLF, emoji).
    expectCalm(r, [0, 1, 2]);
    if (r.code === 1) expect(r.stdout).toMatch(/:\d+:\d+ {2}error/);
  });

  it.each(list('frameworks'))('report --framework %s', async (file) => {
    const r = await runCli(['report', TEAM, '--framework', join(H, 'frameworks', file)], timing);
    expectCalm(r, [0, 2]);
    if (r.code === 2) expect(r.stderr.split('\n')[0]).toMatch(/^attune: \S/);
  });

  it.each(list('frameworks'))('show %s', async (file) => {
    const r = await runCli(['show', join(H, 'frameworks', file), '--format', 'json'], timing);
    expectCalm(r, [0, 1, 2]);
    if (r.code === 0) expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });

  it.each(list('frameworks'))('form --framework %s', async (file) => {
    const out = join(tempDir(), 'form.html');
    const r = await runCli(
      ['form', '--framework', join(H, 'frameworks', file), '--out', out],
      timing,
    );
    expectCalm(r, [0, 1, 2]);
  });

  it('validate answers within 5 s for all of them in one run', async () => {
    const r = await runCli(['validate', '--format', 'json', join(H, 'frameworks')], {
      timeoutMs: 15_000,
    });
    expectCalm(r, [1]);
    const files = (JSON.parse(r.stdout) as { files: string[] }).files;
    expect(files.length).toBeGreaterThanOrEqual(list('frameworks').length);
  });
});

describe('hostile answers files', () => {
  it.each(list('answers'))('report %s', async (file) => {
    const r = await runCli(['report', join(H, 'answers', file), '--framework', SMALL], timing);
    expectCalm(r, [0, 2]);
    if (r.code === 2) expect(r.stderr).toMatch(/^attune: .*(\d+:\d+ |MB|not UTF-8|no such)/);
  });

  it('a 2 MB answers file is refused before it is parsed', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.yaml');
    writeFileSync(file, `attune: 1\n# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const r = await runCli(['report', file, '--framework', SMALL], timing);
    expectCalm(r, [2]);
    expect(r.stderr).toMatch(/big\.yaml: the file is 2\.0 MB; an answers file is at most 1 MB/);
  });

  it('a 2 MB line in a JSON Lines file is named by its number, and the rest are read', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.jsonl');
    const good = readFileSync(join(FIXTURES, 'answers/team.jsonl'), 'utf8');
    writeFileSync(file, `${good}{"attune": 1, "unit": "${'x'.repeat(2 * 1024 * 1024)}"}\n${good}`);
    const r = await runCli(['report', file, '--framework', SMALL, '--skip-invalid'], timing);
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
      { timeoutMs: 10_000 },
    );
    expectCalm(r, [0]);
    expect(
      (JSON.parse(r.stdout) as { respondents: { total: number } }).respondents.total,
    ).toBeGreaterThanOrEqual(8);
  });
});

describe('hostile templates', () => {
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
      timing,
    );
    expectCalm(r, [0, 2]);
    if (r.code === 2) expect(r.stderr).toMatch(new RegExp(`^attune: .*${name}.*\\.hbs: `));
    if (html) {
      // A template may add a script, but the report's CSP forbids it to run or to fetch.
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/default-src 'none'; style-src 'none'/);
    }
    if (name === 'prototype-access') expect(r.stdout).not.toMatch(/Function|Object/);
  });
});

describe('hostile CSV exports', () => {
  it.each(list('csv'))('import %s', async (file) => {
    const out = join(tempDir(), 'out');
    const r = await runCli(
      ['import', join(H, 'csv', file), '--framework', SMALL, '--out', out],
      timing,
    );
    expectCalm(r, [0, 1, 2]);
    // Whatever was written is an answers file that reports read as it is, with no personal data.
    if (r.code !== 2) {
      const rep = await runCli(['report', out, '--framework', SMALL, '--format', 'json'], timing);
      expectCalm(rep, [0]);
      expect(rep.stdout).not.toMatch(/Bloggs|example\.com/);
    }
  });
});
