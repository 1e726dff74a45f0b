import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

/**
 * Every ```text block in the README that starts with `$ attune ...` is a real run: the test
 * runs the command and expects exactly the output shown (stdout, then stderr).
 */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```text\n\$ attune ([^\n]+)\n([\s\S]*?)```/g)].map((m) => ({
  args: (m[1] ?? '').split(' '),
  output: m[2] ?? '',
}));

describe('README examples', () => {
  it('there are some', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  it.each(examples.map((e) => [e.args.join(' '), e] as const))(
    'attune %s',
    async (_name, example) => {
      const r = await runCli(example.args);
      expect(r.stdout + r.stderr).toBe(example.output);
    },
  );
});

it('the tailoring example in the README is examples/northside.yaml, word for word', () => {
  const example = readFileSync(join(ROOT, 'examples', 'northside.yaml'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
  expect(blocks).toContain(example);
});
