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
import { reportView, type CellView, type ReportView } from './view.js';
import { reportLanguage, reportWords, type Words } from './words.js';

/**
 * The language a Word report in another language than English is marked as, so that Word checks
 * its spelling, and reads it aloud, in that language (the HTML report's `lang`). An English report
 * is left unmarked, as it always was: Word takes the reader's own English.
 */
const WORD_LANGUAGE: Readonly<Record<string, string>> = { cy: 'cy-GB' };

/**
 * The report as a Word document, for consultants who edit a report before handing it over: the
 * same content, in the same order, as the HTML report, built from the same view (so every
 * number, and every figure privacy holds back, is exactly what the HTML shows). Real headings
 * (the navigation pane and the contents field use them), tables whose header rows repeat on
 * every page, and the domain chart as a table of shaded bars beside the numbers.
 */
export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
  // The report's own words, as plain text: xmlText makes every text safe for Word.
  const w = reportWords(model.lang, xmlText);
  const v = reportView(model, xmlText, w);
  const body = [...opening(v, w), ...contents(v, w)];
  if (v.findings) body.push(...findings(v, w));
  if (v.about) body.push(heading1(w('about')), ...v.about.map((text) => para(text)));
  body.push(...summary(v, w));
  if (!v.withheld) {
    body.push(...scores(v, w));
    for (const d of v.domains) body.push(...domain(v, w, d));
    if (v.areas) body.push(...areas(v, w));
    if (v.by) body.push(...byGroup(v, w));
    if (v.gaps.show) body.push(...gaps(v, w));
    if (v.comparison) body.push(...comparison(v, w));
    if (v.trend) body.push(...trend(v, w));
    if (v.roleMix) body.push(...roleMix(v, w));
    if (v.responseRates) body.push(...rates(w, w('rates'), v.responseRates));
    if (v.plan) body.push(...plan(v, w));
    body.push(...actions(v, w), ...coverage(v, w), ...method(v, w));
  }
  if (v.provenance) body.push(...provenance(v, w));
  body.push(
    para(
      w('madeWith', {
        title: v.framework.title,
        id: v.framework.id,
        version: v.framework.version,
      }),
    ),
  );
  const doc = new Document({
    creator: 'attune',
    title: w(v.own ? 'titleOwn' : 'title', { title: v.title }),
    description: w('docxDescription'),
    styles: {
      default: { document: { run: { font: 'Arial', size: 22, ...wordLanguage(model.lang) } } },
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

function wordLanguage(lang: string): { language?: { value: string } } {
  const value = WORD_LANGUAGE[reportLanguage(lang)];
  return value === undefined ? {} : { language: { value } };
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

/**
 * A message with a code span in it, as runs: the message is said with a marker where the code
 * goes, and split there, so that the catalogue carries no markup.
 */
function withCode(
  w: Words,
  id: 'withheldWorkshop' | 'withheldLower' | 'docxPrivacyOwn' | 'privacyThresholdOff',
  text: string,
  params: Record<string, string | number> = {},
): (string | TextRun)[] {
  const [before = '', after = ''] = w(id, { ...params, code: CODE }).split(CODE);
  return [before, code(text), after];
}

/** Where a code span goes in a message (a private-use character: no message has it). */
const CODE = '\uE002';
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
/** A cell's score and how many people it rests on; a hidden cell's score says it is not shown. */
const scoreWithN = (c: CellView) => (!c.suppressed && c.n ? `${c.score} (n = ${c.n})` : c.score);

function opening(v: ReportView, w: Words): Child[] {
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(v.title)],
    }),
    para(bold(w(v.own ? 'subtitleOwn' : 'subtitle'))),
    para(`${v.framework.id} ${v.framework.version} · ${v.date}`),
  ];
}

/** A Word contents field over the two heading levels; Word fills in the page numbers. */
function contents(_v: ReportView, w: Words): Child[] {
  return [
    new Paragraph({ children: [run({ text: w('contents'), bold: true, size: 28 })] }),
    new TableOfContents(w('contents'), { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function findings(v: ReportView, w: Words): Child[] {
  const f = v.findings;
  if (!f) return [];
  const out: Child[] = [heading1(w('keyFindings'))];
  out.push(
    f.hasScore
      ? bullet(
          bold(w('findingsOverall', { score: f.score })),
          w('findingsStage', { stage: f.stage }),
          f.target
            ? w('findingsTarget', { target: f.target.value, distance: f.target.distance })
            : '',
        )
      : bullet(w('findingsNoScore')),
  );
  if (f.change)
    out.push(
      bullet(
        bold(w('findingsSince', { label: f.change.label })),
        w(f.change.interval ? 'findingsChangeInterval' : 'findingsChange', {
          change: f.change.change,
          interval: f.change.interval,
          verdict: f.change.verdict,
        }),
      ),
    );
  const r = f.roleDifference;
  if (r) out.push(bullet(bold(w('findingsRoleDifference')), w('findingsRoleDifferenceText', r)));
  out.push(heading2(w('clearestStrengths')));
  if (f.strengths.length === 0) out.push(bullet(w('noStrengths')));
  for (const q of f.strengths) out.push(bullet(`${q.score} (${q.n}): ${q.text}`));
  out.push(heading2(w('areasToDevelop')));
  if (f.areasToDevelop.length === 0) out.push(bullet(w('noAreasToDevelop')));
  for (const q of f.areasToDevelop) out.push(bullet(`${q.score} (${q.n}): ${q.text}`));
  out.push(heading2(w('firstActions')));
  if (f.firstActions.length === 0) out.push(para(w('noActions')));
  f.firstActions.forEach((a, i) =>
    out.push(para(`${i + 1}. ${a.text} (${a.owner}; ${a.due}${a.status ? `; ${a.status}` : ''})`)),
  );
  return out;
}

function summary(v: ReportView, w: Words): Child[] {
  const s = v.summary;
  const out: Child[] = [heading1(w('summary'))];
  if (v.withheld) {
    out.push(
      para(
        bold(w('withheldLead')),
        ` ${w('withheldText', { people: v.withheld.individuals, size: v.withheld.minGroupSize })}`,
      ),
      bullet(w('withheldMore')),
      bullet(...withCode(w, 'withheldWorkshop', 'respondent: { workshop: true }')),
      bullet(...withCode(w, 'withheldLower', '--min-group-size')),
    );
  } else if (s.hasScore) {
    out.push(
      para(
        run({ text: s.score, bold: true, size: 48 }),
        ` ${w('outOf100')} `,
        bold(stageText(s.stage)),
      ),
    );
  } else if (s.anyWithheld) {
    out.push(para(w('noOverallWithheld', { size: v.minGroupSize })));
  } else {
    out.push(para(w('noOverall')));
  }
  out.push(
    para(
      w('whoAnswered', {
        responses: s.total,
        workshops: s.workshops,
        when: s.answeredWhen,
        from: s.answeredFrom,
        to: s.answeredTo,
      }),
    ),
  );
  if (!v.own && s.roles.length > 0) {
    const rows: Cell[][] = s.roles.map((r) => [
      r.label,
      `${r.respondents}${r.suppressed ? ` ${w('roleSuppressed', { size: v.minGroupSize })}` : ''}`,
    ]);
    if (s.noRole) rows.push([w('noRoleGiven'), String(s.noRole)]);
    out.push(
      ...table(
        w('responsesByRole'),
        [
          { label: w('role'), weight: 2 },
          { label: w('responses'), numeric: true },
        ],
        rows,
      ),
    );
  }
  if (v.own)
    out.push(para(...withCode(w, 'docxPrivacyOwn', 'attune report', { size: v.minGroupSize })));
  else if (v.thresholdOff)
    out.push(para(...withCode(w, 'privacyThresholdOff', '--min-group-size 1')));
  else out.push(para(w('privacy', { size: v.minGroupSize })));
  if (!v.withheld) {
    out.push(heading2(w('stages')));
    for (const st of v.stages)
      out.push(
        bullet(
          bold(stageText(st)),
          ` ${w('stageFromAfter', { from: st.from })}${st.description ? `: ${st.description}` : ''}`,
        ),
      );
  }
  return out;
}

function scores(v: ReportView, w: Words): Child[] {
  const barWidth = Math.floor(TEXT_WIDTH * 0.4);
  const rest = TEXT_WIDTH - barWidth;
  const columns: Column[] = [
    { label: w('domain'), weight: 3 },
    { label: w('score'), weight: 1, numeric: true },
    { label: w('stage'), weight: 2 },
    { label: w('outOf100Column'), weight: (6 * barWidth) / rest },
  ];
  return [
    heading1(w('scores')),
    ...table(
      w('domainScores'),
      columns,
      v.chart.map((d) => [
        d.title,
        d.score,
        stageText(d.stage),
        barCell(d.value, d.hasScore, barWidth),
      ]),
    ),
    para(italic(w('docxChartNote'))),
  ];
}

function domain(v: ReportView, w: Words, d: ReportView['domains'][number]): Child[] {
  const out: Child[] = [heading1(d.title)];
  if (d.summary) out.push(para(italic(d.summary)));
  out.push(
    d.hasScore
      ? para(`${w('domainScore')} `, bold(d.score), ` ${stageText(d.stage)}`)
      : para(w('docxDomainNoScore')),
  );
  if (d.withheldQuestions)
    out.push(para(w('domainWithheld', { questions: d.withheldCount, size: v.minGroupSize })));
  if (d.hasRoles)
    out.push(
      ...table(
        w('scoreByRole', { title: d.title }),
        [
          { label: w('role'), weight: 2 },
          { label: w('score'), numeric: true },
        ],
        d.roles.map((r) => [r.label, scoreWithN(r)]),
      ),
    );
  out.push(heading2(`${w('strengths')} ${w('strengthsHint')}`));
  if (d.strengths.length === 0) out.push(bullet(w('noneYet')));
  for (const q of d.strengths) out.push(bullet(`${q.text} `, bold(q.score), ` (n = ${q.n})`));
  out.push(heading2(`${w('roomToGrow')} ${w('roomToGrowHint')}`));
  if (d.weakest.length === 0) out.push(bullet(w('none')));
  for (const q of d.weakest) out.push(bullet(`${q.text} `, bold(q.score), ` (n = ${q.n})`));
  if (d.notes.length > 0) {
    out.push(heading2(v.own ? w('yourNotes') : w('notes')));
    for (const n of d.notes) {
      out.push(para(bold(n.question)));
      for (const text of n.notes) out.push(quote(text));
      if (n.more) out.push(para(w('moreNotes', { more: n.more })));
    }
  }
  return out;
}

function areas(v: ReportView, w: Words): Child[] {
  const a = v.areas;
  if (!a) return [];
  return [
    heading1(w('areas')),
    ...table(
      w('areasCaption'),
      [
        { label: w('area'), weight: 2 },
        ...a.columns.map((c) => ({ label: c.title, numeric: true })),
        { label: w('all'), numeric: true },
      ],
      a.rows.map((r) => [r.title, ...r.cells.map(scoreWithN), r.total.score]),
    ),
  ];
}

function byGroup(v: ReportView, w: Words): Child[] {
  const b = v.by;
  if (!b) return [];
  return [
    heading1(b.heading),
    ...table(
      w('byCaption', { kind: b.kind }),
      [
        { label: b.groupLabel, weight: 2 },
        { label: w('responses'), numeric: true },
        { label: w('overall'), numeric: true },
        ...b.columns.map((c) => ({ label: c.title, numeric: true })),
      ],
      b.rows.map((r) => [
        r.label,
        String(r.respondents),
        ...(r.suppressed
          ? Array.from({ length: b.span }, () => w('notShown'))
          : [r.overall.score, ...r.cells.map((c) => c.score)]),
      ]),
    ),
    para(w('byNote', { size: v.minGroupSize })),
  ];
}

function gaps(v: ReportView, w: Words): Child[] {
  const g = v.gaps;
  const out: Child[] = [heading1(w('gaps'))];
  if (!g.possible) {
    out.push(para(w('gapsImpossible', { size: v.minGroupSize })));
    return out;
  }
  if (g.flagged.length === 0) {
    out.push(para(w('noGaps', { points: g.threshold })));
    return out;
  }
  out.push(
    para(`${w('gapsIntro', { points: g.threshold })}${w('gapsMarked')} ⚠.`),
    ...table(
      w('gapsCaption'),
      [
        { label: w('question'), weight: 3 },
        ...g.roles.map((r) => ({ label: r.label, numeric: true })),
        { label: w('gap'), numeric: true },
      ],
      g.flagged.map((q) => [q.text, ...q.cells.map(scoreWithN), `⚠ ${q.gap}`]),
    ),
  );
  return out;
}

function comparison(v: ReportView, w: Words): Child[] {
  const c = v.comparison;
  if (!c) return [];
  const change = [
    { label: w('before'), numeric: true },
    { label: w('now'), numeric: true },
    { label: w('change'), numeric: true },
  ];
  const out: Child[] = [
    heading1(w('comparison')),
    para(
      w('earlier', {
        responses: c.earlierCount,
        dated: c.earlierDated,
        date: c.earlierDate,
        version: c.earlierVersion,
      }),
    ),
    ...table(
      w('changeCaption'),
      [{ label: w('domain'), weight: 3 }, ...change],
      [
        [w('overall'), c.overall.before, c.overall.after, c.overall.change],
        ...c.domains.map((d) => [d.title, d.before, d.after, d.change]),
      ],
    ),
  ];
  if (c.areas.length > 0)
    out.push(
      ...table(
        w('changeByArea'),
        [{ label: w('area'), weight: 3 }, ...change],
        c.areas.map((a) => [a.title, a.before, a.after, a.change]),
      ),
    );
  if (c.movedMost.length > 0)
    out.push(
      ...table(
        w('movedMost'),
        [{ label: w('question'), weight: 3 }, ...change],
        c.movedMost.map((q) => [q.text, q.before, q.after, q.change]),
      ),
    );
  for (const o of c.onlyEarlier) out.push(para(w('onlyEarlier', { kind: o.kind, ids: o.ids })));
  for (const o of c.onlyNow) out.push(para(w('onlyNow', { kind: o.kind, ids: o.ids })));
  return out;
}

function trend(v: ReportView, w: Words): Child[] {
  const t = v.trend;
  if (!t) return [];
  const withInterval = (c: { score: string; interval: string }) =>
    c.interval ? `${c.score} (${c.interval})` : c.score;
  return [
    heading1(w('trend')),
    para(w('docxTrendIntro')),
    ...table(
      w('trendCaption'),
      [
        { label: w('score'), weight: 2 },
        ...t.cycles.map((c) => ({
          label: c.current ? w('cycleNow', { label: c.label }) : c.label,
          numeric: true,
        })),
      ],
      [
        [w('responses'), ...t.cycles.map((c) => String(c.respondents))],
        [w('overall'), ...t.overall.map(withInterval)],
        ...t.domains.map((d) => [d.title, ...d.cells.map(withInterval)]),
      ],
    ),
  ];
}

function roleMix(v: ReportView, w: Words): Child[] {
  const m = v.roleMix;
  if (!m) return [];
  const rows: Cell[][] = [];
  if (m.overall) rows.push([w('overall'), m.overall.raw, m.overall.weighted]);
  for (const d of m.domains) rows.push([d.title, d.raw, d.weighted]);
  return [
    heading1(w('roleMix')),
    para(w('roleMixIntro')),
    ...table(
      w('roleMixWho'),
      [
        { label: w('role'), weight: 2 },
        { label: w('responsesThen'), numeric: true },
        { label: w('shareThen'), numeric: true },
        { label: w('responsesNow'), numeric: true },
        { label: w('shareNow'), numeric: true },
      ],
      m.roles.map((r) => [r.label, String(r.before), r.shareBefore, String(r.after), r.shareAfter]),
    ),
    ...table(
      w('roleMixCaption'),
      [
        { label: w('score'), weight: 2 },
        { label: w('changeMeasured'), numeric: true },
        { label: w('changeWeighted'), numeric: true },
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

function ratesTable(w: Words, caption: string, r: RatesView): Child[] {
  const out = table(
    caption,
    [
      { label: r.byUnit ? w('unitAndRole') : w('role'), weight: 2 },
      { label: w('asked'), numeric: true },
      { label: w('answered'), numeric: true },
      { label: w('rate'), numeric: true },
    ],
    r.rates.map((x) => [
      x.label,
      String(x.invited),
      x.answered,
      `${x.rate}${x.low ? ` ${w('fewerThanHalf')}` : ''}`,
    ]),
  );
  if (r.anyLow) out.push(para(w('ratesLow')));
  return out;
}

function rates(w: Words, title: string, r: RatesView): Child[] {
  return [heading1(title), ...ratesTable(w, w('ratesCaption'), r)];
}

function plan(v: ReportView, w: Words): Child[] {
  const p = v.plan;
  if (!p) return [];
  const out: Child[] = [heading1(w('plan'))];
  if (p.targets.length > 0)
    out.push(
      ...table(
        w('targetsCaption'),
        [
          { label: w('score'), weight: 2 },
          { label: w('target'), numeric: true },
          { label: w('now'), numeric: true },
          { label: w('distance') },
        ],
        p.targets.map((t) => [t.title, t.target, t.current, t.distance]),
      ),
    );
  else out.push(para(w('noTargets')));
  if (p.lastCycle.length > 0)
    out.push(
      para(w('docxLastCycleIntro')),
      ...table(
        w('docxLastCycleCaption'),
        [
          { label: w('action'), weight: 3 },
          { label: w('status') },
          { label: w('then'), numeric: true },
          { label: w('now'), numeric: true },
          { label: w('change'), weight: 1.5 },
          { label: w('soFar'), weight: 1.5 },
        ],
        p.lastCycle.map((a) => [a.text, a.status, a.before, a.now, a.change, a.outcome]),
      ),
    );
  if (p.rates.length > 0) out.push(...ratesTable(w, w('rates'), p));
  return out;
}

function actions(v: ReportView, w: Words): Child[] {
  const out: Child[] = [heading1(w('actions'))];
  if (v.actions.length === 0) {
    out.push(para(w('noActions')));
    return out;
  }
  out.push(
    para(w('actionsIntro')),
    ...table(
      w('actionsCaption'),
      [
        { label: '#', weight: 0.5, numeric: true },
        { label: w('priority'), weight: 1.2 },
        { label: w('domain'), weight: 1.5 },
        { label: w('action'), weight: 4 },
        { label: w('questionScore'), numeric: true },
        { label: w('owner'), weight: 1.3 },
        { label: w('due'), weight: 1.3 },
      ],
      v.actions.map((a) => [
        String(a.number),
        `${a.priorityGlyph} ${a.priorityLabel}`,
        a.domain,
        [a.text, italic(` ${w('actionFor', { question: a.question })}`)],
        a.score,
        a.owner,
        `${a.due}${a.status ? ` (${a.status}${a.overdue ? `, ${w('overdue')}` : ''}${a.met ? `, ${w('docxThresholdMet')}` : ''})` : ''}`,
      ]),
    ),
  );
  return out;
}

function coverage(v: ReportView, w: Words): Child[] {
  const c = v.coverage;
  return [
    heading1(w('coverage')),
    ...table(
      `${w('coverageCaption')}${c.leftOut ? w('coverageLeftOut', { questions: c.leftOutCount, size: v.minGroupSize }) : ''}`,
      [
        { label: w('domain'), weight: 2.5 },
        { label: w('answered'), numeric: true },
        { label: w('notApplicable'), numeric: true },
        { label: w('dontKnow'), numeric: true },
        { label: w('unanswered'), numeric: true },
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
          [bold(w('all'))],
          [bold(String(c.answered))],
          [bold(String(c.notApplicable))],
          [bold(String(c.dontKnow))],
          [bold(String(c.unanswered))],
        ],
      ],
    ),
  ];
}

function method(v: ReportView, w: Words): Child[] {
  const m = v.method;
  return [
    heading1(w('method')),
    para(bold(w('methodScoresLead')), ` ${w('methodScores')}`),
    para(
      bold(w('methodWhoLead')),
      ` ${w('methodWho', { ...m.counts, size: m.minGroupSize })}${m.rates ? w('methodRates') : ''}`,
    ),
    para(bold(w('methodIntervalsLead')), ` ${w('methodIntervals', { confidence: m.confidence })}`),
    para(
      bold(w('methodLimitsLead')),
      ` ${w('methodLimits')}${m.lowRates ? w('methodLowRates') : ''}`,
    ),
  ];
}

function provenance(v: ReportView, w: Words): Child[] {
  const p = v.provenance;
  if (!p) return [];
  return [
    heading1(w('provenance')),
    para(p.intro),
    ...table(
      w('provenanceCaption'),
      [
        { label: w('input'), weight: 2 },
        { label: w('what'), weight: 5 },
      ],
      p.rows.map((r) => [r.label, [r.value, ...(r.digest ? [code(` ${r.digest}`)] : [])]]),
    ),
    para(`${w('toCheck')} `, code(p.command)),
  ];
}
