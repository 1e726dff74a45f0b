import { describe, expect, it } from 'vitest';
import { commandLines, launcher } from '../../src/cli/assess/launcher.js';

describe('the command to carry on, typed the way attune was started', () => {
  const cwd = '/home/sam/audit';
  it.each<[string, string | undefined, Record<string, string>, string[]]>([
    [
      'npx attune',
      '/home/sam/audit/node_modules/.bin/attune',
      { npm_command: 'exec' },
      ['npx', 'attune'],
    ],
    [
      'npx, as older npm marks it',
      '/tmp/npx/attune',
      { npm_lifecycle_event: 'npx' },
      ['npx', 'attune'],
    ],
    [
      'a package script',
      '/home/sam/audit/node_modules/.bin/attune',
      { npm_command: 'run-script' },
      ['npx', 'attune'],
    ],
    [
      'node bin/attune.js, inside the folder',
      '/home/sam/audit/bin/attune.js',
      {},
      ['node', 'bin/attune.js'],
    ],
    [
      'node with a script elsewhere',
      '/opt/attune/bin/attune.js',
      {},
      ['node', '/opt/attune/bin/attune.js'],
    ],
    [
      'attune from the PATH',
      '/usr/local/bin/attune',
      { PATH: '/usr/bin:/usr/local/bin' },
      ['attune'],
    ],
    [
      'a path not on the PATH',
      '/home/sam/audit/tools/attune',
      { PATH: '/usr/bin' },
      ['tools/attune'],
    ],
    ['a file in the folder itself', '/home/sam/audit/attune', { PATH: '/usr/bin' }, ['./attune']],
    ['nothing known', undefined, {}, ['attune']],
  ])('%s', (_name, script, env, expected) => {
    expect(launcher(script, env, cwd)).toEqual(expected);
  });

  it('is not fooled by npm running the tests', () => {
    expect(launcher('/x/bin/attune.js', { npm_command: 'test' }, '/x')).toEqual([
      'node',
      'bin/attune.js',
    ]);
  });
});

describe('a command laid out to copy and paste', () => {
  const words = [
    'npx',
    'attune',
    'assess',
    '--resume',
    'attune-answers-example-2026-11-22.yaml',
    '--framework',
    'our framework.yaml',
    '--lang',
    'cy',
  ];

  it('stays on one line where it fits, quoted for the shell', () => {
    expect(commandLines(words, 200)).toBe(
      "  npx attune assess --resume attune-answers-example-2026-11-22.yaml --framework 'our framework.yaml' --lang cy",
    );
  });

  it('runs over lines before an option, each ending in a backslash, within the width', () => {
    const text = commandLines(words, 60);
    expect(text).toBe(
      [
        '  npx attune assess \\',
        '    --resume attune-answers-example-2026-11-22.yaml \\',
        "    --framework 'our framework.yaml' --lang cy",
      ].join('\n'),
    );
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });
});
