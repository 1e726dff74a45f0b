import { stringify } from 'csv-stringify/sync';
import type { Framework, Question } from '../../core/framework.js';
import type { Disclosure, ReportModel } from '../../core/report-model.js';
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

/** The domain table: score, stage, coverage, and each role's score (blank where not shown). */
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
      // Where nothing may be shown, no count either: a 0 would read as "nobody answered".
      ...(model.withheld
        ? ['', '', '', '']
        : [
            d.coverage.answered,
            d.coverage.notApplicable,
            d.coverage.dontKnow,
            d.coverage.unanswered,
          ]),
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
  /** What may be shown (core/report/suppression.ts). */
  disclosure: Disclosure;
}

/** What a role or unit cell says where the group may not be named on the row. */
export const NOT_SHOWN = '(not shown)';

interface OutRow {
  respondent: string;
  role: string;
  unit: string;
  question: number;
  value: string | number;
  item: string | number;
}

/**
 * The long, tidy table: one row per respondent and question they were shown, with no personal
 * data, and the weights, so that the report's scores can be worked out again from it alone
 * (README: "Analysis at scale"). Its rows hide what the report hides (suppression.ts):
 *
 * - a question shown to fewer people than the threshold has no rows, and one that fewer gave a
 *   value to has its values left blank;
 * - where a role's or unit's answers to a question are not shown on their own, its rows say
 *   "(not shown)" in place of the role or unit, and so pool with the others that do;
 * - a respondent with any such row has no respondent number on any row, so that no row can be
 *   joined back to their others (which question they were shown can tell an answer hidden in a
 *   pool); the others are numbered by what their rows say, not in the order their files were
 *   read (which could follow their names). Rows are sorted the same way.
 */
export function responsesCsv(input: ResponsesInput): string {
  const { framework, disclosure: d } = input;
  const domainWeight = new Map(framework.domains.map((dm) => [dm.id, dm.weight]));
  const people: { key: string; rows: OutRow[] }[] = [];
  const loose: OutRow[] = [];
  for (const r of input.respondents) {
    const role = r.role ?? '';
    const unit = r.unit ?? '';
    const person: OutRow[] = [];
    let pooled = false;
    for (const row of r.rows) {
      const q = framework.questions[row.question];
      const shown = d.questions[row.question];
      if (!q || !shown || shown.level === 'none') continue;
      const roleHidden = d.smallRoles.has(role) || shown.hiddenRoles.has(role);
      const unitHidden = d.smallUnits.has(unit) || shown.unnamedUnits.has(unit);
      const valued = typeof row.value === 'number';
      const out: OutRow = {
        respondent: '',
        role: roleHidden ? NOT_SHOWN : role,
        unit: unitHidden ? NOT_SHOWN : String(csvSafe(unit)),
        question: q.index,
        value: valued && shown.level !== 'scores' ? '' : (row.value ?? ''),
        item:
          typeof row.value === 'number' && shown.level === 'scores' && q.scored
            ? itemScore(q, row.value)
            : '',
      };
      if (roleHidden || unitHidden) pooled = true;
      person.push(out);
    }
    if (pooled) loose.push(...person);
    else if (person.length > 0)
      people.push({
        key: person
          .map((o) => `${o.role}\u0000${o.unit}\u0000${o.question}\u0000${o.value}`)
          .join('\u0001'),
        rows: person,
      });
  }
  people.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byContent = (a: OutRow, b: OutRow) =>
    a.question - b.question ||
    compareText(a.role, b.role) ||
    compareText(a.unit, b.unit) ||
    compareText(String(a.value), String(b.value));
  const ordered = [
    ...people.flatMap((p, i) => p.rows.map((o) => ({ ...o, respondent: String(i + 1) }))),
    ...loose.sort(byContent),
  ];
  return csv([
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
    ...ordered.map((o) => {
      const q = framework.questions[o.question] as Question;
      return [
        o.respondent,
        o.role,
        o.unit,
        q.id,
        q.domain,
        q.area ?? '',
        o.value,
        o.item,
        q.weight,
        domainWeight.get(q.domain) ?? 1,
      ];
    }),
  ]);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
