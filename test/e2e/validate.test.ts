import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tempDir, transcript } from '../helpers.js';

/**
 * The built CLI, run as CI would: each case keeps its command, exit code, stdout and stderr
 * together in one readable snapshot file under __snapshots__/.
 */
const F = 'test/fixtures/frameworks';
const cases: [string, string[]][] = [
  ['clean', ['validate', `${F}/small.yaml`]],
  ['clean-bundled-strict', ['validate', '--strict', 'frameworks/']],
  [
    'errors-stylish',
    [
      'validate',
      `${F}/invalid-unknown-key.yaml`,
      `${F}/invalid-when-cycle.yaml`,
      `${F}/small.yaml`,
    ],
  ],
  ['warnings-pass', ['validate', `${F}/invalid-question-no-help.yaml`]],
  ['warnings-strict', ['validate', '--strict', `${F}/invalid-question-no-help.yaml`]],
  ['json', ['validate', '--format', 'json', `${F}/invalid-duplicate-id.yaml`, `${F}/small.yaml`]],
  [
    'github',
    [
      'validate',
      '--format',
      'github',
      `${F}/invalid-unknown-scale.yaml`,
      `${F}/invalid-option-order.yaml`,
    ],
  ],
  [
    'sarif',
    ['validate', '--format', 'sarif', `${F}/invalid-unknown-scale.yaml`, `${F}/small.yaml`],
  ],
  [
    'junit',
    [
      'validate',
      '--format',
      'junit',
      `${F}/invalid-unknown-scale.yaml`,
      `${F}/invalid-option-order.yaml`,
      `${F}/small.yaml`,
    ],
  ],
  ['glob', ['validate', `${F}/invalid-when-*.yaml`]],
  ['extends-removed', ['validate', `${F}/invalid-removed-still-used.yaml`]],
  ['missing-path', ['validate', `${F}/no-such-file.yaml`]],
  ['glob-no-match', ['validate', `${F}/nothing-*.yaml`]],
  ['bad-format', ['validate', '--format', 'xml', `${F}/small.yaml`]],
  ['no-paths', ['validate']],
  ['unknown-command', ['valdate', `${F}/small.yaml`]],
  ['schema-bad-kind', ['schema', 'report']],
];

describe('attune validate (end to end)', () => {
  it.each(cases)('%s', async (name, args) => {
    const result = await runCli(args);
    await expect(transcript(args, result)).toMatchFileSnapshot(
      `__snapshots__/validate/${name}.txt`,
    );
  });

  it('exit codes: 0 clean, 1 errors, 1 strict warnings, 2 unusable input', async () => {
    expect((await runCli(['validate', `${F}/small.yaml`])).code).toBe(0);
    expect((await runCli(['validate', `${F}/invalid-duplicate-id.yaml`])).code).toBe(1);
    expect((await runCli(['validate', `${F}/invalid-question-no-help.yaml`])).code).toBe(0);
    expect(
      (await runCli(['validate', '--strict', `${F}/invalid-question-no-help.yaml`])).code,
    ).toBe(1);
    expect((await runCli(['validate', `${F}/nope.yaml`])).code).toBe(2);
    expect((await runCli(['validate', '--format', 'xml', `${F}/small.yaml`])).code).toBe(2);
  });

  it('a framework that extends a folder gets a located finding, and the rest of the folder is checked', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'parts'));
    cpSync(join(FIXTURES, 'frameworks/small.yaml'), join(dir, 'good.yaml'));
    cpSync(join(FIXTURES, 'frameworks/invalid-extends-folder.yaml'), join(dir, 'folder.yaml'));
    const r = await runCli(['validate', '--format', 'json', dir]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      files: { file: string; errors: number }[];
      findings: { rule: string; line: number; column: number; message: string }[];
    };
    expect(out.files.map((f) => [f.file.split('/').pop(), f.errors])).toEqual([
      ['folder.yaml', 1],
      ['good.yaml', 0],
    ]);
    expect(out.findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual([
      'extends-unresolved 6:10',
    ]);
    expect(out.findings[0]?.message).toMatch(/is a folder/);
  });

  it('schema prints JSON Schema for both formats', async () => {
    for (const kind of ['framework', 'answers']) {
      const r = await runCli(['schema', kind]);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { $schema: string }).$schema).toContain('2020-12');
    }
  });
});

describe('validate over many files', () => {
  it('gives the same findings, in the same order, with worker threads as without', async () => {
    const dir = tempDir();
    const src = join(FIXTURES, 'frameworks');
    mkdirSync(join(dir, 'many'));
    // 40 files, valid and invalid, enough to be shared among threads.
    const names = readdirSync(src).filter(
      (f) =>
        f.endsWith('.yaml') &&
        !f.includes('extends') &&
        !f.includes('removed') &&
        !f.includes('remove-unknown'),
    );
    names.slice(0, 40).forEach((f) => cpSync(join(src, f), join(dir, 'many', f)));
    const args = ['validate', '--format', 'json', join(dir, 'many')];
    const single = await runCli(args, { env: { ATTUNE_THREADS: '1' } });
    const parallel = await runCli(args, { env: { ATTUNE_THREADS: '2' } });
    expect(single.code).toBe(1);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    expect((JSON.parse(single.stdout) as { files: unknown[] }).files.length).toBeGreaterThanOrEqual(
      32,
    );
  });
});
