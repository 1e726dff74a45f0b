import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/core/framework.js';
import { importTable, looksPersonal, planColumns } from '../../src/core/import-map.js';
import { parseCell, parseRole } from '../../src/core/import-values.js';
import type { FrameworkDoc } from '../../src/core/schema/framework.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, ROOT } from '../helpers.js';

const loader = new FrameworkLoader(ROOT);
const small = await loader.require(join(FIXTURES, 'frameworks/small.yaml'));
const bundled = await loader.require('trauma-informed-organisation');
const q = (id: string) => {
  const found = small.questionById.get(id);
  if (!found) throw new Error(id);
  return found;
};
const cell = (id: string, raw: string) => parseCell(q(id), raw, small.language);

describe('a cell as an answer', () => {
  it.each([
    ['3', 3],
    [' 4 ', 4],
    ['+2', 2],
    ['2.0', 2],
    ['Mostly in place', 3],
    ['mostly  IN place', 3],
    ['MOSTLYINPLACE', 3],
    ['n/a', 'not-applicable'],
    ['N/A', 'not-applicable'],
    ['NA', 'not-applicable'],
    ['not applicable', 'not-applicable'],
    ['Not-applicable', 'not-applicable'],
    ["don't know", 'dont-know'],
    ['Don’t know', 'dont-know'],
    ['dont know', 'dont-know'],
    ['do not know', 'dont-know'],
    ['dont-know', 'dont-know'],
    ['Unsure', 'dont-know'],
    ['not sure', 'dont-know'],
  ])('%j on the practice scale is %j', (raw, value) => {
    expect(cell('safety-first-contact', raw)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', '\t'])('%j is not answered', (raw) => {
    expect(cell('safety-first-contact', raw)).toBeUndefined();
  });

  it.each([
    [
      'safety-first-contact',
      'Sometimes',
      '"Sometimes" is not a value of scale "practice" for safety-first-contact (0, 1, 2, 3, 4 or Not in place, Starting, Partly in place, Mostly in place, Embedded; or not applicable, don\'t know)',
    ],
    [
      'safety-first-contact',
      '5',
      '"5" is not a value of scale "practice" for safety-first-contact (0, 1, 2, 3, 4 or Not in place, Starting, Partly in place, Mostly in place, Embedded; or not applicable, don\'t know)',
    ],
    [
      'safety-premises',
      'n/a',
      '"n/a" means not applicable, which scale "yes-no" for safety-premises does not allow (0, 1 or No, Yes; or don\'t know)',
    ],
    [
      'safety-premises',
      'Yes\u001b[31m',
      '"Yes\\u001b[31m" is not a value of scale "yes-no" for safety-premises (0, 1 or No, Yes; or don\'t know)',
    ],
  ])('%s: %j is reported', (id, raw, message) => {
    expect(cell(id, raw)).toEqual({ ok: false, message });
  });

  it('reads labels in every language the framework has', () => {
    const question = bundled.questions[0];
    if (!question) throw new Error('no question');
    expect(parseCell(question, 'Heb ei sefydlu', 'en-GB')).toEqual({ ok: true, value: 0 });
  });
});

describe('a role cell', () => {
  it.each([
    ['staff', 'staff'],
    ['STAFF', 'staff'],
    ['Managers and board', 'leadership'],
    ['people who use  the service', 'lived-experience'],
  ])('%j is %s', (raw, role) => {
    expect(parseRole(small, raw)).toEqual({ ok: true, role });
  });

  it('an unknown role is reported, and blank is no role', () => {
    expect(parseRole(small, 'visitor')).toEqual({
      ok: false,
      message:
        '"visitor" is not one of small-example\'s roles (staff, leadership, lived-experience, or their labels); the row is kept without a role',
    });
    expect(parseRole(small, ' ')).toBeUndefined();
  });
});

describe('headers', () => {
  const kinds = (headers: string[], map = {}) =>
    planColumns(small, { headers, rows: [] }, map).columns.map((c) =>
      c.kind === 'question' ? c.question.id : c.kind,
    );

  it('match a question by id or text, ignoring case, spaces and punctuation', () => {
    expect(
      kinds([
        'safety-first-contact',
        'SAFETY FIRST CONTACT',
        'the service has premises that people visit',
        '3. There is a quiet space people can use, when they feel overwhelmed!',
        'Grid title [Decisions about people’s support are explained to them in plain words.]',
        'Q5) The board hears, at every meeting, what people who use the service say about it.',
      ]),
    ).toEqual([
      'safety-first-contact',
      'ignored',
      'safety-premises',
      'safety-quiet-space',
      'trust-explain-decisions',
      'trust-board-reports',
    ]);
  });

  it('role and unit, by header or by map; a map wins over everything', () => {
    expect(kinds(['Role', ' UNIT '])).toEqual(['role', 'unit']);
    expect(
      kinds(['Your role', 'Site', 'role', 'Q1'], {
        role: 'your role',
        unit: 'site',
        questions: { q1: 'trust-board-reports', role: 'safety-premises' },
      }),
    ).toEqual(['role', 'unit', 'safety-premises', 'trust-board-reports']);
  });

  it('a header that fits two questions is not guessed at', () => {
    const twins = normalise(twinDoc());
    const plan = planColumns(twins, { headers: ['Same words'], rows: [] });
    expect(plan.notes.map((n) => n.message)).toEqual([
      'column "Same words" matches more than one question (a-one, b-one): ignored; name one in --map',
    ]);
  });

  it.each([
    ['Name', true],
    ['Full name', true],
    ['Email Address', true],
    ['E-mail', true],
    ['Phone number', true],
    ['Date of birth', true],
    ['NHS number', true],
    ['Timestamp', false],
    ['Comments', false],
    ['Named worker present', false],
  ])('%j looks personal: %s', (header, personal) => {
    expect(looksPersonal(header)).toBe(personal);
  });
});

describe('rows', () => {
  it('apply the same rules as assess: only what the role is asked, and `when`', () => {
    const result = importTable(small, {
      headers: ['role', 'safety-premises', 'safety-quiet-space', 'trust-board-reports'],
      rows: [
        ['staff', '1', '2', '3'],
        ['leadership', '0', '2', '3'],
      ],
    });
    expect(result.docs.map((d) => d.doc.answers)).toEqual([
      { 'safety-premises': { value: 1 }, 'safety-quiet-space': { value: 2 } },
      { 'safety-premises': { value: 0 }, 'trust-board-reports': { value: 3 } },
    ]);
    expect(result.notes.map((n) => `${n.row}:${n.column} ${n.kind} ${n.message}`)).toEqual([
      '2:4 not-asked trust-board-reports is not asked of role "staff": left out',
      '3:3 not-asked safety-quiet-space is not asked of role "leadership": left out',
    ]);
    expect(result.counts).toEqual({ rows: 2, empty: 0, unmapped: 0, ignoredColumns: 0 });
  });

  it('number files by row, skip empty rows, and count what could not be used', () => {
    const result = importTable(small, {
      headers: ['safety-first-contact', 'safety-premises'],
      rows: [
        ['', ''],
        ['2', 'maybe', 'x', ''],
        ['', '1'],
      ],
    });
    expect(result.docs.map((d) => [d.row, d.index])).toEqual([
      [3, 2],
      [4, 3],
    ]);
    expect(result.counts).toEqual({ rows: 3, empty: 1, unmapped: 2, ignoredColumns: 0 });
  });
});

/** Two questions with the same text, in two domains. */
function twinDoc(): FrameworkDoc {
  const question = (id: string) => ({
    id,
    text: 'Same words.',
    help: 'Help.',
    evidence: ['Records'],
    actions: [{ below: 50, text: 'Act.' }],
  });
  return {
    attune: 1,
    id: 'twins',
    version: '1.0.0',
    title: 'Twins',
    scales: {
      yn: {
        options: [
          { value: 0, label: 'No' },
          { value: 1, label: 'Yes' },
        ],
      },
    },
    defaultScale: 'yn',
    stages: [{ id: 's', label: 'S', from: 0 }],
    domains: [
      { id: 'a', title: 'A', questions: [question('a-one')] },
      { id: 'b', title: 'B', questions: [question('b-one')] },
    ],
  };
}
