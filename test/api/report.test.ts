import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  jsonSchema,
  listFrameworks,
  loadFramework,
  readAnswers,
  render,
  renderDocx,
  type Answers,
} from '../../src/api.js';
import { InputError } from '../../src/core/errors.js';
import type { ReportModel } from '../../src/core/report-model.js';
import { ROOT, runCli, tempDir } from '../helpers.js';

const SMALL = 'test/fixtures/frameworks/small.yaml';
const A = 'test/fixtures/answers';
const EPOCH = 1795392000; // 23 November 2026, as the report snapshots
const now = new Date(EPOCH * 1000);
const env = { SOURCE_DATE_EPOCH: String(EPOCH) };

describe('the API gives what the command line gives', () => {
  it.each([
    ['json', ['--format', 'json'], {}],
    ['md', ['--format', 'md', '--by', 'role'], { by: 'role' as const }],
    ['html', ['--format', 'html', '--by', 'unit'], { by: 'unit' as const }],
    ['csv', ['--format', 'csv', '--csv-table', 'domains'], {}],
  ] as const)('%s', async (format, flags, options) => {
    const answers = await readAnswers([`${A}/team`], { cwd: ROOT, framework: SMALL });
    const model = buildReport(answers, { now, ...options });
    const cli = await runCli(['report', `${A}/team`, '--framework', SMALL, ...flags], { env });
    expect(cli.code).toBe(0);
    expect(render(model, format, format === 'csv' ? { table: 'domains' } : {})).toBe(cli.stdout);
  });

  it('compares with an earlier report, from its model or from its JSON', async () => {
    const dir = tempDir();
    const earlierFile = join(dir, 'earlier.json');
    await runCli(
      ['report', `${A}/team-2025`, '--framework', SMALL, '--format', 'json', '--out', earlierFile],
      { env },
    );
    const cli = await runCli(
      ['report', `${A}/team`, '--framework', SMALL, '--format', 'json', '--compare', earlierFile],
      { env },
    );
    const answers = await readAnswers([`${A}/team`], { cwd: ROOT, framework: SMALL });
    const fromJson = buildReport(answers, {
      now,
      compare: JSON.parse(readFileSync(earlierFile, 'utf8')) as ReportModel,
    });
    expect(render(fromJson, 'json')).toBe(cli.stdout);
    const earlier = buildReport(
      await readAnswers([`${A}/team-2025`], { cwd: ROOT, framework: SMALL }),
      { now },
    );
    const fromModel = buildReport(answers, { now, compare: earlier });
    // The same, but for the rounding of the JSON report to one decimal place.
    expect(fromModel.comparison?.overall.before).toBeCloseTo(
      fromJson.comparison?.overall.before ?? NaN,
      1,
    );
    expect(fromModel.comparison?.domains.map((d) => d.id)).toEqual(
      fromJson.comparison?.domains.map((d) => d.id),
    );
  });
});

describe('readAnswers', () => {
  it('counts the answers against the framework they name, or the one given', async () => {
    const framework = await loadFramework(SMALL, { cwd: ROOT });
    const answers = await readAnswers([`${A}/team`], { cwd: ROOT, framework });
    expect(answers.framework.id).toBe('small-example');
    expect(answers.counted).toBe(8);
    expect(answers.skipped).toEqual([]);
  });

  it('throws an InputError on answers that cannot be used, or skips them if asked', async () => {
    const paths = [`${A}/team`, `${A}/invalid-answers-value.yaml`];
    await expect(readAnswers(paths, { cwd: ROOT, framework: SMALL })).rejects.toThrow(InputError);
    const answers = await readAnswers(paths, { cwd: ROOT, framework: SMALL, skipInvalid: true });
    expect(answers.counted).toBe(8);
    expect(answers.skipped.map((s) => s.file)).toEqual([`${A}/invalid-answers-value.yaml`]);
    expect(answers.skipped[0]?.findings[0]?.rule).toMatch(/^answers-/);
  });
});

describe('mistakes in using the API are InputErrors that say what to give', () => {
  const answers = () => readAnswers([`${A}/team`], { cwd: ROOT, framework: SMALL });

  it.each([
    ['answers not from readAnswers', () => buildReport({} as Answers), /readAnswers/],
    [
      'a group size below 1',
      async () => buildReport(await answers(), { minGroupSize: 0 }),
      /minGroupSize 0/,
    ],
    [
      'a grouping that does not exist',
      async () => buildReport(await answers(), { by: 'team' as 'unit' }),
      /by: use unit or role/,
    ],
    [
      'a date that is not one',
      async () => buildReport(await answers(), { now: new Date('never') }),
      /now/,
    ],
    [
      'a language tag that is not one',
      async () => buildReport(await answers(), { lang: 'not a tag' }),
      /not a language tag/,
    ],
    [
      'an earlier report that is not one',
      async () =>
        buildReport(await answers(), { compare: { overall: 1 } as unknown as ReportModel }),
      /compare: not a report/,
    ],
    [
      'a format that does not exist',
      async () => render(buildReport(await answers()), 'pdf' as 'md'),
      /format pdf/,
    ],
    [
      'a CSV table the model cannot give',
      async () => render(buildReport(await answers()), 'csv', { table: 'responses' as 'actions' }),
      /table responses/,
    ],
  ])('%s', async (_what, use, message) => {
    const attempt = (async () => use())();
    await expect(attempt).rejects.toThrow(InputError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('a framework that does not exist', async () => {
    await expect(loadFramework('no-such-framework', { cwd: tempDir() })).rejects.toThrow(
      /no framework with id "no-such-framework"/,
    );
  });
});

describe('the rest of the API', () => {
  it('lists the bundled frameworks and gives the JSON Schemas', async () => {
    const ids = (await listFrameworks({ cwd: tempDir() })).map((f) => f.id);
    expect(ids).toContain('trauma-informed-organisation');
    expect(jsonSchema().$schema).toMatch(/2020-12/);
    expect(JSON.stringify(jsonSchema('answers'))).toContain('respondent');
  });

  it('renders the Word report, as the command line writes it', async () => {
    const answers = await readAnswers([`${A}/team`], { cwd: ROOT, framework: SMALL });
    const bytes = await renderDocx(buildReport(answers, { now }));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    const file = join(tempDir(), 'r.docx');
    const cli = await runCli(
      ['report', `${A}/team`, '--framework', SMALL, '--format', 'docx', '--out', file],
      { env },
    );
    expect(cli.code).toBe(0);
    const fromCli = unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml'];
    expect(xml).toContain('Key findings');
    expect(xml).toBe(strFromU8(fromCli ?? new Uint8Array()));
  });
});
