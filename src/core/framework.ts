import { matchLanguage } from './languages.js';
import type { NonScored, Text } from './schema/common.js';
import type { Condition, FrameworkDoc, Priority } from './schema/framework.js';
import { defined, emptyRecord } from './own.js';

/**
 * A framework ready to use: validated, `extends` merged, defaults filled in, and indexed.
 * Texts stay localisable (`Text`); `pickText` chooses a language where they are shown.
 */
export interface Framework {
  id: string;
  version: string;
  title: Text;
  summary?: Text;
  language: string;
  partialLanguages: string[];
  licence?: string;
  /** Shown before the first question and after the last, to roles without their own. */
  intro?: Text;
  closing?: Text;
  /** Where to get support if a question brings something up. */
  support?: Text;
  sources: { title: string; publisher?: string; url?: string; year?: number }[];
  respondents: Role[];
  scales: Record<string, Scale>;
  stages: Stage[];
  areas: Area[];
  domains: Domain[];
  /** Every question in order, and by id. */
  questions: Question[];
  questionById: Map<string, Question>;
  /** The file it was loaded from (absolute), where it came from a file. */
  file?: string;
  /** The files it was made from: `file`, then the one it extends, and so on (absolute). */
  chain?: string[];
}

export interface Role {
  id: string;
  label: Text;
  description?: Text;
  /** People who use the service, or their families and carers. */
  livedExperience?: boolean;
  intro?: Text;
  closing?: Text;
}

export interface ScaleOption {
  value: number;
  label: Text;
  description?: Text;
}

export interface Scale {
  id: string;
  label?: Text;
  options: ScaleOption[];
  allow: NonScored[];
  min: number;
  max: number;
}

export interface Stage {
  id: string;
  label: Text;
  from: number;
  description?: Text;
}

export interface Area {
  id: string;
  title: Text;
  summary?: Text;
}

export interface Action {
  below: number;
  priority: Priority;
  text: Text;
  /** Who would usually lead it (a role, never a name). */
  owner?: Text;
  /** The time frame to aim for, in months. */
  months?: number;
  /** How the team will know it worked. */
  check?: Text;
}

export interface Question {
  id: string;
  domain: string;
  /** Position in the whole framework, from 0. */
  index: number;
  text: Text;
  help?: Text;
  scale: Scale;
  weight: number;
  reverse: boolean;
  /** False for a gate question: asked, never scored. */
  scored: boolean;
  area?: string;
  /** The roles asked; undefined means every role. */
  respondents?: string[];
  /** The question worded for particular roles (by role id); see `wordingFor`. */
  wording: Map<string, { text?: Text; help?: Text }>;
  evidence: Text[];
  when?: Condition;
  actions: Action[];
}

export interface Domain {
  id: string;
  title: Text;
  summary?: Text;
  weight: number;
  questions: Question[];
}

/** Builds the runtime framework from a document that passed validation without errors. */
export function normalise(doc: FrameworkDoc): Framework {
  const scales = emptyRecord<Scale>();
  for (const [id, s] of Object.entries(doc.scales)) {
    const values = s.options.map((o) => o.value);
    scales[id] = {
      id,
      ...(s.label !== undefined && { label: s.label }),
      options: s.options.map((o) => defined(o)),
      allow: s.allow ? [...new Set(s.allow)] : [],
      min: Math.min(...values),
      max: Math.max(...values),
    };
  }
  const questions: Question[] = [];
  const domains = doc.domains.map((d): Domain => {
    const qs = d.questions.map((q): Question => {
      const scaleId = q.scale ?? doc.defaultScale ?? '';
      const scale = scales[scaleId];
      if (!scale) throw new Error(`question ${q.id} has no scale: validate before normalising`);
      const question: Question = {
        id: q.id,
        domain: d.id,
        index: questions.length,
        text: q.text,
        ...(q.help !== undefined && { help: q.help }),
        scale,
        weight: q.weight ?? 1,
        reverse: q.reverse ?? false,
        scored: q.scored ?? true,
        ...(q.area !== undefined && { area: q.area }),
        ...(q.respondents !== undefined && { respondents: [...q.respondents] }),
        wording: new Map(Object.entries(q.wording ?? {}).map(([role, w]) => [role, defined(w)])),
        evidence: q.evidence ?? [],
        ...(q.when !== undefined && { when: q.when }),
        actions: (q.actions ?? []).map((a) => ({
          below: a.below,
          priority: a.priority ?? 'medium',
          text: a.text,
          ...(a.owner !== undefined && { owner: a.owner }),
          ...(a.months !== undefined && { months: a.months }),
          ...(a.check !== undefined && { check: a.check }),
        })),
      };
      questions.push(question);
      return question;
    });
    return {
      id: d.id,
      title: d.title,
      ...(d.summary !== undefined && { summary: d.summary }),
      weight: d.weight ?? 1,
      questions: qs,
    };
  });
  return {
    id: doc.id,
    version: doc.version,
    title: doc.title,
    ...(doc.summary !== undefined && { summary: doc.summary }),
    language: doc.language ?? 'en-GB',
    partialLanguages: doc.partialLanguages ?? [],
    ...(doc.licence !== undefined && { licence: doc.licence }),
    ...(doc.intro !== undefined && { intro: doc.intro }),
    ...(doc.closing !== undefined && { closing: doc.closing }),
    ...(doc.support !== undefined && { support: doc.support }),
    sources: (doc.sources ?? []).map((source) => defined(source)),
    respondents: (doc.respondents ?? []).map((role) => defined(role)),
    scales,
    stages: doc.stages.map((s) => defined(s)),
    areas: (doc.areas ?? []).map((area) => defined(area)),
    domains,
    questions,
    questionById: new Map(questions.map((q) => [q.id, q])),
  };
}

/** The text in `lang` (or a near match, see matchLanguage), else in `fallback`, else the first. */
export function pickText(value: Text, lang: string | undefined, fallback: string): string {
  if (typeof value === 'string') return value;
  const tag = lang === undefined ? undefined : matchLanguage(Object.keys(value), lang);
  return (
    (tag === undefined ? undefined : value[tag]) ?? value[fallback] ?? Object.values(value)[0] ?? ''
  );
}

/** The question's text and help as one role reads them: its own wording, else the question's. */
export function wordingFor(
  question: Pick<Question, 'text' | 'help' | 'wording'>,
  role: string | undefined,
): { text: Text; help?: Text } {
  const own = role === undefined ? undefined : question.wording.get(role);
  const help = own?.help ?? question.help;
  return { text: own?.text ?? question.text, ...(help !== undefined && { help }) };
}

/** Whether a question is asked of a role (a respondent without a role is asked everything). */
export function askedOf(
  question: Pick<Question, 'respondents'>,
  role: string | undefined,
): boolean {
  return (
    role === undefined || question.respondents === undefined || question.respondents.includes(role)
  );
}

/** The last stage whose `from` is at or below the score. */
export function stageFor(stages: readonly Stage[], score: number | null): Stage | undefined {
  return stages[stageIndex(stages, score)];
}

/** The index of the last stage whose `from` is at or below the score; -1 for no score. */
export function stageIndex(stages: readonly { from: number }[], score: number | null): number {
  if (score === null) return -1;
  let found = -1;
  // A hair of tolerance, so that 74.99999999999 from floating-point sums still reaches 75.
  stages.forEach((s, i) => {
    if (s.from <= score + 1e-9) found = i;
  });
  return found;
}
