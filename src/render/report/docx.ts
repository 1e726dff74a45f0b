import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  type IRunOptions,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportModel } from '../../core/report-model.js';
import { HEADINGS } from './headings.js';
import { reportView, type CellView, type ReportView } from './view.js';

/**
 * The report as a Word document, for consultants who edit a report before handing it over: the
 * same content, in the same order, as the HTML report, built from the same view (so every
 * number, and every figure privacy holds back, is exactly what the HTML shows). Real headings
 * (the navigation pane and the contents field use them), tables whose header rows repeat on
 * every page, and the domain chart as a table of shaded bars beside the numbers.
 */
export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
  const v = reportView(model, xmlText);
  const body = [...opening(v), ...contents(v)];
  if (v.findings) body.push(...findings(v));
  if (v.about) body.push(heading1(HEADINGS.about), ...v.about.map((text) => para(text)));
  body.push(...summary(v));
  if (!v.withheld) {
    body.push(...scores(v));
    for (const d of v.domains) body.push(...domain(v, d));
    if (v.areas) body.push(...areas(v));
    if (v.by) body.push(...byGroup(v));
    if (v.gaps.show) body.push(...gaps(v));
    if (v.comparison) body.push(...comparison(v));
    if (v.trend) body.push(...trend(v));
    if (v.roleMix) body.push(...roleMix(v));
    if (v.responseRates) body.push(...rates(HEADINGS.rates, v.responseRates));
    if (v.plan) body.push(...plan(v));
    body.push(...actions(v), ...coverage(v), ...method(v));
  }
  if (v.provenance) body.push(...provenance(v));
  body.push(
    para(`Made with attune from ${v.framework.title} (${v.framework.id} ${v.framework.version}).`),
  );
  const doc = new Document({
    creator: 'attune',
    title: v.own ? `Your answers: ${v.title}` : `${v.title}: assessment report`,
    description: 'Assessment report made with attune',
    styles: {
      default: { document: { run: { font: 'Arial', size: 22 } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm, in twentieths of a point
const TEXT_WIDTH = A4.width - 2 * MARGIN;

/**
 * Text from a framework, an answers file or a note, made safe for XML 1.0: the docx package
 * escapes markup, but a control character would make the document unreadable, so it is dropped.
 */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

type Child = Paragraph | Table | TableOfContents;
type Run = string | TextRun;

const runsOf = (runs: readonly Run[]): TextRun[] =>
  runs.flatMap((r) => {
    if (typeof r !== 'string') return [r];
    // A line break in a note stays a line break.
    return r
      .split(/\r?\n/)
      .map((line, i) => new TextRun({ text: line, ...(i > 0 && { break: 1 }) }));
  });

const para = (...runs: Run[]) => new Paragraph({ children: runsOf(runs) });
/** Run options typed as such (the package's union with string confuses property lookups). */
const run = (options: IRunOptions) => new TextRun(options);
const bold = (text: string) => run({ text, bold: true });
const italic = (text: string) => run({ text, italics: true });
const code = (text: string) => new TextRun({ text, font: 'Consolas' });
const bullet = (...runs: Run[]) => new Paragraph({ children: runsOf(runs), bullet: { level: 0 } });
const heading1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const heading2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const quote = (text: string) =>
  new Paragraph({ children: runsOf([text]), indent: { left: 567 }, style: 'Quote' });

interface Column {
  label: string;
  /** Share of the width, relative to the other columns. */
  weight?: number;
  numeric?: boolean;
}

type Cell = string | Run[] | TableCell;

/** A table with a caption above it, whose header row repeats on every page it runs over. */
function table(caption: string, columns: readonly Column[], rows: readonly Cell[][]): Child[] {
  const total = columns.reduce((sum, c) => sum + (c.weight ?? 1), 0);
  const widths = columns.map((c) => Math.floor((TEXT_WIDTH * (c.weight ?? 1)) / total));
  const cell = (content: Cell, i: number, header: boolean): TableCell => {
    if (content instanceof TableCell) return content;
    const runs = typeof content === 'string' ? [content] : content;
    return new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      ...(header && { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } }),
      children: [
        new Paragraph({
          children: header ? runs.map((r) => (typeof r === 'string' ? bold(r) : r)) : runsOf(runs),
          ...(columns[i]?.numeric && { alignment: AlignmentType.RIGHT }),
        }),
      ],
    });
  };
  return [
    new Paragraph({ children: [bold(caption)], keepNext: true, spacing: { before: 160 } }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: columns.map((c, i) => cell(c.label, i, true)),
        }),
        ...rows.map(
          (r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) }),
        ),
      ],
    }),
    para(''),
  ];
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
};

/** A bar in a cell: a one-row table whose first cell is shaded to the score's share of 100. */
function barCell(value: number, hasScore: boolean, width: number): TableCell {
  const inner = width - 200;
  const filled = hasScore ? Math.round((inner * value) / 100) : 0;
  const parts = [
    { size: filled, fill: '2F5F7F' },
    { size: inner - filled, fill: 'F2F2F2' },
  ].filter((p) => p.size > 0);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Table({
        width: { size: inner, type: WidthType.DXA },
        columnWidths: parts.map((p) => p.size),
        layout: TableLayoutType.FIXED,
        borders: NO_BORDERS,
        rows: [
          new TableRow({
            children: parts.map(
              (p) =>
                new TableCell({
                  width: { size: p.size, type: WidthType.DXA },
                  shading: { type: ShadingType.CLEAR, color: 'auto', fill: p.fill },
                  children: [new Paragraph('')],
                }),
            ),
          }),
        ],
      }),
      // Word wants a cell to end with a paragraph.
      new Paragraph(''),
    ],
  });
}

const stageText = (s: { glyph: string; label: string } | null) =>
  s ? `${s.glyph} ${s.label}` : '';
const scoreWithN = (c: CellView) =>
  c.suppressed ? 'not shown' : c.n ? `${c.score} (n = ${c.n})` : c.score;

function opening(v: ReportView): Child[] {
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(v.title)],
    }),
    para(bold(v.own ? 'Your answers' : 'Assessment report')),
    para(`${v.framework.id} ${v.framework.version} · ${v.date}`),
  ];
}

/** A Word contents field over the two heading levels; Word fills in the page numbers. */
function contents(_v: ReportView): Child[] {
  return [
    new Paragraph({ children: [run({ text: 'Contents', bold: true, size: 28 })] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function findings(v: ReportView): Child[] {
  const f = v.findings;
  if (!f) return [];
  const out: Child[] = [heading1(HEADINGS.keyFindings)];
  out.push(
    f.hasScore
      ? bullet(
          bold(`Overall: ${f.score} out of 100`),
          `, ${f.stage}.`,
          f.target ? ` Target: ${f.target.value}, ${f.target.distance}.` : '',
        )
      : bullet('No overall score can be shown.'),
  );
  if (f.change)
    out.push(
      bullet(
        bold(`Since ${f.change.label}:`),
        ` ${f.change.change}${f.change.interval ? ` (${f.change.interval})` : ''}, ${f.change.verdict}.`,
      ),
    );
  const r = f.roleDifference;
  if (r)
    out.push(
      bullet(
        bold('Largest difference between roles:'),
        ` on “${r.text}”, ${r.high} scored ${r.highScore} (n = ${r.highN}) and ${r.low} ${r.lowScore} (n = ${r.lowN}), ${r.gap} points apart.`,
      ),
    );
  out.push(heading2(HEADINGS.clearestStrengths));
  if (f.strengths.length === 0) out.push(bullet('No question scores 75 or more yet.'));
  for (const q of f.strengths) out.push(bullet(`${q.score} (${q.n}): ${q.text}`));
  out.push(heading2(HEADINGS.areasToDevelop));
  if (f.areasToDevelop.length === 0) out.push(bullet('Every question shown scores 75 or more.'));
  for (const q of f.areasToDevelop) out.push(bullet(`${q.score} (${q.n}): ${q.text}`));
  out.push(heading2(HEADINGS.firstActions));
  if (f.firstActions.length === 0) out.push(para('No suggested action applies at these scores.'));
  f.firstActions.forEach((a, i) =>
    out.push(para(`${i + 1}. ${a.text} (${a.owner}; ${a.due}${a.status ? `; ${a.status}` : ''})`)),
  );
  return out;
}

function summary(v: ReportView): Child[] {
  const s = v.summary;
  const out: Child[] = [heading1(HEADINGS.summary)];
  if (v.withheld) {
    out.push(
      para(
        bold('No scores are shown.'),
        ` Only ${v.withheld.people} answered on their own, and this report shows nothing worked out from fewer than ${v.withheld.minGroupSize} people's answers, so that no one's answers can be picked out. To see scores:`,
      ),
      bullet('collect answers from more people;'),
      bullet(
        'where a group agreed its answers together, mark its answers file as a workshop (',
        code('respondent: { workshop: true }'),
        ');',
      ),
      bullet(
        "or, knowing that it may show one person's answers, lower the threshold with ",
        code('--min-group-size'),
        '.',
      ),
    );
  } else if (s.hasScore) {
    out.push(
      para(run({ text: s.score, bold: true, size: 48 }), ' out of 100 ', bold(stageText(s.stage))),
    );
  } else if (s.anyWithheld) {
    out.push(
      para(`No overall score: no question was given a score by ${v.minGroupSize} or more people.`),
    );
  } else {
    out.push(para('No overall score: no question received a scored answer.'));
  }
  out.push(
    para(
      `Who answered: ${s.respondents}${s.workshopLine ? `, of which ${s.workshopLine}` : ''}${s.answered ? `, ${s.answered}` : ''}.`,
    ),
  );
  if (!v.own && s.roles.length > 0) {
    const rows: Cell[][] = s.roles.map((r) => [
      r.label,
      `${r.respondents}${r.suppressed ? ` (fewer than ${v.minGroupSize}: scores not shown)` : ''}`,
    ]);
    if (s.noRole) rows.push(['No role given', String(s.noRole)]);
    out.push(
      ...table(
        'Responses by role',
        [
          { label: 'Role', weight: 2 },
          { label: 'Responses', numeric: true },
        ],
        rows,
      ),
    );
  }
  if (v.own)
    out.push(
      para(
        'These are your answers, as given in this file: not a result for the organisation. A report for the organisation comes from everyone’s answers together (',
        code('attune report'),
        `), and shows nothing worked out from fewer than ${v.minGroupSize} people's answers.`,
      ),
    );
  else if (v.thresholdOff)
    out.push(
      para(
        'No one is named in this report, but the threshold is 1 (',
        code('--min-group-size 1'),
        "), so one person's scores can be shown. Notes are quoted without saying who wrote them.",
      ),
    );
  else
    out.push(
      para(
        `No one is named in this report. Nothing is shown that was worked out from fewer than ${v.minGroupSize} people's answers: not a group's scores, nor a question's. Where showing a larger group would let a smaller one be worked out by subtraction, that is not shown either. Notes are quoted without saying who wrote them.`,
      ),
    );
  if (!v.withheld) {
    out.push(heading2(HEADINGS.stages));
    for (const st of v.stages)
      out.push(
        bullet(
          bold(stageText(st)),
          ` from ${st.from}${st.description ? `: ${st.description}` : ''}`,
        ),
      );
  }
  return out;
}

function scores(v: ReportView): Child[] {
  const barWidth = Math.floor(TEXT_WIDTH * 0.4);
  const rest = TEXT_WIDTH - barWidth;
  const columns: Column[] = [
    { label: 'Domain', weight: 3 },
    { label: 'Score', weight: 1, numeric: true },
    { label: 'Stage', weight: 2 },
    { label: 'Out of 100', weight: (6 * barWidth) / rest },
  ];
  return [
    heading1(HEADINGS.scores),
    ...table(
      'Domain scores',
      columns,
      v.chart.map((d) => [
        d.title,
        d.score,
        stageText(d.stage),
        barCell(d.value, d.hasScore, barWidth),
      ]),
    ),
    para(
      italic(
        "Each bar is a domain's score out of 100, shaded to its length; the same numbers are beside it.",
      ),
    ),
  ];
}

function domain(v: ReportView, d: ReportView['domains'][number]): Child[] {
  const out: Child[] = [heading1(d.title)];
  if (d.summary) out.push(para(italic(d.summary)));
  out.push(
    d.hasScore
      ? para('Score: ', bold(d.score), ` ${stageText(d.stage)}`)
      : para(
          'No score: none of this domain’s questions received a scored answer that can be shown.',
        ),
  );
  if (d.withheldQuestions)
    out.push(
      para(
        `Left out of this score: ${d.withheldQuestions} answered by fewer than ${v.minGroupSize} people, so that no one's answers can be worked out.`,
      ),
    );
  if (d.hasRoles)
    out.push(
      ...table(
        `${d.title}: score by role`,
        [
          { label: 'Role', weight: 2 },
          { label: 'Score', numeric: true },
        ],
        d.roles.map((r) => [r.label, scoreWithN(r)]),
      ),
    );
  out.push(heading2(HEADINGS.strengths));
  if (d.strengths.length === 0) out.push(bullet('None yet.'));
  for (const q of d.strengths) out.push(bullet(`${q.text} `, bold(q.score), ` (n = ${q.n})`));
  out.push(heading2(HEADINGS.roomToGrow));
  if (d.weakest.length === 0) out.push(bullet('None.'));
  for (const q of d.weakest) out.push(bullet(`${q.text} `, bold(q.score), ` (n = ${q.n})`));
  if (d.notes.length > 0) {
    out.push(heading2(v.own ? HEADINGS.yourNotes : HEADINGS.notes));
    for (const n of d.notes) {
      out.push(para(bold(n.question)));
      for (const text of n.notes) out.push(quote(text));
      if (n.more) out.push(para(`And ${n.more} more notes on this question, in the JSON report.`));
    }
  }
  return out;
}

function areas(v: ReportView): Child[] {
  const a = v.areas;
  if (!a) return [];
  return [
    heading1(HEADINGS.areas),
    ...table(
      'Scores of the questions in each area and domain',
      [
        { label: 'Area', weight: 2 },
        ...a.columns.map((c) => ({ label: c.title, numeric: true })),
        { label: 'All', numeric: true },
      ],
      a.rows.map((r) => [r.title, ...r.cells.map(scoreWithN), r.total.score]),
    ),
  ];
}

function byGroup(v: ReportView): Child[] {
  const b = v.by;
  if (!b) return [];
  return [
    heading1(b.heading),
    ...table(
      `Domain scores of each ${b.groupLabel}`,
      [
        { label: b.groupLabel, weight: 2 },
        { label: 'Responses', numeric: true },
        { label: 'Overall', numeric: true },
        ...b.columns.map((c) => ({ label: c.title, numeric: true })),
      ],
      b.rows.map((r) => [
        r.label,
        String(r.respondents),
        ...(r.suppressed
          ? Array.from({ length: b.span }, () => 'not shown')
          : [r.overall.score, ...r.cells.map((c) => c.score)]),
      ]),
    ),
    para(
      `A group with fewer than ${v.minGroupSize} people is not shown, and neither is a larger one (or one of its domains) where showing it would let a smaller group be worked out.`,
    ),
  ];
}

function gaps(v: ReportView): Child[] {
  const g = v.gaps;
  const out: Child[] = [heading1(HEADINGS.gaps)];
  if (!g.possible) {
    out.push(
      para(
        `No gaps can be shown: no question has the scores of two roles that can be shown (each from ${v.minGroupSize} or more people, and not hidden to protect a smaller group).`,
      ),
    );
    return out;
  }
  if (g.flagged.length === 0) {
    out.push(para(`No question shows a gap of ${g.threshold} points or more between roles.`));
    return out;
  }
  out.push(
    para(`Questions where the roles' scores differ by ${g.threshold} points or more, marked ⚠.`),
    ...table(
      'Question scores by role, largest gap first',
      [
        { label: 'Question', weight: 3 },
        ...g.roles.map((r) => ({ label: r.label, numeric: true })),
        { label: 'Gap', numeric: true },
      ],
      g.flagged.map((q) => [q.text, ...q.cells.map(scoreWithN), `⚠ ${q.gap}`]),
    ),
  );
  return out;
}

function comparison(v: ReportView): Child[] {
  const c = v.comparison;
  if (!c) return [];
  const change = [
    { label: 'Before', numeric: true },
    { label: 'Now', numeric: true },
    { label: 'Change', numeric: true },
  ];
  const out: Child[] = [
    heading1(HEADINGS.comparison),
    para(
      `Earlier: ${c.earlierRespondents}${c.earlierDate ? `, up to ${c.earlierDate}` : ''} (version ${c.earlierVersion}).`,
    ),
    ...table(
      'Change overall and by domain',
      [{ label: 'Domain', weight: 3 }, ...change],
      [
        ['Overall', c.overall.before, c.overall.after, c.overall.change],
        ...c.domains.map((d) => [d.title, d.before, d.after, d.change]),
      ],
    ),
  ];
  if (c.areas.length > 0)
    out.push(
      ...table(
        'Change by area',
        [{ label: 'Area', weight: 3 }, ...change],
        c.areas.map((a) => [a.title, a.before, a.after, a.change]),
      ),
    );
  if (c.movedMost.length > 0)
    out.push(
      ...table(
        'Questions that moved most',
        [{ label: 'Question', weight: 3 }, ...change],
        c.movedMost.map((q) => [q.text, q.before, q.after, q.change]),
      ),
    );
  for (const o of c.onlyEarlier)
    out.push(para(`Only in the earlier assessment (${o.kind}): ${o.ids}.`));
  for (const o of c.onlyNow) out.push(para(`Only in this assessment (${o.kind}): ${o.ids}.`));
  return out;
}

function trend(v: ReportView): Child[] {
  const t = v.trend;
  if (!t) return [];
  const withInterval = (c: { score: string; interval: string }) =>
    c.interval ? `${c.score} (${c.interval})` : c.score;
  return [
    heading1(HEADINGS.trend),
    para(
      'The overall score and each domain’s at each assessment, oldest first, each with its 95% interval in brackets.',
    ),
    ...table(
      'Scores at each assessment, oldest first, with their 95% intervals',
      [
        { label: 'Score', weight: 2 },
        ...t.cycles.map((c) => ({
          label: `${c.label}${c.current ? ' (now)' : ''}`,
          numeric: true,
        })),
      ],
      [
        ['Responses', ...t.cycles.map((c) => String(c.respondents))],
        ['Overall', ...t.overall.map(withInterval)],
        ...t.domains.map((d) => [d.title, ...d.cells.map(withInterval)]),
      ],
    ),
  ];
}

function roleMix(v: ReportView): Child[] {
  const m = v.roleMix;
  if (!m) return [];
  const rows: Cell[][] = [];
  if (m.overall) rows.push(['Overall', m.overall.raw, m.overall.weighted]);
  for (const d of m.domains) rows.push([d.title, d.raw, d.weighted]);
  return [
    heading1(HEADINGS.roleMix),
    para(
      'The mix of roles differs from the earlier assessment, so part of a change may come from who answered rather than from practice. Beside the change as measured is the change with each role weighted alike in both years (using only the role scores both reports show).',
    ),
    ...table(
      'Who answered, by role',
      [
        { label: 'Role', weight: 2 },
        { label: 'Responses then', numeric: true },
        { label: 'Share then', numeric: true },
        { label: 'Responses now', numeric: true },
        { label: 'Share now', numeric: true },
      ],
      m.roles.map((r) => [r.label, String(r.before), r.shareBefore, String(r.after), r.shareAfter]),
    ),
    ...table(
      'The change as measured, and with roles weighted alike',
      [
        { label: 'Score', weight: 2 },
        { label: 'Change as measured', numeric: true },
        { label: 'Change, roles weighted alike', numeric: true },
      ],
      rows,
    ),
  ];
}

interface RatesView {
  rates: { label: string; invited: number; answered: string; rate: string; low: boolean }[];
  anyLow: boolean;
  byUnit: boolean;
}

function ratesTable(caption: string, r: RatesView): Child[] {
  const out = table(
    caption,
    [
      { label: r.byUnit ? 'Unit and role' : 'Role', weight: 2 },
      { label: 'Asked', numeric: true },
      { label: 'Answered', numeric: true },
      { label: 'Rate', numeric: true },
    ],
    r.rates.map((x) => [
      x.label,
      String(x.invited),
      x.answered,
      `${x.rate}${x.low ? ' (fewer than half)' : ''}`,
    ]),
  );
  if (r.anyLow)
    out.push(
      para(
        'Where fewer than half of those asked answered, the scores may not speak for the whole group.',
      ),
    );
  return out;
}

function rates(title: string, r: RatesView): Child[] {
  return [heading1(title), ...ratesTable('Response rates', r)];
}

function plan(v: ReportView): Child[] {
  const p = v.plan;
  if (!p) return [];
  const out: Child[] = [heading1(HEADINGS.plan)];
  if (p.targets.length > 0)
    out.push(
      ...table(
        'Targets from the plan, against the scores now',
        [
          { label: 'Score', weight: 2 },
          { label: 'Target', numeric: true },
          { label: 'Now', numeric: true },
          { label: 'Distance' },
        ],
        p.targets.map((t) => [t.title, t.target, t.current, t.distance]),
      ),
    );
  else out.push(para('The plan sets no targets.'));
  if (p.lastCycle.length > 0)
    out.push(
      para(
        'Actions planned at an earlier assessment, and how their question’s score moved since. A change whose 95% interval includes zero is within chance variation, not a clear rise or fall.',
      ),
      ...table(
        'Last cycle’s actions, and whether they made a difference',
        [
          { label: 'Action', weight: 3 },
          { label: 'Status' },
          { label: 'Then', numeric: true },
          { label: 'Now', numeric: true },
          { label: 'Change', weight: 1.5 },
          { label: 'So far', weight: 1.5 },
        ],
        p.lastCycle.map((a) => [a.text, a.status, a.before, a.now, a.change, a.outcome]),
      ),
    );
  if (p.rates.length > 0) out.push(...ratesTable('Who was asked, and who answered', p));
  return out;
}

function actions(v: ReportView): Child[] {
  const out: Child[] = [heading1(HEADINGS.actions)];
  if (v.actions.length === 0) {
    out.push(para('No suggested action applies at these scores.'));
    return out;
  }
  out.push(
    para('Highest priority and lowest score first. Fill in who will do each, and by when.'),
    ...table(
      'Suggested actions',
      [
        { label: '#', weight: 0.5, numeric: true },
        { label: 'Priority', weight: 1.2 },
        { label: 'Domain', weight: 1.5 },
        { label: 'Action', weight: 4 },
        { label: 'Question score', numeric: true },
        { label: 'Owner', weight: 1.3 },
        { label: 'Due', weight: 1.3 },
      ],
      v.actions.map((a) => [
        String(a.number),
        `${a.priorityGlyph} ${a.priorityLabel}`,
        a.domain,
        [a.text, italic(` For: ${a.question}`)],
        a.score,
        a.owner,
        `${a.due}${a.status ? ` (${a.status}${a.overdue ? ', overdue' : ''}${a.met ? ', threshold now met' : ''})` : ''}`,
      ]),
    ),
  );
  return out;
}

function coverage(v: ReportView): Child[] {
  const c = v.coverage;
  return [
    heading1(HEADINGS.coverage),
    ...table(
      `Answers to the questions each person was shown${c.leftOut ? `, leaving out ${c.leftOut} shown to fewer than ${v.minGroupSize} people` : ''}`,
      [
        { label: 'Domain', weight: 2.5 },
        { label: 'Answered', numeric: true },
        { label: 'Not applicable', numeric: true },
        { label: "Don't know", numeric: true },
        { label: 'Unanswered', numeric: true },
      ],
      [
        ...c.rows.map((r) => [
          r.title,
          String(r.answered),
          String(r.notApplicable),
          String(r.dontKnow),
          String(r.unanswered),
        ]),
        [
          [bold('All')],
          [bold(String(c.answered))],
          [bold(String(c.notApplicable))],
          [bold(String(c.dontKnow))],
          [bold(String(c.unanswered))],
        ],
      ],
    ),
  ];
}

function method(v: ReportView): Child[] {
  const m = v.method;
  return [
    heading1(HEADINGS.method),
    para(
      bold('How scores are worked out.'),
      " Each answer is put on a scale from 0 to 100. A question's score is the mean of its answers; a domain's is the weighted mean of its questions' scores, and the overall score the weighted mean of the domains. Not applicable, don't know and skipped questions count towards no score.",
    ),
    para(
      bold('Who answered.'),
      ` ${m.people}, from ${m.individuals}${m.workshops ? ` and ${m.workshops}` : ''}. No score is shown that rests on fewer than ${m.minGroupSize} people, and n beside a score says how many people it rests on.${m.rates ? ' The response rates above compare who answered with who was asked.' : ''}`,
    ),
    para(
      bold('What the intervals mean.'),
      ` A ${m.confidence}% interval is the range a score would likely fall in had other people like these answered. A change whose interval includes zero is called within chance variation: it may be real, but these answers cannot tell it from chance.`,
    ),
    para(
      bold('Limits.'),
      ` Scores show how people see practice; they are not an inspection. Intervals cover only who happened to answer: not whether questions were read alike, nor a change in who was asked.${m.lowRates ? ' Where few of those asked answered, the scores may not speak for the whole group.' : ''}`,
    ),
  ];
}

function provenance(v: ReportView): Child[] {
  const p = v.provenance;
  if (!p) return [];
  return [
    heading1(HEADINGS.provenance),
    para(p.intro),
    ...table(
      'What this report was made from',
      [
        { label: 'Input', weight: 2 },
        { label: 'What', weight: 5 },
      ],
      p.rows.map((r) => [r.label, [r.value, ...(r.digest ? [code(` ${r.digest}`)] : [])]]),
    ),
    para('To check it: ', code(p.command)),
  ];
}
