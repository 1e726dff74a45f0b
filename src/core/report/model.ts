import type { Priority } from '../schema/framework.js';
import type { Comparison } from '../compare.js';
import type { Interval } from '../intervals.js';
import type { PlanSection } from '../plan/report.js';
import type { KeyFindings } from './findings.js';
import type { Trend } from '../trend.js';
import type { ResponseRate } from './response-rates.js';
import type { Provenance } from '../schema/provenance.js';

/**
 * The report: every number computed once, in core/report/, from the tally. The JSON report is
 * this model (rounded at output); Markdown, HTML and CSV are views of it. Texts are in the
 * chosen language. Field names follow PRODUCT.md ("Reports"); more fields are added, none
 * renamed. Each section has its own builder in this folder (summary, questions, domains, areas,
 * actions, groups), all reading the same decisions of what may be shown (suppression.ts).
 */
export interface ReportModel {
  attune: 1;
  generated: string;
  framework: { id: string; version: string; title: string; language: string };
  lang: string;
  minGroupSize: number;
  /** A report of the answers of the one person (or workshop) who ran `assess`, for them. */
  ownAnswers: boolean;
  /** Why nothing worked out from the answers is shown, where that is so; else null. */
  withheld: Withheld | null;
  /** The dates of the earliest and latest answers files, where they carry dates. */
  answered: { from: string; to: string } | null;
  /** The one-screen summary a report opens with (findings.ts); null where no scores are shown. */
  keyFindings?: KeyFindings | null;
  respondents: {
    total: number;
    individuals: number;
    workshops: number;
    byRole: Record<string, number>;
    noRole: number;
  };
  roles: { id: string; label: string; respondents: number; suppressed: boolean }[];
  stages: { id: string; label: string; from: number; description?: string }[];
  /** `interval`: the score's 95% interval (intervals.ts); null where it has none. */
  overall: { score: number | null; stage: string | null; interval?: Interval | null };
  coverage: Coverage;
  domains: DomainResult[];
  areas: AreaResult[];
  questions: QuestionResult[];
  actions: ActionResult[];
  by: ByGroup | null;
  comparison: Comparison | null;
  /** With `--compare` given for two or more earlier assessments: every cycle's scores. */
  trend?: Trend | null;
  /** From `--invited` and the plan's `invited`: how many of those asked answered. */
  responseRates?: ResponseRate[];
  /** With `--plan`: targets, owners and dates, last cycle's actions, response rates. */
  plan?: PlanSection | null;
  /** What the report was made from: versions, digests and options (`attune report` sets it). */
  provenance?: Provenance;
}

/** Fewer individuals (workshops aside) answered than the threshold asks for. */
export interface Withheld {
  reason: 'too-few-people';
  individuals: number;
}

export interface Coverage {
  answered: number;
  notApplicable: number;
  dontKnow: number;
  unanswered: number;
}

export type RoleScore = { score: number | null; respondents: number } | { suppressed: true };

export interface DomainResult {
  id: string;
  title: string;
  summary?: string;
  weight: number;
  /** Over the questions whose scores are shown. */
  score: number | null;
  stage: string | null;
  /** Over the questions whose counts are shown. */
  coverage: Coverage;
  byRole: Record<string, RoleScore>;
  /** Question ids: up to three scoring 75 or more, best first. */
  strengths: string[];
  /** Question ids: up to three scoring below 50, weakest first. */
  weakest: string[];
  /** Questions answered whose score is not shown, as it would rest on too few people. */
  withheldQuestions: number;
  /** The score's 95% interval over respondents (intervals.ts). */
  interval?: Interval | null;
}

export interface AreaResult {
  id: string;
  title: string;
  score: number | null;
  stage: string | null;
  /** The domain-by-area grid: this area's score within each domain. */
  byDomain: Record<string, number | null>;
  /** n beside each cell: the most people who gave a scored answer to one of its questions shown. */
  respondentsByDomain?: Record<string, number | null>;
}

export interface QuestionResult {
  id: string;
  domain: string;
  area: string | null;
  text: string;
  weight: number;
  reverse: boolean;
  /** 0-100. */
  score: number | null;
  stage: string | null;
  /** True where the score (and perhaps the counts) is not shown, as it would rest on too few people. */
  suppressed: boolean;
  /** How many gave a scored answer; null where not even that is shown. */
  respondents: number | null;
  coverage: Coverage | null;
  byRole: Record<string, RoleScore>;
  gap: number | null;
  gapFlagged: boolean;
  /** Quoted without attribution, never from a group below the threshold, in text order. */
  notes: string[];
  /** The score's 95% interval over respondents (intervals.ts). */
  interval?: Interval | null;
}

export interface ActionResult {
  /** Stable across cycles: the question id, a dot, and the action's number within it. */
  id: string;
  question: string;
  domain: string;
  priority: Priority;
  text: string;
  /** The question's score, 0-100. */
  score: number;
  below: number;
  /** From the framework, where it gives them: who would usually lead it, months, and a check. */
  owner?: string;
  months?: number;
  check?: string;
}

/** `--by unit` or `--by role`: the domain scores of each group side by side. */
export interface ByGroup {
  kind: 'unit' | 'role';
  rows: ByGroupRow[];
}

export interface ByGroupRow {
  id: string;
  label: string;
  respondents: number;
  /** Nothing of this group is shown. */
  suppressed: boolean;
  overall: number | null;
  domains: Record<string, number | null>;
  /** Domains this group answered whose score for it is not shown. */
  suppressedDomains: string[];
}
