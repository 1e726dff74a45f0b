import { stageIndex } from '../../core/framework.js';
import type { ReportModel, RoleScore } from '../../core/report-model.js';
import { longDate, score, signed } from './format.js';
import { findingsView } from './findings-view.js';
import { planView, ratesView } from './plan-view.js';
import { trendView } from './trend-view.js';
import { provenanceView } from './provenance-view.js';
import { reportLanguage, reportLocale, reportWords, type Words } from './words.js';

/**
 * Notes quoted per question in Markdown and HTML. A team's report quotes every note; a national
 * programme's could quote thousands, so beyond this the rest are counted, and left to the JSON.
 */
export const NOTES_SHOWN = 20;

/**
 * What a report template sees: the model's content in reading order, every number formatted
 * and every string from a framework, an answers file or a note escaped for the output format.
 * Escaping happens here, once, so that no template (a consultant's own included) can forget it.
 */
export type Escape = (text: string) => string;

export interface StageView {
  id: string;
  label: string;
  /** A shape that fills with the stage: the stage is never told by colour alone. */
  glyph: string;
  /** 0 for the first stage; used for colour classes. */
  band: number;
}

export interface CellView {
  score: string;
  /** How many people the score rests on ('' where none is shown). */
  n: string;
  band: number | null;
  suppressed: boolean;
}

const GLYPHS = ['○', '◔', '◑', '◕', '●'];

/**
 * `words` says the report's own messages in the report's language, escaped for the format; the
 * view's fixed texts (a priority, "not shown", a heading chosen by the view) come from it, so a
 * custom template that prints them speaks the report's language too.
 */
export function reportView(model: ReportModel, esc: Escape, words: Words) {
  const locale = reportLocale(reportLanguage(model.lang));
  const date = (iso: string) => longDate(iso, locale);
  // For the few texts escaped whole, as before: the About paragraphs.
  const plain = reportWords(model.lang, (text) => text);
  const questionText = new Map(model.questions.map((q) => [q.id, q.text]));
  const questionById = new Map(model.questions.map((q) => [q.id, q]));
  const domainTitle = new Map(model.domains.map((d) => [d.id, d.title]));
  const stageById = new Map(model.stages.map((s, i) => [s.id, i]));
  const n = model.stages.length;

  const stage = (id: string | null): StageView | null => {
    if (id === null) return null;
    const i = stageById.get(id) ?? 0;
    const s = model.stages[i];
    const glyph = GLYPHS[n <= 1 ? 4 : Math.round((i / (n - 1)) * 4)] ?? '●';
    return { id: esc(id), label: esc(s?.label ?? id), glyph, band: i };
  };
  const bandOf = (value: number | null) =>
    value === null ? null : stageIndex(model.stages, value);
  const cell = (value: number | null, suppressed = false, people?: number | null): CellView => ({
    score: suppressed ? words('notShown') : score(value),
    n:
      suppressed || value === null || people === undefined || people === null ? '' : String(people),
    band: suppressed ? null : bandOf(value),
    suppressed,
  });
  const roleCell = (r: RoleScore | undefined): CellView =>
    r === undefined
      ? cell(null)
      : 'suppressed' in r
        ? cell(null, true)
        : cell(r.score, false, r.respondents);
  const questionRef = (id: string) => {
    const q = questionById.get(id);
    return {
      id: esc(id),
      text: esc(questionText.get(id) ?? id),
      score: score(q?.score),
      n: q?.respondents ?? '',
      stage: stage(q?.stage ?? null),
    };
  };
  // A report of one's own answers has no groups to compare: it shows no role breakdowns.
  const shownRoles = model.ownAnswers ? [] : model.roles;

  const chart = model.domains.map((d) => ({
    id: esc(d.id),
    title: esc(d.title),
    /** The title cut to fit beside its bar; the full title is in the table and the SVG title. */
    label: esc(d.title.length > 40 ? `${d.title.slice(0, 39).trimEnd()}…` : d.title),
    score: score(d.score),
    /** Bar length as a share of 100, for the SVG chart (0 where there is no score). */
    value: d.score === null ? 0 : Math.max(0, Math.min(100, d.score)),
    hasScore: d.score !== null,
    stage: stage(d.stage),
    /** The same bar in text, for Markdown: one block per 5 points. */
    bar: textBar(d.score),
  }));

  const gapRows = model.questions
    .filter((q) => q.gap !== null)
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0))
    .map((q) => ({
      id: esc(q.id),
      text: esc(q.text),
      domain: esc(domainTitle.get(q.domain) ?? q.domain),
      cells: shownRoles.map((r) => roleCell(q.byRole[r.id])),
      gap: score(q.gap),
      flagged: q.gapFlagged,
    }));
  const flaggedGaps = gapRows.filter((g) => g.flagged);

  // The SVG chart's geometry: a row per domain, its title above its bar. Across, the chart is
  // laid out in percentages of its width, so it fills a phone or a page while its text keeps its
  // size; 100 sits at SCALE% so that the score beside the longest bar still fits.
  const ROW = 52;
  const TOP = 24;
  const SCALE = 80;
  const pct = (value: number) => `${((value / 100) * SCALE).toFixed(1)}%`;
  const svg = {
    height: TOP + ROW * chart.length + 4,
    top: TOP,
    bottom: TOP + ROW * chart.length,
    rows: chart.map((d, i) => ({
      ...d,
      labelY: TOP + i * ROW + 16,
      y: TOP + i * ROW + 23,
      textY: TOP + i * ROW + 39,
      barWidth: pct(d.value),
      scoreX: pct(d.value),
    })),
    lines: model.stages
      .filter((s) => s.from > 0)
      .map((s) => ({ x: pct(s.from), label: esc(s.label), from: s.from })),
    ticks: [0, 25, 50, 75, 100].map((t) => ({
      x: pct(t),
      label: t,
      anchor: t === 0 ? 'start' : 'middle',
    })),
  };

  const c = model.comparison;
  // When the answers were given: on one day, or between two.
  const span = model.answered;
  const oneDay = span !== null && span.from.slice(0, 10) === span.to.slice(0, 10);
  const answered = span
    ? {
        when: oneDay ? 'on' : 'between',
        from: esc(date(oneDay ? span.to : span.from)),
        to: esc(date(span.to)),
      }
    : { when: 'none', from: '', to: '' };
  const leftOut = model.questions.filter((q) => q.coverage === null).length;
  const { plan, planned } = planView(model, esc, words);

  return {
    title: esc(model.framework.title),
    framework: {
      id: esc(model.framework.id),
      version: esc(model.framework.version),
      title: esc(model.framework.title),
    },
    lang: esc(model.lang),
    date: esc(date(model.generated)),
    minGroupSize: model.minGroupSize,
    own: model.ownAnswers,
    /** The threshold lowered to 1: nothing is hidden. */
    thresholdOff: model.minGroupSize <= 1,
    /** "About this report", for someone who took part: the same sentences in every format. */
    about:
      model.ownAnswers || model.withheld
        ? null
        : aboutParagraphs(model.minGroupSize, plain).map(esc),
    /** Where nothing worked out from the answers may be shown: who answered, and the threshold. */
    withheld: model.withheld && {
      people: words('peopleCount', { count: model.withheld.individuals }),
      individuals: model.withheld.individuals,
      minGroupSize: model.minGroupSize,
    },
    summary: {
      score: score(model.overall.score),
      hasScore: model.overall.score !== null,
      stage: stage(model.overall.stage),
      respondents: words('responsesCount', { count: model.respondents.total }),
      total: model.respondents.total,
      answered:
        answered.when === 'on'
          ? words('answeredOn', { date: answered.from })
          : answered.when === 'between'
            ? words('answeredBetween', answered)
            : '',
      /** When the answers were given, for the `whoAnswered` message: `on`, `between` or `none`. */
      answeredWhen: answered.when,
      answeredFrom: answered.from,
      answeredTo: answered.to,
      individuals: model.respondents.individuals,
      workshops: model.respondents.workshops,
      workshopLine:
        model.respondents.workshops > 0
          ? words('workshopLine', { count: model.respondents.workshops })
          : '',
      noRole: model.respondents.noRole,
      roles: shownRoles.map((r) => ({
        label: esc(r.label),
        respondents: r.respondents,
        suppressed: r.suppressed,
      })),
      anySuppressed: shownRoles.some((r) => r.suppressed),
      /** Some question's score is not shown, as it would rest on too few people. */
      anyWithheld: model.questions.some((q) => q.suppressed),
    },
    stages: model.stages.map((s) => ({
      ...(stage(s.id) as StageView),
      from: s.from,
      description: esc(s.description ?? ''),
    })),
    chart,
    svg,
    domains: model.domains.map((d) => ({
      id: esc(d.id),
      title: esc(d.title),
      summary: esc(d.summary ?? ''),
      score: score(d.score),
      hasScore: d.score !== null,
      stage: stage(d.stage),
      coverage: d.coverage,
      roles: shownRoles.map((r) => ({ label: esc(r.label), ...roleCell(d.byRole[r.id]) })),
      hasRoles: shownRoles.length > 0,
      /** Questions answered whose score is left out, as it would rest on too few people. */
      withheldQuestions:
        d.withheldQuestions === 0 ? '' : words('questionsCount', { count: d.withheldQuestions }),
      withheldCount: d.withheldQuestions,
      strengths: d.strengths.map(questionRef),
      weakest: d.weakest.map(questionRef),
      notes: model.questions
        .filter((q) => q.domain === d.id && q.notes.length > 0)
        .map((q) => ({
          question: esc(q.text),
          notes: q.notes.slice(0, NOTES_SHOWN).map(esc),
          more: Math.max(0, q.notes.length - NOTES_SHOWN),
        })),
    })),
    areas:
      model.areas.length === 0
        ? null
        : {
            columns: model.domains.map((d) => ({ id: esc(d.id), title: esc(d.title) })),
            rows: model.areas.map((a) => ({
              id: esc(a.id),
              title: esc(a.title),
              cells: model.domains.map((d) =>
                cell(a.byDomain[d.id] ?? null, false, a.respondentsByDomain?.[d.id]),
              ),
              total: cell(a.score),
            })),
          },
    gaps: {
      show: !model.ownAnswers,
      roles: shownRoles.map((r) => ({ label: esc(r.label), suppressed: r.suppressed })),
      // Gaps are between the roles shown for one question: there must be two.
      possible: model.questions.some(
        (q) =>
          shownRoles.filter((r) => {
            const cell = q.byRole[r.id];
            return cell !== undefined && 'score' in cell && cell.score !== null;
          }).length >= 2,
      ),
      flagged: flaggedGaps,
      rows: gapRows.slice(0, 15),
      threshold: 25,
    },
    by: model.by && {
      kind: model.by.kind,
      heading: words(model.by.kind === 'unit' ? 'byUnit' : 'byRole'),
      groupLabel: words(model.by.kind === 'unit' ? 'unitLower' : 'roleLower'),
      /** The same, as a column heading. */
      groupHeading: words(model.by.kind === 'unit' ? 'unit' : 'role'),
      columns: model.domains.map((d) => ({ id: esc(d.id), title: esc(d.title) })),
      /** The cells a suppressed row spans: overall and every domain. */
      span: model.domains.length + 1,
      rows: model.by.rows.map((r) => ({
        label: esc(r.label),
        respondents: r.respondents,
        suppressed: r.suppressed,
        overall: cell(r.overall, r.suppressed),
        cells: model.domains.map((d) =>
          cell(r.domains[d.id] ?? null, r.suppressed || r.suppressedDomains.includes(d.id)),
        ),
      })),
    },
    comparison: c && {
      earlierVersion: esc(c.earlier.framework.version),
      earlierRespondents: words('responsesCount', { count: c.earlier.respondents }),
      earlierCount: c.earlier.respondents,
      earlierDate: c.earlier.date ? esc(date(c.earlier.date)) : '',
      /** `yes` where the earlier assessment has a date, for the `earlier` message. */
      earlierDated: c.earlier.date ? 'yes' : 'no',
      overall: {
        before: score(c.overall.before),
        after: score(c.overall.after),
        change: noiseMarked(c.overall, words),
      },
      domains: c.domains.map((d) => ({
        title: esc(d.title),
        before: score(d.before),
        after: score(d.after),
        change: noiseMarked(d, words),
        direction: d.withinChance ? 'within chance' : direction(d.change),
      })),
      areas: c.areas.map((a) => ({
        title: esc(a.title),
        before: score(a.before),
        after: score(a.after),
        change: signed(a.change),
        direction: direction(a.change),
      })),
      movedMost: c.movedMost.map((q) => ({
        text: esc(q.text),
        domain: esc(domainTitle.get(q.domain) ?? q.domain),
        before: score(q.before),
        after: score(q.after),
        change: signed(q.change),
        direction: direction(q.change),
      })),
      onlyEarlier: listOnly(c.onlyEarlier, esc),
      onlyNow: listOnly(c.onlyNow, esc),
    },
    actions: model.actions.map((a, i) => ({
      number: i + 1,
      priority: a.priority,
      priorityLabel: words(
        ({ high: 'priorityHigh', medium: 'priorityMedium', low: 'priorityLow' } as const)[
          a.priority
        ],
      ),
      priorityGlyph: { high: '▲', medium: '■', low: '▽' }[a.priority],
      domain: esc(domainTitle.get(a.domain) ?? a.domain),
      question: esc(questionText.get(a.question) ?? a.question),
      questionId: esc(a.question),
      text: esc(a.text),
      score: score(a.score),
      ...(planned.get(a.id) ?? { owner: '', due: '', status: '', overdue: false, met: false }),
    })),
    plan,
    /** Response rates without a plan (with one, the plan section shows them). */
    responseRates:
      !model.plan && model.responseRates && model.responseRates.length > 0
        ? ratesView(model.responseRates, model.minGroupSize, esc, words)
        : null,
    ...findingsView(model, esc, words),
    ...trendView(model, esc, words),
    ...provenanceView(model, esc, words),
    coverage: {
      ...model.coverage,
      /** Questions left out of the counts, as fewer than the threshold were shown them. */
      leftOut: leftOut === 0 ? '' : words('questionsCount', { count: leftOut }),
      leftOutCount: leftOut,
      rows: model.domains.map((d) => ({ title: esc(d.title), ...d.coverage })),
    },
  };
}

export type ReportView = ReturnType<typeof reportView>;

function textBar(value: number | null): string {
  if (value === null) return '';
  const full = Math.round(Math.max(0, Math.min(100, value)) / 5);
  return '█'.repeat(full) + '░'.repeat(20 - full);
}

/** A change, and where its interval includes zero, that it is within chance variation. */
function noiseMarked(
  c: { change: number | null; withinChance?: boolean | null },
  words: Words,
): string {
  return c.withinChance ? words('withinChance', { change: signed(c.change) }) : signed(c.change);
}

function direction(change: number | null): string {
  if (change === null) return '';
  if (change >= 0.05) return 'up';
  if (change <= -0.05) return 'down';
  return 'same';
}

function listOnly(
  only: { domains: string[]; areas: string[]; questions: string[] },
  esc: Escape,
): { kind: string; ids: string }[] {
  return (
    [
      ['domains', only.domains],
      ['areas', only.areas],
      ['questions', only.questions],
    ] as const
  )
    .filter(([, ids]) => ids.length > 0)
    .map(([kind, ids]) => ({ kind, ids: ids.map(esc).join(', ') }));
}

/**
 * What the report is, in a few plain sentences for a person who took part (who may use the
 * service): nobody is named, small groups are not shown, and what happens next. Reads at a Flesch
 * ease of 70 or more in English (test/e2e/report-present.test.ts).
 */
function aboutParagraphs(minGroupSize: number, say: Words): string[] {
  return [
    say('aboutWhat'),
    minGroupSize <= 1 ? say('aboutNobodyOne') : say('aboutNobody', { size: minGroupSize }),
    say('aboutNext'),
  ];
}
