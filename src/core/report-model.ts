import { pickText, stageFor, type Question } from './framework.js';
import type { Priority } from './schema/framework.js';
import {
  actionApplies,
  gapFlagged,
  isSuppressed,
  perceptionGap,
  scoredCount,
  scoreGroup,
  weightedScore,
  type GroupScores,
} from './scoring.js';
import type { Group, QuestionCounts, Tally } from './tally.js';
import type { Comparison } from './compare.js';
import { emptyRecord } from './own.js';

/**
 * The report: every number computed once, here, from the tally. The JSON report is this model
 * (rounded at output); Markdown, HTML and CSV are views of it. Texts are in the chosen language.
 * Field names follow PRODUCT.md ("Reports"); more fields are added, none renamed.
 */
export interface ReportModel {
  attune: 1;
  generated: string;
  framework: { id: string; version: string; title: string; language: string };
  lang: string;
  minGroupSize: number;
  /** The dates of the earliest and latest answers files, where they carry dates. */
  answered: { from: string; to: string } | null;
  respondents: {
    total: number;
    individuals: number;
    workshops: number;
    byRole: Record<string, number>;
    noRole: number;
  };
  roles: { id: string; label: string; respondents: number; suppressed: boolean }[];
  stages: { id: string; label: string; from: number; description?: string }[];
  overall: { score: number | null; stage: string | null };
  coverage: Coverage;
  domains: DomainResult[];
  areas: AreaResult[];
  questions: QuestionResult[];
  actions: ActionResult[];
  by: ByGroup | null;
  comparison: Comparison | null;
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
  score: number | null;
  stage: string | null;
  coverage: Coverage;
  byRole: Record<string, RoleScore>;
  /** Question ids: up to three scoring 75 or more, best first. */
  strengths: string[];
  /** Question ids: up to three scoring below 50, weakest first. */
  weakest: string[];
}

export interface AreaResult {
  id: string;
  title: string;
  score: number | null;
  stage: string | null;
  /** The domain-by-area grid: this area's score within each domain. */
  byDomain: Record<string, number | null>;
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
  /** How many gave a scored answer. */
  respondents: number;
  coverage: Coverage;
  byRole: Record<string, RoleScore>;
  gap: number | null;
  gapFlagged: boolean;
  /** Quoted without attribution, only from groups at or above the threshold, in text order. */
  notes: string[];
}

export interface ActionResult {
  question: string;
  domain: string;
  priority: Priority;
  text: string;
  /** The question's score, 0-100. */
  score: number;
  below: number;
}

/** `--by unit` or `--by role`: the domain scores of each group side by side. */
export interface ByGroup {
  kind: 'unit' | 'role';
  rows: {
    id: string;
    label: string;
    respondents: number;
    suppressed: boolean;
    overall: number | null;
    domains: Record<string, number | null>;
  }[];
}

export interface ModelOptions {
  lang?: string;
  minGroupSize: number;
  by?: 'unit' | 'role';
  /** ISO time the report is dated with (fixed in tests). */
  now: string;
}

const STRENGTH_FROM = 75;
const WEAK_BELOW = 50;
const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

export function buildReport(tally: Tally, options: ModelOptions): ReportModel {
  const { framework } = tally;
  const lang = options.lang ?? framework.language;
  const text = (t: Parameters<typeof pickText>[0]) => pickText(t, lang, framework.language);
  const min = options.minGroupSize;
  const all = scoreGroup(framework, tally.all);
  const stageOf = (score: number | null) => stageFor(framework.stages, score)?.id ?? null;

  // Roles in the framework's order, then any others (a framework without roles, say).
  const roleIds = [
    ...framework.respondents.map((r) => r.id).filter((id) => tally.roles.has(id)),
    ...[...tally.roles.keys()].filter((id) => !framework.respondents.some((r) => r.id === id)),
  ];
  const roleGroups = roleIds.map((id) => {
    const group = tally.roles.get(id) as Group;
    const suppressed = isSuppressed(group, min);
    return { id, group, suppressed, scores: suppressed ? null : scoreGroup(framework, group) };
  });
  const quotable = new Set(roleGroups.filter((r) => !r.suppressed).map((r) => r.id));
  const noRoleQuotable = !isSuppressed(tally.noRole, min);

  const notesBy = new Map<string, string[]>();
  for (const note of tally.notes) {
    const ok =
      note.workshop || (note.role === undefined ? noRoleQuotable : quotable.has(note.role));
    if (!ok) continue;
    const list = notesBy.get(note.question) ?? [];
    list.push(note.text);
    notesBy.set(note.question, list);
  }

  const byRoleOf = (scoreOf: (s: GroupScores) => number | null, countOf: (g: Group) => number) =>
    Object.fromEntries(
      roleGroups.map((r): [string, RoleScore] => [
        r.id,
        r.scores
          ? { score: scoreOf(r.scores), respondents: countOf(r.group) }
          : { suppressed: true },
      ]),
    );
  const size = (g: Group) => g.individuals + g.workshops;

  const questions = framework.questions.map((q): QuestionResult => {
    const counts = tally.all.questions[q.index] as QuestionCounts;
    const score = all.questions[q.index] ?? null;
    const gap = perceptionGap(
      roleGroups.filter((r) => r.scores).map((r) => r.scores?.questions[q.index] ?? null),
    );
    return {
      id: q.id,
      domain: q.domain,
      area: q.area ?? null,
      text: text(q.text),
      weight: q.weight,
      reverse: q.reverse,
      score: score === null ? null : 100 * score,
      stage: stageOf(score === null ? null : 100 * score),
      respondents: scoredCount(counts),
      coverage: coverageOf([counts]),
      byRole: byRoleOf(
        (s) => {
          const v = s.questions[q.index] ?? null;
          return v === null ? null : 100 * v;
        },
        (g) => scoredCount(g.questions[q.index] as QuestionCounts),
      ),
      gap,
      gapFlagged: gapFlagged(gap),
      notes: (notesBy.get(q.id) ?? []).sort((a, b) => a.localeCompare(b)),
    };
  });
  const questionResult = new Map(questions.map((q) => [q.id, q]));

  const domains = framework.domains.map((d): DomainResult => {
    const score = all.domains.get(d.id) ?? null;
    const scored = d.questions
      .map((q) => questionResult.get(q.id) as QuestionResult)
      .filter((q): q is QuestionResult & { score: number } => q.score !== null);
    return {
      id: d.id,
      title: text(d.title),
      ...(d.summary !== undefined && { summary: text(d.summary) }),
      weight: d.weight,
      score,
      stage: stageOf(score),
      coverage: coverageOf(d.questions.map((q) => tally.all.questions[q.index] as QuestionCounts)),
      byRole: byRoleOf((s) => s.domains.get(d.id) ?? null, size),
      strengths: scored
        .filter((q) => q.score >= STRENGTH_FROM - 1e-9)
        .sort((a, b) => b.score - a.score || order(a) - order(b))
        .slice(0, 3)
        .map((q) => q.id),
      weakest: scored
        .filter((q) => q.score < WEAK_BELOW - 1e-9)
        .sort((a, b) => a.score - b.score || order(a) - order(b))
        .slice(0, 3)
        .map((q) => q.id),
    };
  });
  function order(q: QuestionResult): number {
    return framework.questionById.get(q.id)?.index ?? 0;
  }

  const byQuestion = (q: Question) => all.questions[q.index] ?? null;
  const areas = framework.areas.map((a): AreaResult => {
    const tagged = framework.questions.filter((q) => q.area === a.id);
    const score = weightedScore(tagged, byQuestion);
    return {
      id: a.id,
      title: text(a.title),
      score,
      stage: stageOf(score),
      byDomain: Object.fromEntries(
        framework.domains.map((d) => [
          d.id,
          weightedScore(
            tagged.filter((q) => q.domain === d.id),
            byQuestion,
          ),
        ]),
      ),
    };
  });

  const actions: ActionResult[] = [];
  for (const q of framework.questions) {
    const score = all.questions[q.index] ?? null;
    if (score === null) continue;
    for (const a of q.actions) {
      if (!actionApplies(score, a.below)) continue;
      actions.push({
        question: q.id,
        domain: q.domain,
        priority: a.priority,
        text: text(a.text),
        score: 100 * score,
        below: a.below,
      });
    }
  }
  // Highest priority first, then the lowest score, then the framework's order.
  actions.sort(
    (a, b) =>
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
      a.score - b.score ||
      (framework.questionById.get(a.question)?.index ?? 0) -
        (framework.questionById.get(b.question)?.index ?? 0),
  );

  const byRole = emptyRecord<number>();
  for (const r of roleGroups) byRole[r.id] = size(r.group);

  return {
    attune: 1,
    generated: options.now,
    framework: {
      id: framework.id,
      version: framework.version,
      title: text(framework.title),
      language: framework.language,
    },
    lang,
    minGroupSize: min,
    answered: tally.answered,
    respondents: {
      total: size(tally.all),
      individuals: tally.all.individuals,
      workshops: tally.all.workshops,
      byRole,
      noRole: size(tally.noRole),
    },
    roles: roleGroups.map((r) => {
      const role = framework.respondents.find((x) => x.id === r.id);
      return {
        id: r.id,
        label: role ? text(role.label) : r.id,
        respondents: size(r.group),
        suppressed: r.suppressed,
      };
    }),
    stages: framework.stages.map((s) => ({
      id: s.id,
      label: text(s.label),
      from: s.from,
      ...(s.description !== undefined && { description: text(s.description) }),
    })),
    overall: { score: all.overall, stage: stageOf(all.overall) },
    coverage: coverageOf(tally.all.questions),
    domains,
    areas,
    questions,
    actions,
    by: options.by ? byGroups(tally, options.by, min, text) : null,
    comparison: null,
  };
}

function coverageOf(counts: readonly QuestionCounts[]): Coverage {
  const c: Coverage = { answered: 0, notApplicable: 0, dontKnow: 0, unanswered: 0 };
  for (const q of counts) {
    c.answered += scoredCount(q);
    c.notApplicable += q.notApplicable;
    c.dontKnow += q.dontKnow;
    c.unanswered += q.unanswered;
  }
  return c;
}

function byGroups(
  tally: Tally,
  kind: 'unit' | 'role',
  min: number,
  text: (t: Parameters<typeof pickText>[0]) => string,
): ByGroup {
  const { framework } = tally;
  const entries: [string, string, Group][] =
    kind === 'unit'
      ? [...tally.units.entries()]
          .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
          .map(([name, g]) => [name, name === '' ? '(no unit given)' : name, g])
      : [
          ...framework.respondents
            .filter((r) => tally.roles.has(r.id))
            .map((r): [string, string, Group] => [
              r.id,
              text(r.label),
              tally.roles.get(r.id) as Group,
            ]),
          ...[...tally.roles.entries()]
            .filter(([id]) => !framework.respondents.some((r) => r.id === id))
            .map(([id, g]): [string, string, Group] => [id, id, g]),
          ...(tally.noRole.individuals + tally.noRole.workshops > 0
            ? [['', '(no role given)', tally.noRole] as [string, string, Group]]
            : []),
        ];
  return {
    kind,
    rows: entries.map(([id, label, group]) => {
      const suppressed = isSuppressed(group, min);
      const scores = suppressed ? null : scoreGroup(framework, group);
      return {
        id,
        label,
        respondents: group.individuals + group.workshops,
        suppressed,
        overall: scores?.overall ?? null,
        domains: Object.fromEntries(
          framework.domains.map((d) => [d.id, scores?.domains.get(d.id) ?? null]),
        ),
      };
    }),
  };
}
