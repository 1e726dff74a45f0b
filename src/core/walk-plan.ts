import { visibleQuestions } from './conditions.js';
import { askedOf, type Domain, type Framework, type Question } from './framework.js';
import type { AnswersDoc } from './schema/answers.js';
import type { AnswerValue } from './schema/common.js';

/**
 * The pure half of the walk-through: which questions a respondent sees, where one stands, what
 * comes next, and what an answer changes. The loop in src/cli asks; these functions decide.
 * Every change returns a new document and leaves the one given untouched.
 */

export type QuestionStatus = 'answered' | 'skipped' | 'open';

/** The questions shown to this respondent, in order: their role's, with every `when` holding. */
export function shownQuestions(framework: Framework, doc: AnswersDoc): Question[] {
  const visible = visibleQuestions(framework, doc.respondent?.role, (id) => doc.answers[id]?.value);
  return framework.questions.filter((q) => visible.has(q.id));
}

export function statusOf(doc: AnswersDoc, id: string): QuestionStatus {
  if (doc.answers[id]?.value !== undefined) return 'answered';
  if (doc.skipped?.includes(id)) return 'skipped';
  return 'open';
}

export interface Position {
  domain: Domain;
  /** Counted over the domains that have a question for this respondent, from 1. */
  domainNumber: number;
  domainCount: number;
  /** Counted over the questions shown, from 1. */
  number: number;
  total: number;
}

export function positionOf(
  framework: Framework,
  shown: readonly Question[],
  id: string,
): Position | undefined {
  const at = shown.findIndex((q) => q.id === id);
  const question = shown[at];
  if (!question) return undefined;
  const domains = framework.domains.filter((d) => shown.some((q) => q.domain === d.id));
  const domainIndex = domains.findIndex((d) => d.id === question.domain);
  const domain = domains[domainIndex];
  if (!domain) return undefined;
  return {
    domain,
    domainNumber: domainIndex + 1,
    domainCount: domains.length,
    number: at + 1,
    total: shown.length,
  };
}

/** The first question shown after `question` in the framework's order (which may be hidden now). */
export function nextAfter(shown: readonly Question[], question: Question): Question | undefined {
  return shown.find((q) => q.index > question.index);
}

export function previousBefore(
  shown: readonly Question[],
  question: Question,
): Question | undefined {
  // A loop, not findLast: the offline form's script (ES2020) compiles this module too.
  for (let i = shown.length - 1; i >= 0; i--) {
    const q = shown[i];
    if (q && q.index < question.index) return q;
  }
  return undefined;
}

/** Where to carry on: the first question shown that is neither answered nor skipped. */
export function resumePoint(shown: readonly Question[], doc: AnswersDoc): Question | undefined {
  return shown.find((q) => statusOf(doc, q.id) === 'open');
}

export interface Change {
  doc: AnswersDoc;
  /**
   * Questions whose answers were removed because their `when` stopped holding after this
   * change. Their notes are kept: a note is the person's own words, and harmless when unused.
   */
  dropped: Question[];
  /** Questions shown after this change that were not before it, and not answered yet. */
  opened: Question[];
}

/** Records an answer; clears a skip of the same question. */
export function answerQuestion(
  framework: Framework,
  doc: AnswersDoc,
  id: string,
  value: AnswerValue,
): Change {
  const next = copy(doc);
  next.answers[id] = { ...next.answers[id], value };
  next.skipped = without(next.skipped, id);
  return settle(framework, doc, next);
}

/** Skips a question: any answer it had is cleared (its note kept), and it is listed as skipped. */
export function skipQuestion(framework: Framework, doc: AnswersDoc, id: string): Change {
  const next = copy(doc);
  clearValue(next, id);
  next.skipped = [...(without(next.skipped, id) ?? []), id];
  return settle(framework, doc, next);
}

/** Sets or (with an empty or absent note) removes the note on a question. */
export function noteQuestion(doc: AnswersDoc, id: string, note: string | undefined): AnswersDoc {
  const next = copy(doc);
  const text = note?.trim();
  const { note: _old, ...rest } = next.answers[id] ?? {};
  if (text) next.answers[id] = { ...rest, note: text };
  else if (rest.value !== undefined) next.answers[id] = rest;
  else next.answers = withoutKey(next.answers, id);
  return next;
}

/**
 * After a change: answers to questions that were shown before it and are not now are removed,
 * and so are skips of them, so the file never holds an answer the respondent was not asked.
 * Answers already hidden before the change (say, in a file edited by hand) are left alone.
 */
function settle(framework: Framework, before: AnswersDoc, after: AnswersDoc): Change {
  const was = new Set(shownQuestions(framework, before).map((q) => q.id));
  const now = new Set(shownQuestions(framework, after).map((q) => q.id));
  const dropped: Question[] = [];
  const opened = framework.questions.filter(
    (q) => now.has(q.id) && !was.has(q.id) && statusOf(after, q.id) === 'open',
  );
  for (const q of framework.questions) {
    if (!was.has(q.id) || now.has(q.id)) continue;
    if (after.answers[q.id]?.value !== undefined) {
      clearValue(after, q.id);
      dropped.push(q);
    }
    after.skipped = without(after.skipped, q.id);
  }
  if (after.skipped?.length === 0) delete after.skipped;
  return { doc: after, dropped, opened };
}

export interface DomainSummary {
  domain: Domain;
  questions: { question: Question; status: QuestionStatus }[];
  answered: number;
  skipped: number;
  open: number;
}

/** Per domain with a question for this respondent: each question's status, and the counts. */
export function summarise(framework: Framework, doc: AnswersDoc): DomainSummary[] {
  const shown = shownQuestions(framework, doc);
  return framework.domains.flatMap((domain) => {
    const questions = shown
      .filter((q) => q.domain === domain.id)
      .map((question) => ({ question, status: statusOf(doc, question.id) }));
    if (questions.length === 0) return [];
    const count = (s: QuestionStatus) => questions.filter((q) => q.status === s).length;
    return [
      {
        domain,
        questions,
        answered: count('answered'),
        skipped: count('skipped'),
        open: count('open'),
      },
    ];
  });
}

/** Answers in the file to questions the framework no longer has (say, after an update). */
export function removedQuestions(framework: Framework, doc: AnswersDoc): string[] {
  return Object.keys(doc.answers).filter((id) => !framework.questionById.has(id));
}

function copy(doc: AnswersDoc): AnswersDoc {
  return structuredClone(doc);
}

function without(list: string[] | undefined, id: string): string[] | undefined {
  return list?.filter((x) => x !== id);
}

function clearValue(doc: AnswersDoc, id: string): void {
  const answer = doc.answers[id];
  if (!answer) return;
  if (answer.note !== undefined) doc.answers[id] = { note: answer.note };
  else doc.answers = withoutKey(doc.answers, id);
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

/**
 * How long answering takes, per question: a person reading one and choosing an answer, and a
 * group talking one through until it agrees. Deliberately generous: an estimate that runs
 * short makes people hurry, or stop.
 */
export const SECONDS_PER_QUESTION = { alone: 30, workshop: 120 } as const;

/**
 * Minutes to set aside for a role: every question it may be asked, those that follow from an
 * answer included, at SECONDS_PER_QUESTION, rounded up to the next five minutes.
 */
export function estimatedMinutes(
  framework: Pick<Framework, 'questions'>,
  role: string | undefined,
  workshop: boolean,
): number {
  const count = framework.questions.filter((q) => askedOf(q, role)).length;
  const seconds = count * SECONDS_PER_QUESTION[workshop ? 'workshop' : 'alone'];
  return Math.ceil(seconds / 300) * 5;
}
