import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir, type RunResult } from '../helpers.js';

/**
 * Ids named like what every JavaScript object inherits (constructor, toString, valueOf,
 * hasOwnProperty, __proto__): ordinary ids where the format allows them (only `constructor` is
 * kebab-case), a located finding where it does not, and never a crash, in validate, show,
 * report and form.
 */
const H = join(FIXTURES, 'hostile/frameworks');

function calm(r: RunResult) {
  expect(r.stdout + r.stderr).not.toMatch(/unexpected error|This is a bug|\n\s+at \S+ \(/);
}

/** Three people (so that no group is suppressed) in role `constructor`, unit `constructor`. */
function answers(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'team'));
  for (const value of [1, 2, 3])
    writeFileSync(
      join(dir, 'team', `p${value}.yaml`),
      [
        'attune: 1',
        'framework: { id: small-example, version: 1.0.0 }',
        'respondent: { role: constructor }',
        'unit: constructor',
        'status: completed',
        'answers:',
        `  safety-first-contact: { value: ${value} }`,
        '  constructor: { value: 1 }',
        `  safety-quiet-space: { value: ${value} }`,
        '  trust-explain-decisions: { value: 2 }',
        '',
      ].join('\n'),
    );
  return join(dir, 'team');
}

describe('a framework whose scale, role, area, stage and question are all called constructor', () => {
  const file = join(H, 'proto-constructor-ids.yaml');

  it('validates clean and shows its outline', async () => {
    const v = await runCli(['validate', '--strict', file]);
    calm(v);
    expect(v.stdout).toBe('1 file checked: no problems\n');
    const s = await runCli(['show', '--format', 'json', file]);
    calm(s);
    expect(s.code).toBe(0);
    const shown = JSON.parse(s.stdout) as {
      scales: object;
      domains: { questions: { id: string; scale: string }[] }[];
    };
    expect(Object.keys(shown.scales)).toContain('constructor');
    const questions = shown.domains.flatMap((d) => d.questions);
    expect(questions.find((q) => q.id === 'safety-first-contact')?.scale).toBe('constructor');
    expect(questions.map((q) => q.id)).toContain('constructor');
  });

  it('reports answers by that role and unit, and makes the form', async () => {
    const team = answers();
    for (const by of [[], ['--by', 'role'], ['--by', 'unit']]) {
      const r = await runCli(['report', team, '--framework', file, '--format', 'json', ...by]);
      calm(r);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as {
        respondents: { byRole: Record<string, number> };
        questions: { id: string; respondents: number }[];
      };
      expect(report.respondents.byRole).toEqual({ constructor: 3 });
      expect(report.questions.find((q) => q.id === 'constructor')?.respondents).toBe(3);
    }
    const out = join(tempDir(), 'form.html');
    const f = await runCli(['form', '--framework', file, '--out', out]);
    calm(f);
    expect(f.code).toBe(0);
  });
});

describe.each([
  [
    'proto-default-scale.yaml',
    /:31:15 {2}error {4}defaultScale "constructor" is not one of the scales/,
  ],
  ['proto-question-scale.yaml', /:56:16 {2}error {4}unknown scale "constructor"/],
  ['proto-member-ids.yaml', /:13:11 {2}error {4}"valueOf" is not a valid id/],
  ['proto-keys.yaml', /:3:1 {2}error {4}unknown key "__proto__"/],
])('%s', (name, finding) => {
  const file = join(H, name);

  it('gets a located finding from validate and show, and a clean refusal from report and form', async () => {
    for (const args of [['validate'], ['show']]) {
      const r = await runCli([...args, file]);
      calm(r);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(finding);
    }
    const dir = tempDir();
    cpSync(join(FIXTURES, 'answers/team'), join(dir, 'team'), { recursive: true });
    const r = await runCli(['report', join(dir, 'team'), '--framework', file]);
    calm(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^attune: .*the framework is not valid: .*:\d+:\d+ /);
    const f = await runCli(['form', '--framework', file, '--out', join(dir, 'form.html')]);
    calm(f);
    expect(f.code).toBe(2);
  });
});

it('answers to a question called constructor, by a role of that name, get located findings', async () => {
  const r = await runCli([
    'report',
    join(FIXTURES, 'hostile/answers/proto-role-unit.yaml'),
    '--framework',
    join(FIXTURES, 'frameworks/small.yaml'),
  ]);
  calm(r);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/proto-role-unit\.yaml:3:\d+ role "constructor" is not one of/);
  expect(r.stderr).toMatch(
    /proto-role-unit\.yaml:7:3 question "constructor" is not in small-example/,
  );
});
