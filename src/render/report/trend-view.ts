import type { ReportModel } from '../../core/report-model.js';
import type { TrendPoint } from '../../core/trend.js';
import { longDate, score, signed } from './format.js';
import type { Escape } from './view.js';
import { reportLanguage, reportLocale, type Words } from './words.js';

/**
 * What the templates see of many cycles (the trend across every `--compare`, with an SVG chart of
 * the overall score and a smaller one for each domain: one mark per cycle, each labelled with its
 * score in text) and of a shift in who answered (the change with roles weighted alike beside the
 * raw change).
 */
export function trendView(model: ReportModel, esc: Escape, words: Words) {
  return { trend: trend(model, esc, words), roleMix: roleMix(model, esc) };
}

function trend(model: ReportModel, esc: Escape, words: Words) {
  const t = model.trend;
  const locale = reportLocale(reportLanguage(model.lang));
  const cycleLabel = (label: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(label) ? longDate(label, locale) : label;
  const noScore = words('noScoreShort');
  if (!t) return null;
  const cells = (points: TrendPoint[]) =>
    points.map((p) => ({
      score: score(p.score),
      interval: p.low === null || p.high === null ? '' : `${score(p.low)}–${score(p.high)}`,
    }));
  const cycles = t.cycles.map((c) => ({ label: esc(cycleLabel(c.label)), current: c.current }));
  return {
    cycles: t.cycles.map((c) => ({
      label: esc(cycleLabel(c.label)),
      respondents: c.respondents,
      current: c.current,
    })),
    overall: cells(t.overall),
    domains: t.domains.map((d) => ({ title: esc(d.title), cells: cells(d.points) })),
    svg: chart(cycles, t.overall, 'trend-title', noScore),
    /** A smaller chart for each domain, the same scale as the overall one. */
    domainCharts: t.domains.map((d, i) => ({
      title: esc(d.title),
      titleId: `trend-domain-${i + 1}-title`,
      svg: chart(cycles, d.points, `trend-domain-${i + 1}-title`, noScore),
    })),
  };
}

/**
 * One trend chart: cycles left to right, 0-100 upwards, each mark with its score beside it and
 * its interval as a line through it; a cycle with no score (too few people) says so.
 */
function chart(
  cycles: readonly { label: string; current: boolean }[],
  points: readonly TrendPoint[],
  titleId: string,
  noScore: string,
) {
  const WIDTH = 640;
  const LEFT = 48;
  const RIGHT = 40;
  const TOP = 20;
  const PLOT = 200;
  const step = cycles.length > 1 ? (WIDTH - LEFT - RIGHT) / (cycles.length - 1) : 0;
  const y = (v: number) => (TOP + PLOT - (v / 100) * PLOT).toFixed(1);
  const marks = cycles.map((c, i) => {
    const p = points[i] ?? { score: null, low: null, high: null };
    const x = (LEFT + i * step).toFixed(1);
    return {
      x,
      label: c.label,
      hasScore: p.score !== null,
      y: p.score === null ? y(0) : y(p.score),
      score: score(p.score),
      low: p.low === null ? null : y(p.low),
      high: p.high === null ? null : y(p.high),
      current: c.current,
    };
  });
  const scored = marks.filter((m) => m.hasScore);
  return {
    titleId,
    width: WIDTH,
    height: TOP + PLOT + 48,
    left: LEFT,
    right: WIDTH - RIGHT + 20,
    bottom: TOP + PLOT,
    labelY: TOP + PLOT + 24,
    ticks: [0, 25, 50, 75, 100].map((v) => ({ y: y(v), textY: Number(y(v)) + 4, label: v })),
    line: scored.map((m) => `${m.x},${m.y}`).join(' '),
    marks,
    summary: marks.map((m) => `${m.label} ${m.hasScore ? m.score : noScore}`).join('; '),
  };
}

function roleMix(model: ReportModel, esc: Escape) {
  const m = model.comparison?.roleMix;
  if (!m || !m.differs) return null;
  const pct = (v: number) => `${Math.round(v)}%`;
  const change = (c: {
    raw: number | null;
    change: number | null;
    before: number | null;
    after: number | null;
  }) => ({
    raw: signed(c.raw),
    before: score(c.before),
    after: score(c.after),
    weighted: signed(c.change),
  });
  return {
    roles: m.roles.map((r) => ({
      label: esc(r.label),
      before: r.before,
      after: r.after,
      shareBefore: pct(r.shareBefore),
      shareAfter: pct(r.shareAfter),
    })),
    overall: m.overall && change(m.overall),
    domains: m.domains.map((d) => ({ title: esc(d.title), ...change(d) })),
  };
}
