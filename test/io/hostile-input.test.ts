import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

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
