import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * The bundled frameworks read the same in tools built on YAML 1.1 parsers (PyYAML, older editors
 * and linters) as in attune: Debian's yamllint, with the repository's .yamllint.yaml, passes them
 * with no error and no warning. On a developer's machine without yamllint the test is skipped and
 * says why; in CI (`CI` set), where .ci/run installs it, it must run.
 */
const found = spawnSync('yamllint', ['--version'], { encoding: 'utf8' });
const hasYamllint = found.status === 0 || Boolean(process.env.CI);
const name = hasYamllint
  ? 'yamllint (YAML 1.1) passes every bundled framework'
  : 'yamllint (YAML 1.1) passes every bundled framework: SKIPPED, yamllint is not installed here (apt-get install yamllint)';

it.skipIf(!hasYamllint)(name, () => {
  const r = spawnSync(
    'yamllint',
    ['--strict', '--format', 'parsable', '-c', join(ROOT, '.yamllint.yaml'), 'frameworks/'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(r.error).toBeUndefined();
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

it.skipIf(!hasYamllint)('the yamllint settings catch what YAML 1.1 tools read differently', () => {
  // A plain `no` is false to YAML 1.1 readers; a `?` inside a flow mapping is a syntax error to them.
  for (const [input, rule] of [
    ['label: no\n', 'truthy'],
    ['scale: { label: How often? }\n', 'syntax'],
  ] as const) {
    const r = spawnSync(
      'yamllint',
      ['--strict', '--format', 'parsable', '-c', join(ROOT, '.yamllint.yaml'), '-'],
      { cwd: ROOT, encoding: 'utf8', input },
    );
    expect(r.status, input).not.toBe(0);
    expect(r.stdout, input).toContain(`(${rule})`);
  }
});
