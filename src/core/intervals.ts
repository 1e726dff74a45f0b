import jStat from 'jstat';
import type { Framework, Question } from './framework.js';
import { itemScore } from './scoring.js';
import type { Group, QuestionCounts } from './tally.js';

/**
 * Uncertainty intervals from respondent-level scores, without keeping any respondent: for every
 * pair of scored questions, how many people gave each pair of options (a joint count table, one
 * per pair). A score is a weighted mean of question means, so its variance over respondents is
 * worked out by linearisation (the delta method used for survey estimates): each person's
 * influence on the score is a weighted sum of their item scores less the question means, and the
 * variance is the sum of those influences squared, which the joint counts give exactly. Counts
 * are whole numbers, so the result does not depend on the order the answers were read in.
 */
export const CONFIDENCE = 95;
/** The normal quantile for a two-sided 95% interval (1.96), from jStat. */
export const Z = jStat.normal.inv(1 - (1 - CONFIDENCE / 100) / 2, 0, 1);

export interface Interval {
  low: number;
  high: number;
  /** The standard error: half the interval's width before it is kept within 0-100, over Z. */
  se: number;
}

/** Where each pair of questions keeps its joint counts in the flat table. */
export interface PairLayout {
  /** By `q * questions + r` (q < r): the start of the pair's block, options of q by options of r. */
  offsets: Int32Array;
  /** By question index: how many options its scale has. */
  widths: Int32Array;
  size: number;
}

const layouts = new WeakMap<Framework, PairLayout>();

export function pairLayout(framework: Framework): PairLayout {
  let layout = layouts.get(framework);
  if (layout) return layout;
  const qs = framework.questions;
  const n = qs.length;
  const offsets = new Int32Array(n * n).fill(-1);
  const widths = Int32Array.from(qs, (q) => q.scale.options.length);
  let size = 0;
  for (let q = 0; q < n; q++) {
    const a = qs[q] as Question;
    if (!a.scored) continue;
    for (let r = q + 1; r < n; r++) {
      const b = qs[r] as Question;
      if (!b.scored) continue;
      offsets[q * n + r] = size;
      size += a.scale.options.length * b.scale.options.length;
    }
  }
  layout = { offsets, widths, size };
  layouts.set(framework, layout);
  return layout;
}

export const newPairs = (framework: Framework): Float64Array =>
  new Float64Array(pairLayout(framework).size);

/**
 * One respondent's scored answers, as two lists of equal length: question indexes and the index
 * of the option chosen. Filled by `add`, counted by countPairs, then emptied for the next.
 */
export class Picks {
  readonly questions: Int32Array;
  readonly options: Int32Array;
  length = 0;
  constructor(framework: Framework) {
    this.questions = new Int32Array(framework.questions.length);
    this.options = new Int32Array(framework.questions.length);
  }
  add(question: number, option: number): void {
    this.questions[this.length] = question;
    this.options[this.length] = option;
    this.length++;
  }
}

/** Counts one respondent's scored answers into the pair table (run once per respondent). */
export function countPairs(framework: Framework, pairs: Float64Array, picks: Picks): void {
  const { offsets, widths } = pairLayout(framework);
  const n = framework.questions.length;
  const { questions, options, length } = picks;
  for (let i = 0; i < length; i++) {
    const q = questions[i] as number;
    const o = options[i] as number;
    for (let j = i + 1; j < length; j++) {
      const r = questions[j] as number;
      const p = options[j] as number;
      // Kept as q < r whatever order the answers came in.
      const base = q < r ? (offsets[q * n + r] as number) : (offsets[r * n + q] as number);
      if (base < 0) continue;
      const cell =
        q < r ? base + o * (widths[r] as number) + p : base + p * (widths[q] as number) + o;
      pairs[cell] = (pairs[cell] as number) + 1;
    }
  }
}

interface Moments {
  n: number;
  mean: number;
  /** Item scores by option. */
  x: number[];
}

function moments(q: Question, counts: QuestionCounts): Moments {
  let n = 0;
  let sum = 0;
  const x = q.scale.options.map((o) => itemScore(q, o.value));
  counts.options.forEach((k, i) => {
    n += k;
    sum += k * (x[i] ?? 0);
  });
  return { n, mean: n === 0 ? 0 : sum / n, x };
}

/**
 * The standard error of a linear combination of question means, `sum(c_q * mean_q)`, with the
 * coefficients given by question index; null where fewer than two people stand behind it.
 *
 * `minOverlap`: a pair of questions adds its covariance only where at least this many answers
 * files gave a scored answer to both. Each question's own spread rests on everyone who answered
 * it (at least the threshold, as its score is shown), but a pair answered together by one or two
 * people would put their answers into the width; such a pair is counted as unrelated instead.
 */
export function standardError(
  framework: Framework,
  group: Group,
  pairs: Float64Array | undefined,
  coefficients: ReadonlyMap<number, number>,
  minOverlap = 0,
): number | null {
  const { offsets } = pairLayout(framework);
  const n = framework.questions.length;
  const involved = [...coefficients.keys()].sort((a, b) => a - b);
  const m = new Map<number, Moments>();
  let most = 0;
  for (const q of involved) {
    const mo = moments(framework.questions[q] as Question, group.questions[q] as QuestionCounts);
    m.set(q, mo);
    most = Math.max(most, mo.n);
  }
  if (most < 2) return null;
  let variance = 0;
  for (const q of involved) {
    const a = m.get(q) as Moments;
    if (a.n === 0) continue;
    const cq = (coefficients.get(q) ?? 0) / a.n;
    const counts = (group.questions[q] as QuestionCounts).options;
    let own = 0;
    counts.forEach((k, i) => (own += k * ((a.x[i] ?? 0) - a.mean) ** 2));
    variance += cq * cq * own;
    if (!pairs) continue;
    for (const r of involved) {
      if (r <= q) continue;
      const b = m.get(r) as Moments;
      const base = offsets[q * n + r] ?? -1;
      if (b.n === 0 || base < 0) continue;
      const cr = (coefficients.get(r) ?? 0) / b.n;
      let cross = 0;
      const width = b.x.length;
      if (minOverlap > 0) {
        let both = 0;
        for (let k = base; k < base + a.x.length * width; k++) both += pairs[k] ?? 0;
        if (both < minOverlap) continue;
      }
      for (let i = 0; i < a.x.length; i++) {
        const dx = (a.x[i] ?? 0) - a.mean;
        if (dx === 0) continue;
        for (let j = 0; j < width; j++) {
          const k = pairs[base + i * width + j] ?? 0;
          if (k > 0) cross += k * dx * ((b.x[j] ?? 0) - b.mean);
        }
      }
      variance += 2 * cq * cr * cross;
    }
  }
  // The small-sample correction of a variance, n / (n - 1).
  const se = Math.sqrt(Math.max(0, variance) * (most / (most - 1)));
  return Number.isFinite(se) ? se : null;
}

export function intervalOf(score: number | null, se: number | null): Interval | null {
  if (score === null || se === null) return null;
  return {
    low: Math.max(0, score - Z * se),
    high: Math.min(100, score + Z * se),
    se,
  };
}

/** A change between two scores with their standard errors: an interval for the difference. */
export interface ChangeInterval {
  change: number;
  low: number;
  high: number;
  /** The interval includes zero: within chance variation, not shown as up or down. */
  withinChance: boolean;
}

export function changeInterval(
  before: number | null,
  after: number | null,
  seBefore: number | null | undefined,
  seAfter: number | null | undefined,
): ChangeInterval | null {
  if (before === null || after === null || seBefore == null || seAfter == null) return null;
  const change = after - before;
  const half = Z * Math.sqrt(seBefore * seBefore + seAfter * seAfter);
  const low = change - half;
  const high = change + half;
  return { change, low, high, withinChance: low <= 0 && high >= 0 };
}
