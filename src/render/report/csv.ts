import { stringify } from 'csv-stringify/sync';
import type { Framework } from '../../core/framework.js';
import type { ReportModel } from '../../core/report-model.js';
import { itemScore } from '../../core/scoring.js';
import type { ResponseRow } from '../../core/tally.js';
import { csvSafe } from '../escape.js';
import { round1 } from './format.js';

export type CsvTable = 'actions' | 'domains' | 'responses';

const num = (value: number | null) => (value === null ? '' : round1(value));

function csv(rows: (string | number)[][]): string {
  // A byte order mark, so that spreadsheet programs read the UTF-8 as UTF-8.
  return `\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`;
}

/** The action plan, as in the report, with empty owner and due columns for the team. */
export function actionsCsv(model: ReportModel): string {
  const title = new Map(model.domains.map((d) => [d.id, d.title]));
  const text = new Map(model.questions.map((q) => [q.id, q.text]));
  return csv([
    ['priority', 'domain', 'question id', 'question', 'question score', 'action', 'owner', 'due'],
    ...model.actions.map((a) => [
      a.priority,
      csvSafe(title.get(a.domain) ?? a.domain),
      a.question,
      csvSafe(text.get(a.question) ?? ''),
      num(a.score),
      csvSafe(a.text),
      '',
      '',
    ]),
  ]);
}

/** The domain table: score, stage, coverage, and each role's score (blank where suppressed). */
export function domainsCsv(model: ReportModel): string {
  const roles = model.roles;
  return csv([
    [
      'domain id',
      'domain',
      'score',
      'stage',
      'answered',
      'not applicable',
      'dont know',
      'unanswered',
      ...roles.map((r) => `score: ${r.id}`),
    ],
    ...model.domains.map((d) => [
      d.id,
      csvSafe(d.title),
      num(d.score),
      d.stage ?? '',
      d.coverage.answered,
      d.coverage.notApplicable,
      d.coverage.dontKnow,
      d.coverage.unanswered,
      ...roles.map((r) => {
        const s = d.byRole[r.id];
        return s === undefined || 'suppressed' in s ? '' : num(s.score);
      }),
    ]),
  ]);
}

export interface ResponsesInput {
  framework: Framework;
  respondents: readonly { role?: string; unit?: string; rows: readonly ResponseRow[] }[];
  /** Roles and units too small to name: shown as blank. */
  hiddenRoles: ReadonlySet<string>;
  hiddenUnits: ReadonlySet<string>;
}

/**
 * The long, tidy table: one row per respondent and question they were shown, with no personal
 * data, and the weights, so that the report's scores can be worked out again from it alone
 * (README: "Analysis at scale"). A role or unit with fewer people than the threshold is left blank, so that no one can
 * be picked out by it.
 */
export function responsesCsv(input: ResponsesInput): string {
  const { framework } = input;
  const domainWeight = new Map(framework.domains.map((d) => [d.id, d.weight]));
  const rows: (string | number)[][] = [
    [
      'respondent',
      'role',
      'unit',
      'question',
      'domain',
      'area',
      'value',
      'item score',
      'question weight',
      'domain weight',
    ],
  ];
  input.respondents.forEach((r, i) => {
    const role = r.role !== undefined && !input.hiddenRoles.has(r.role) ? r.role : '';
    const unit = r.unit !== undefined && !input.hiddenUnits.has(r.unit) ? csvSafe(r.unit) : '';
    for (const row of r.rows) {
      const q = framework.questions[row.question];
      if (!q) continue;
      rows.push([
        i + 1,
        role,
        unit,
        q.id,
        q.domain,
        q.area ?? '',
        row.value ?? '',
        // A gate question is answered but never scored, so it has no item score to average.
        typeof row.value === 'number' && q.scored ? itemScore(q, row.value) : '',
        q.weight,
        domainWeight.get(q.domain) ?? 1,
      ]);
    }
  });
  return csv(rows);
}
