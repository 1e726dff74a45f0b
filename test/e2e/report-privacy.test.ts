import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import { loadAnswers } from '../../src/io/answers-file.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { ROOT, runCli } from '../helpers.js';
import { Attacker, readCsv } from '../privacy-attacker.js';

/**
 * No report singles anyone out, end to end: sets of answers built to (one person; one person
 * beside two larger roles; a unit of one role; a question only one person is shown; one answer
 * among "don't know"s; individuals among workshops) through every format of `attune report`,
 * and the attacker of test/privacy-attacker.ts on what the CLI wrote. And an earlier report
 * whose numbers are out of range is refused, never printed.
 */
const P = 'test/fixtures/hostile/privacy';
const SMALL = 'test/fixtures/frameworks/small.yaml';
const env = { SOURCE_DATE_EPOCH: '1795392000' };
const report = (input: string, ...args: string[]) =>
  runCli(['report', input, '--framework', SMALL, ...args], { env, timeoutMs: 60_000 });

interface Json {
  withheld: { reason: string; individuals: number } | null;
  overall: { score: number | null };
  domains: { score: number | null; byRole: Record<string, unknown> }[];
  areas: { score: number | null }[];
  questions: {
    id: string;
    score: number | null;
    suppressed: boolean;
    respondents: number | null;
    byRole: Record<string, unknown>;
    notes: string[];
  }[];
  actions: unknown[];
  by: { rows: { suppressed: boolean; overall: number | null }[] } | null;
  comparison: { overall: { after: number | null }; movedMost: unknown[] } | null;
}

describe('a report of fewer people than the threshold', () => {
  const one = `${P}/one-person.yaml`;

  it('shows no score, note or action in Markdown or HTML, and says why and what to do', async () => {
    const [md, html] = await Promise.all([report(one), report(one, '--format', 'html')]);
    expect(md.stdout).not.toMatch(/## Scores by domain|Score: \*\*/);
    for (const r of [md, html]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('No scores are shown.');
      expect(r.stdout).toContain('collect answers from more people');
      expect(r.stdout).toContain('respondent: { workshop: true }');
      expect(r.stdout).toContain('--min-group-size');
      expect(r.stdout).not.toContain('Only I know this.');
      expect(r.stdout).not.toMatch(/Overall score|Action plan|class="overall"/);
      expect(r.stderr).toContain(
        'attune: no scores are shown: only 1 person answered on their own, fewer than --min-group-size (3)',
      );
    }
  });

  it('in JSON, by unit and by role, and compared with an earlier assessment', async () => {
    const [byUnit, byRole, compared] = await Promise.all([
      report(one, '--format', 'json', '--by', 'unit'),
      report(one, '--format', 'json', '--by', 'role'),
      report(one, '--format', 'json', '--compare', 'test/fixtures/answers/team-2025'),
    ]);
    for (const r of [byUnit, byRole, compared]) {
      expect(r.code).toBe(0);
      const m = JSON.parse(r.stdout) as Json;
      expect(m.withheld).toEqual({ reason: 'too-few-people', individuals: 1 });
      expect(m.overall.score).toBeNull();
      expect([...m.domains, ...m.areas, ...m.questions].map((x) => x.score)).toEqual(
        [...m.domains, ...m.areas, ...m.questions].map(() => null),
      );
      expect(m.questions.flatMap((q) => q.notes)).toEqual([]);
      expect(m.questions.every((q) => q.suppressed && q.respondents === null)).toBe(true);
      expect(m.actions).toEqual([]);
      for (const x of [...m.domains, ...m.questions])
        for (const cell of Object.values(x.byRole)) expect(cell).toEqual({ suppressed: true });
      for (const row of m.by?.rows ?? [])
        expect(row).toMatchObject({ suppressed: true, overall: null });
    }
    expect((JSON.parse(compared.stdout) as Json).comparison).toMatchObject({
      overall: { after: null },
      movedMost: [],
    });
  });

  it('in every CSV table', async () => {
    const [actions, domains, responses] = await Promise.all(
      ['actions', 'domains', 'responses'].map((t) =>
        report(one, '--format', 'csv', '--csv-table', t),
      ),
    );
    expect(readCsv(actions?.stdout ?? '')).toEqual([]);
    expect(readCsv(responses?.stdout ?? '')).toEqual([]);
    for (const row of readCsv(domains?.stdout ?? ''))
      for (const [column, value] of Object.entries(row))
        if (!/^domain/.test(column)) expect(value, column).toBe('');
  });

  it('shows the scores once the threshold is lowered, knowingly', async () => {
    const r = await report(one, '--min-group-size', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\*\*Overall score: [\d.]+ out of 100\*\*/);
    expect(r.stdout).toContain('so one person');
    expect(r.stderr).toBe('');
  });
});

/** Every set of answers here, read as attune reads them, for the attacker. */
async function answersIn(folder: string): Promise<AnswersDoc[]> {
  const docs: AnswersDoc[] = [];
  for (const f of readdirSync(join(ROOT, folder)).sort()) {
    const loaded = await loadAnswers(join(ROOT, folder, f));
    if (loaded.doc) docs.push(loaded.doc);
  }
  return docs;
}

const framework = new FrameworkLoader(ROOT).require(join(ROOT, SMALL));

describe.each(['lone-role', 'staff-unit', 'one-asked', 'dont-know', 'workshops'])(
  'answers built to single someone out: %s',
  (set) => {
    it('nothing below the threshold can be worked out from the JSON or any CSV table', async () => {
      const input = `${P}/${set}`;
      const [byUnit, byRole, responses, domains, actions, md] = await Promise.all([
        report(input, '--format', 'json', '--by', 'unit'),
        report(input, '--format', 'json', '--by', 'role'),
        report(input, '--format', 'csv', '--csv-table', 'responses'),
        report(input, '--format', 'csv', '--csv-table', 'domains'),
        report(input, '--format', 'csv'),
        report(input, '--by', 'unit'),
      ]);
      for (const r of [byUnit, byRole, responses, domains, actions, md]) expect(r.code).toBe(0);
      const attacker = new Attacker(await framework, await answersIn(input), 3);
      attacker.read({
        jsonByUnit: byUnit.stdout,
        jsonByRole: byRole.stdout,
        responses: responses.stdout,
        domains: domains.stdout,
        actions: actions.stdout,
      });
      expect(attacker.audit()).toEqual([]);
      // What the one person wrote is quoted nowhere.
      const all = [byUnit, byRole, responses, md].map((r) => r.stdout).join('\n');
      expect(all).not.toContain('As the only one of us');
      expect(all).not.toContain('The quiet room is always locked.');
      // No row of the tidy table names a group below the threshold, nor is numbered beside one.
      const rows = readCsv(responses.stdout);
      expect(rows.filter((r) => r.role === 'lived-experience')).toEqual([]);
      if (set === 'one-asked')
        expect(rows.filter((r) => r.question === 'safety-quiet-space')).toEqual([]);
      if (set === 'staff-unit') {
        // All the staff less North would be the one member of staff at South.
        const m = JSON.parse(byUnit.stdout) as Json;
        expect(m.by?.rows.map((r) => r.suppressed)).toEqual([true, true]);
        expect(rows.filter((r) => r.role === 'staff' && r.unit === 'South')).toEqual([]);
        expect(
          rows.filter((r) => r.question === 'safety-first-contact' && r.unit !== '(not shown)'),
        ).toEqual([]);
      }
      if (set === 'dont-know') {
        const m = JSON.parse(byUnit.stdout) as Json;
        expect(m.questions.find((q) => q.id === 'safety-first-contact')).toMatchObject({
          score: null,
          suppressed: true,
          respondents: 1,
        });
        expect(
          rows.filter((r) => r.question === 'safety-first-contact').map((r) => r.value),
        ).toEqual(['', 'dont-know', 'dont-know', 'dont-know']);
      }
    });
  },
);

describe('an earlier report to compare with', () => {
  it.each([
    ['earlier-1e308.json', 'domains.0.score: a score is a number from 0 to 100, not 1e+308'],
    ['earlier-infinity.json', 'overall.score: a score is a number from 0 to 100, not Infinity'],
    ['earlier-negative-count.json', 'respondents.total: a count of answers files is 0 or more'],
    ['earlier-text-score.json', 'questions.0.score: a score is a number from 0 to 100'],
  ])('%s is refused with one line, never printed', async (file, why) => {
    const r = await report('test/fixtures/answers/team', '--compare', `${P}/${file}`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `attune: ${P}/${file}: not a JSON report of attune that can be compared with (${why})\n`,
    );
  });
});
