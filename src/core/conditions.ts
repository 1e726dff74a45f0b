import type { AnswerValue } from './schema/common.js';
import type { Condition } from './schema/framework.js';
import { askedOf, type Framework, type Question } from './framework.js';

/** What visibility needs of a question: the full framework, or the offline form's copy. */
export type Showable = Pick<Question, 'id' | 'respondents' | 'when'>;

/** Whether a `when` condition holds, given a way to read the answer to another question. */
export function conditionHolds(
  cond: Condition,
  answerOf: (questionId: string) => AnswerValue | undefined,
): boolean {
  if ('question' in cond) {
    const value = answerOf(cond.question);
    return value !== undefined && cond.in.includes(value);
  }
  if ('all' in cond) return cond.all.every((c) => conditionHolds(c, answerOf));
  return cond.any.some((c) => conditionHolds(c, answerOf));
}

/** A question a condition names, and where the naming condition is inside the `when`. */
export interface ConditionRef {
  id: string;
  path: (string | number)[];
  in: AnswerValue[];
}

/** Every question a condition names, with the path of its `question` key inside the condition. */
export function conditionRefs(cond: Condition, path: (string | number)[] = []): ConditionRef[] {
  if ('question' in cond) return [{ id: cond.question, path, in: cond.in }];
  const key = 'all' in cond ? 'all' : 'any';
  const list = 'all' in cond ? cond.all : cond.any;
  return list.flatMap((c, i) => conditionRefs(c, [...path, key, i]));
}

/**
 * Which questions a respondent is shown: asked of their role, and with every `when` holding,
 * where a condition reads an answer only if the question it names was itself shown.
 */
export function visibleQuestions(
  framework: { questions: readonly Showable[] },
  role: string | undefined,
  valueOf: (questionId: string) => AnswerValue | undefined,
): Set<string> {
  const visible = new Set<string>();
  const answerOf = (id: string) => (visible.has(id) ? valueOf(id) : undefined);
  // Conditions only name earlier questions (rule when-order), so one pass in order suffices.
  for (const q of framework.questions) if (isShown(q, role, answerOf)) visible.add(q.id);
  return visible;
}

export function isShown(
  q: Showable,
  role: string | undefined,
  answerOf: (questionId: string) => AnswerValue | undefined,
): boolean {
  return askedOf(q, role) && (q.when === undefined || conditionHolds(q.when, answerOf));
}

const shownCache = new WeakMap<object, Set<string>>();

/**
 * `visibleQuestions` for one answers document, worked out once: checking a file and counting it
 * both need it, and at thousands of files that matters.
 */
export function shownTo(
  framework: Framework,
  doc: {
    respondent?: { role?: string | undefined } | undefined;
    answers: Record<string, { value?: AnswerValue | undefined }>;
  },
): Set<string> {
  let shown = shownCache.get(doc);
  if (!shown) {
    const { answers } = doc;
    shown = visibleQuestions(framework, doc.respondent?.role, (id) =>
      Object.hasOwn(answers, id) ? answers[id]?.value : undefined,
    );
    shownCache.set(doc, shown);
  }
  return shown;
}
