import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, transcript } from '../helpers.js';

/**
 * `attune report` end to end, as a user runs it: each case's command, exit code, stdout and
 * stderr in one snapshot file. The date is fixed with SOURCE_DATE_EPOCH.
 */
const A = 'test/fixtures/answers';
const SMALL = 'test/fixtures/frameworks/small.yaml';
const env = { SOURCE_DATE_EPOCH: '1795392000' }; // 23 November 2026
const team = [`${A}/team`, '--framework', SMALL];

const cases: [string, string[]][] = [
  ['markdown', ['report', ...team]],
  ['json', ['report', ...team, '--format', 'json']],
  ['csv-actions', ['report', ...team, '--format', 'csv']],
  ['csv-domains', ['report', ...team, '--format', 'csv', '--csv-table', 'domains']],
  ['csv-responses', ['report', ...team, '--format', 'csv', '--csv-table', 'responses']],
  ['by-unit', ['report', ...team, '--by', 'unit', '--min-group-size', '2']],
  ['by-role', ['report', ...team, '--by', 'role', '--format', 'json']],
  ['compare-answers', ['report', ...team, '--compare', `${A}/team-2025`]],
  ['lower-threshold', ['report', ...team, '--min-group-size', '1']],
  // Bad input: one line each, exit 2.
  [
    'invalid-files',
    [
      'report',
      `${A}/team`,
      `${A}/invalid-answers-value.yaml`,
      `${A}/invalid-answers-shape.yaml`,
      '--framework',
      SMALL,
    ],
  ],
  [
    'skip-invalid',
    [
      'report',
      `${A}/team`,
      `${A}/invalid-answers-value.yaml`,
      '--framework',
      SMALL,
      '--skip-invalid',
      '--format',
      'json',
    ],
  ],
  [
    'warning-not-asked',
    [
      'report',
      `${A}/invalid-answers-not-asked.yaml`,
      '--framework',
      SMALL,
      '--format',
      'csv',
      '--csv-table',
      'domains',
    ],
  ],
  ['framework-unknown', ['report', `${A}/team`]],
  ['other-framework', ['report', `${A}/invalid-answers-framework.yaml`, '--framework', SMALL]],
  ['missing-path', ['report', `${A}/no-such-folder`]],
  ['bad-group-size', ['report', ...team, '--min-group-size', '0']],
  ['bad-by', ['report', ...team, '--by', 'team']],
  ['template-not-a-folder', ['report', ...team, '--template', SMALL]],
  // JSON Lines: one respondent per line, findings by line and column.
  ['lines-invalid', ['report', `${A}/invalid-answers-lines.jsonl`, '--framework', SMALL]],
  [
    'lines-skip-invalid',
    [
      'report',
      `${A}/invalid-answers-lines.jsonl`,
      `${A}/team.jsonl`,
      '--framework',
      SMALL,
      '--skip-invalid',
      '--format',
      'csv',
      '--csv-table',
      'domains',
    ],
  ],
];

describe('attune report (end to end)', () => {
  it.each(cases)('%s', async (name, args) => {
    const result = await runCli(args, { env });
    await expect(transcript(args, result)).toMatchFileSnapshot(`__snapshots__/report/${name}.txt`);
  });

  it('writes HTML to --out, atomically, and says where', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.html');
    const r = await runCli(['report', ...team, '--format', 'html', '--out', out], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`attune: wrote ${out}\n`);
    await expect(readFileSync(out, 'utf8')).toMatchFileSnapshot('__snapshots__/report/report.html');
  });

  it('refuses a folder as --out', async () => {
    const r = await runCli(['report', ...team, '--out', tempDir()], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a folder; give a file name for --out/);
  });

  it('compares with an earlier JSON report as with its answers', async () => {
    const dir = tempDir();
    const earlier = join(dir, 'earlier.json');
    const made = await runCli(
      ['report', `${A}/team-2025`, '--framework', SMALL, '--format', 'json', '--out', earlier],
      { env },
    );
    expect(made.code).toBe(0);
    const fromJson = await runCli(['report', ...team, '--format', 'json', '--compare', earlier], {
      env,
    });
    const fromAnswers = await runCli(
      ['report', ...team, '--format', 'json', '--compare', `${A}/team-2025`],
      { env },
    );
    expect(fromJson.code).toBe(0);
    const a = JSON.parse(fromJson.stdout) as { comparison: unknown };
    const b = JSON.parse(fromAnswers.stdout) as { comparison: unknown };
    expect(a.comparison).toEqual(b.comparison);
    expect(a.comparison).not.toBeNull();
  });

  it('lists what exists in only one of the two assessments', async () => {
    const dir = tempDir();
    const earlier = join(dir, 'earlier.json');
    writeFileSync(
      earlier,
      JSON.stringify({
        framework: { id: 'small-example', version: '1.0.0' },
        respondents: { total: 4 },
        overall: { score: 40 },
        domains: [
          { id: 'safety', title: 'Safety', score: 30 },
          { id: 'old-domain', title: 'Gone', score: 50 },
        ],
        questions: [
          { id: 'safety-first-contact', domain: 'safety', score: 20 },
          { id: 'old-question', domain: 'old-domain', score: 50 },
        ],
      }),
    );
    const r = await runCli(['report', ...team, '--format', 'json', '--compare', earlier], { env });
    expect(r.code).toBe(0);
    const c = (JSON.parse(r.stdout) as { comparison: Record<string, unknown> }).comparison;
    expect(c.onlyEarlier).toEqual({
      domains: ['old-domain'],
      areas: [],
      questions: ['old-question'],
    });
    expect(c.onlyNow).toMatchObject({ domains: ['trust'] });
  });

  it('refuses an earlier report of another framework, and a JSON file that is not a report', async () => {
    const dir = tempDir();
    const other = join(dir, 'other.json');
    writeFileSync(
      other,
      JSON.stringify({
        framework: { id: 'other', version: '1.0.0' },
        respondents: { total: 1 },
        overall: { score: 1 },
        domains: [],
        questions: [],
      }),
    );
    let r = await runCli(['report', ...team, '--compare', other], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the earlier report is of framework "other", not "small-example"');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ overall: 'high', domains: 3 }));
    r = await runCli(['report', ...team, '--compare', broken], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json: not a JSON report of attune/);
  });

  it('uses a consultant’s template and logo, and names the template in a template error', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'partials'));
    writeFileSync(
      join(dir, 'report.md.hbs'),
      '# {{title}} for our client\n\nOverall: {{summary.score}}\n',
    );
    writeFileSync(
      join(dir, 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
    );
    let r = await runCli(['report', ...team, '--template', dir], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('# A small example framework for our client\n\nOverall: 70.5\n');
    r = await runCli(['report', ...team, '--template', dir, '--format', 'html'], { env });
    expect(r.stdout).toContain('<img class="logo" src="data:image/svg+xml;base64,');
    writeFileSync(join(dir, 'report.md.hbs'), '{{#each domains}}{{nosuchfield}}{{/each}}');
    r = await runCli(['report', ...team, '--template', dir], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/report\.md\.hbs: "nosuchfield" not defined/);
  });
});

describe('many answers files', () => {
  it('reads a JSON Lines file as the same answers in files', async () => {
    const args = (input: string) => ['report', input, '--framework', SMALL, '--format', 'html'];
    const lines = await runCli(args(`${A}/team.jsonl`), { env });
    const files = await runCli(args(`${A}/team`), { env });
    expect(lines.code).toBe(0);
    // All but where the report came from: one file there, eight here.
    const upToProvenance = (html: string) =>
      html.slice(0, html.indexOf('<section aria-labelledby="provenance">'));
    expect(upToProvenance(lines.stdout).length).toBeGreaterThan(1000);
    expect(upToProvenance(lines.stdout)).toBe(upToProvenance(files.stdout));
  });

  it('gives the same report with worker threads as without', { timeout: 300_000 }, async () => {
    const { generate } = await import('../../scripts/generate-answers.mjs');
    const { FrameworkLoader } = await import('../../src/io/load-framework.js');
    const { answersText } = await import('../../src/io/answers-file.js');
    const framework = await new FrameworkLoader(process.cwd()).require(
      'trauma-informed-organisation',
    );
    const dir = tempDir();
    generate(framework, 2100, { seed: 3, units: 5 }).forEach((doc, i) => {
      writeFileSync(
        join(dir, `a-${String(i).padStart(5, '0')}.${i % 2 ? 'json' : 'yaml'}`),
        answersText(doc, i % 2 ? 'json' : 'yaml'),
      );
    });
    const args = ['report', dir, '--format', 'json', '--by', 'unit'];
    const single = await runCli(args, { env: { ...env, ATTUNE_THREADS: '1' }, timeoutMs: 120_000 });
    const parallel = await runCli(args, {
      env: { ...env, ATTUNE_THREADS: '3' },
      timeoutMs: 120_000,
    });
    expect(single.code).toBe(0);
    expect(parallel.stdout).toBe(single.stdout);
    expect(
      (JSON.parse(single.stdout) as { respondents: { total: number } }).respondents.total,
    ).toBe(2100);
    // Answers as one JSON Lines file over 64 MB, so that it is cut into ranges for the threads,
    // with a bad line named by its number in the whole file.
    const docs = generate(framework, 2100, { seed: 3, units: 5 });
    const lines = Array.from({ length: 36_000 }, (_, i) =>
      answersText(docs[i % docs.length] as (typeof docs)[number], 'jsonl'),
    );
    lines[30_000] = '{"attune": 1,}\n';
    const file = join(dir, 'all.jsonl');
    writeFileSync(file, lines.join(''));
    expect(statSync(file).size).toBeGreaterThan(64 * 1024 * 1024);
    const byLine = ['report', file, '--format', 'json', '--by', 'unit', '--skip-invalid'];
    const one = await runCli(byLine, { env: { ...env, ATTUNE_THREADS: '1' }, timeoutMs: 120_000 });
    const three = await runCli(byLine, {
      env: { ...env, ATTUNE_THREADS: '3' },
      timeoutMs: 120_000,
    });
    expect(one.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    for (const r of [one, three])
      expect(r.stderr).toContain(`${file}:30001:14 skipped unexpected “}”; a key in double quotes`);
    expect((JSON.parse(one.stdout) as { respondents: { total: number } }).respondents.total).toBe(
      35_999,
    );
  });
});
