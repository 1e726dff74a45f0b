import { visibleQuestions } from './conditions.js';
import type { Framework, Question } from './framework.js';
import { allTexts, looseKey, parseCell, parseRole } from './import-values.js';
import { oneLine } from './sanitize.js';
import type { AnswerDoc, AnswersDoc } from './schema/answers.js';
import type { ColumnMap } from './schema/column-map.js';
import { suggest } from './schema-issues.js';
import { emptyRecord } from './own.js';

/**
 * `attune import`, pure: a spreadsheet's header row and rows in, one answers document per row
 * out, with a note for every header and cell that could not be used. Rows and columns are
 * numbered as a spreadsheet shows them: the header is row 1, the first column is column 1.
 */
export interface Table {
  headers: string[];
  rows: string[][];
}

export type Column =
  | { kind: 'question'; question: Question }
  | { kind: 'role' }
  | { kind: 'unit' }
  | { kind: 'ignored' };

export interface ImportNote {
  /** `cell` and `extra` notes are values that could not be used, and fail the import (exit 1). */
  kind: 'column' | 'cell' | 'extra' | 'not-asked' | 'row' | 'map';
  /** 0 for notes about the map file. */
  row: number;
  /** 0 for notes about a whole row. */
  column: number;
  message: string;
}

export interface ImportResult {
  columns: Column[];
  /** One answers document per row with at least one answer; `index` counts rows from 1. */
  docs: { row: number; index: number; doc: AnswersDoc }[];
  notes: ImportNote[];
  counts: { rows: number; empty: number; unmapped: number; ignoredColumns: number };
}

const PERSONAL = new Set([
  'name',
  'names',
  'firstname',
  'lastname',
  'fullname',
  'forename',
  'forenames',
  'surname',
  'email',
  'emailaddress',
  'mail',
  'phone',
  'telephone',
  'tel',
  'mobile',
  'address',
  'postcode',
  'zip',
  'zipcode',
  'birth',
  'birthday',
  'dob',
  'ip',
  'username',
  'signature',
  'initials',
  'nhs',
]);

/** Whether a header looks like it holds something that identifies a person. */
export const looksPersonal = (header: string): boolean =>
  header
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => PERSONAL.has(w));

/** The ways one header may name a question: itself, without a "1." or "Q1:" in front, or a [bracketed] part. */
function headerKeys(header: string): string[] {
  const keys = [header, header.replace(/^\s*(?:q(?:uestion)?\s*)?\d+[a-z]?\s*[.):-]\s*/i, '')];
  const bracket = /\[([^\]]+)\]\s*$/.exec(header)?.[1];
  if (bracket !== undefined) keys.push(bracket);
  return [...new Set(keys.map(looseKey).filter((k) => k !== ''))];
}

/** Question ids and texts (every language), each as a loose key, to the questions they name. */
function questionIndex(framework: Framework): Map<string, Question[]> {
  const index = new Map<string, Question[]>();
  const add = (key: string, q: Question) => {
    const list = index.get(key) ?? [];
    if (!list.includes(q)) list.push(q);
    index.set(key, list);
  };
  for (const q of framework.questions) {
    add(looseKey(q.id), q);
    for (const text of allTexts(q.text)) add(looseKey(text), q);
  }
  return index;
}

/** What each column holds, and a note for every column left out. */
export function planColumns(
  framework: Framework,
  table: Table,
  map: ColumnMap = {},
): { columns: Column[]; notes: ImportNote[] } {
  const index = questionIndex(framework);
  const mapped = new Map(Object.entries(map.questions ?? {}).map(([h, id]) => [looseKey(h), id]));
  const ignore = new Set((map.ignore ?? []).map(looseKey));
  const roleKey = looseKey(map.role ?? 'role');
  const unitKey = looseKey(map.unit ?? 'unit');
  const notes: ImportNote[] = [];
  const firstColumn = new Map<string, number>();
  const note = (column: number, message: string) =>
    notes.push({ kind: 'column', row: 1, column, message });

  const columns = table.headers.map((header, i): Column => {
    const column = i + 1;
    const shown = `column "${oneLine(header.trim(), 120)}"`;
    const key = looseKey(header);
    const claim = (what: string, col: Column): Column => {
      const first = firstColumn.get(what);
      if (first !== undefined) {
        note(column, `${shown} is ${what} again (first in column ${first}): ignored`);
        return { kind: 'ignored' };
      }
      firstColumn.set(what, column);
      return col;
    };
    if (key === '') {
      const used = table.rows.some((r) => (r[i] ?? '').trim() !== '');
      if (used) note(column, `column ${column} has no header: ignored`);
      return { kind: 'ignored' };
    }
    if (ignore.has(key)) return { kind: 'ignored' };
    const byMap = mapped.get(key);
    const fromMap = byMap === undefined ? undefined : framework.questionById.get(byMap);
    if (fromMap) return claim(fromMap.id, { kind: 'question', question: fromMap });
    if (key === roleKey) return claim('the role', { kind: 'role' });
    if (key === unitKey) return claim('the unit', { kind: 'unit' });
    const matches = headerKeys(header)
      .map((k) => index.get(k) ?? [])
      .find((list) => list.length > 0);
    if (matches && matches.length > 1) {
      note(
        column,
        `${shown} matches more than one question (${matches.map((q) => q.id).join(', ')}): ignored; name one in --map`,
      );
      return { kind: 'ignored' };
    }
    const q = matches?.[0];
    if (q) return claim(q.id, { kind: 'question', question: q });
    if (looksPersonal(header)) {
      note(column, `${shown} looks like personal data: ignored, and never copied`);
      return { kind: 'ignored' };
    }
    const near = suggest(header.trim(), [...framework.questionById.keys()]);
    note(
      column,
      `${shown} is not a question, role or unit of ${framework.id}: ignored${near ? ` (did you mean "${near}"?)` : ''}`,
    );
    return { kind: 'ignored' };
  });

  const headerKeysSeen = new Set(table.headers.map(looseKey));
  const mapHeaders = [
    ...Object.keys(map.questions ?? {}),
    map.role,
    map.unit,
    ...(map.ignore ?? []),
  ];
  for (const h of mapHeaders) {
    if (h !== undefined && !headerKeysSeen.has(looseKey(h))) {
      notes.push({
        kind: 'map',
        row: 0,
        column: 0,
        message: `column "${oneLine(h, 120)}" is not in the CSV file`,
      });
    }
  }
  return { columns, notes };
}

/** Every row as an answers document for the framework, with notes on what could not be used. */
export function importTable(framework: Framework, table: Table, map: ColumnMap = {}): ImportResult {
  const { columns, notes } = planColumns(framework, table, map);
  const docs: ImportResult['docs'] = [];
  let empty = 0;
  let extraCells = 0;
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) {
      empty++;
      return;
    }
    const extra = cells.slice(columns.length).filter((c) => c.trim() !== '').length;
    if (extra > 0) {
      extraCells += extra;
      notes.push({
        kind: 'extra',
        row,
        column: 0,
        message: `${extra === 1 ? '1 cell lies' : `${extra} cells lie`} beyond the last column of the header (${columns.length}): ignored`,
      });
    }
    const doc = importRow(framework, columns, cells, row, notes);
    if (doc) docs.push({ row, index: i + 1, doc });
    else {
      notes.push({
        kind: 'row',
        row,
        column: 0,
        message: 'no answers in this row: no file written',
      });
    }
  });
  const unmapped = notes.filter((n) => n.kind === 'cell').length + extraCells;
  return {
    columns,
    docs,
    notes,
    counts: {
      rows: table.rows.length,
      empty,
      unmapped,
      // Columns the map says to ignore are not counted: they were left out on purpose.
      ignoredColumns: notes.filter((n) => n.kind === 'column').length,
    },
  };
}

function importRow(
  framework: Framework,
  columns: readonly Column[],
  cells: readonly string[],
  row: number,
  notes: ImportNote[],
): AnswersDoc | undefined {
  const note = (kind: ImportNote['kind'], column: number, message: string) =>
    notes.push({ kind, row, column, message });
  let role: string | undefined;
  let unit: string | undefined;
  const answers = emptyRecord<AnswerDoc>();
  const columnOf = new Map<string, number>();
  columns.forEach((col, i) => {
    const cell = cells[i] ?? '';
    const column = i + 1;
    if (col.kind === 'role') {
      const parsed = parseRole(framework, cell);
      if (parsed?.ok) role = parsed.role;
      else if (parsed) note('cell', column, parsed.message);
    } else if (col.kind === 'unit') {
      const text = cell.trim().replace(/\s+/g, ' ');
      if (text.length > 200) note('cell', column, `the unit is over 200 characters: left out`);
      else if (text !== '') unit = text;
    } else if (col.kind === 'question') {
      const parsed = parseCell(col.question, cell, framework.language);
      if (parsed?.ok) {
        answers[col.question.id] = { value: parsed.value };
        columnOf.set(col.question.id, column);
      } else if (parsed) note('cell', column, parsed.message);
    }
  });
  // The same rules as assess and the form: only what this respondent would have been asked.
  const shown = visibleQuestions(framework, role, (id) => answers[id]?.value);
  const kept = emptyRecord<AnswerDoc>();
  for (const q of framework.questions) {
    const answer = answers[q.id];
    if (!answer) continue;
    if (shown.has(q.id)) {
      kept[q.id] = answer;
      continue;
    }
    const why =
      role !== undefined && q.respondents && !q.respondents.includes(role)
        ? `is not asked of role "${role}"`
        : 'is not asked, as its `when` condition does not hold for this row';
    note('not-asked', columnOf.get(q.id) ?? 0, `${q.id} ${why}: left out`);
  }
  if (Object.keys(kept).length === 0) return undefined;
  return {
    attune: 1,
    framework: { id: framework.id, version: framework.version },
    ...(role !== undefined && { respondent: { role } }),
    ...(unit !== undefined && { unit }),
    status: 'completed',
    answers: kept,
  };
}

/** Problems with a map file's own content, by the path of the key at fault. */
export function checkColumnMap(
  framework: Framework,
  map: ColumnMap,
): { path: string[]; message: string }[] {
  const ids = [...framework.questionById.keys()];
  return Object.entries(map.questions ?? {}).flatMap(([header, id]) => {
    if (framework.questionById.has(id)) return [];
    const near = suggest(id, ids);
    return [
      {
        path: ['questions', header],
        message: `"${oneLine(id)}" is not a question of ${framework.id}${near ? ` (did you mean "${near}"?)` : ''}`,
      },
    ];
  });
}
