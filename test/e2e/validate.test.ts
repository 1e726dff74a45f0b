import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../helpers.js';

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

  it('schema prints JSON Schema for both formats', async () => {
    for (const kind of ['framework', 'answers']) {
      const r = await runCli(['schema', kind]);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { $schema: string }).$schema).toContain('2020-12');
    }
  });
});
