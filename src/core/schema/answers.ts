import * as z from 'zod';
import {
  answerValue,
  formatVersion,
  id,
  ID_PATTERN,
  langTag,
  NON_SCORED,
  semver,
} from './common.js';
import { ruled } from './rules-of.js';

const timestamp = ruled(
  z.iso.datetime({
    offset: true,
    message: 'expected a date and time such as 2026-11-22T10:00:00Z',
  }),
  { noun: 'date and time' },
);

export const answerSchema = z
  .strictObject({
    value: answerValue.optional(),
    note: z
      .string()
      .max(10_000, 'a note may be at most 10,000 characters')
      .describe('Optional words; quoted in reports without attribution.')
      .optional(),
  })
  .describe('One answer. Leave the question out (or give only a note) where it was not answered.');

/**
 * One answers file: one respondent, or one workshop answering together.
 * It never holds a person's name: reports never identify anyone.
 */
export const answersSchema = z
  .strictObject({
    attune: formatVersion.describe('The version of the attune answers format: 1.'),
    framework: z
      .strictObject({
        id: id('The id of the framework answered.'),
        version: semver.describe('The version of the framework answered.'),
      })
      .describe('The framework these answers belong to.'),
    respondent: z
      .strictObject({
        role: id('The respondent role: one of the framework’s respondents.').optional(),
        workshop: z
          .boolean()
          .describe(
            'True where a group agreed these answers together (a workshop): not one person’s answers, so not subject to the anonymity threshold.',
          )
          .optional(),
      })
      .describe('Who answered, by role only: never a name.')
      .optional(),
    unit: z.string().min(1).max(200).describe('The service, team or site assessed.').optional(),
    lang: langTag.describe('The language the questions were shown in.').optional(),
    status: z
      .enum(['in-progress', 'completed'])
      .describe('in-progress while answering; completed after the review.'),
    started: timestamp.describe('When answering started (ISO 8601).').optional(),
    updated: timestamp.describe('When the file was last saved (ISO 8601).').optional(),
    skipped: z
      .array(id('A question id.'))
      .describe(
        'Questions the respondent chose to skip, so that resuming does not ask them again first.',
      )
      .optional(),
    answers: z.record(id('A question id.'), answerSchema).describe('Answers by question id.'),
  })
  .describe('An attune answers file: one respondent’s, or one workshop’s, answers to a framework.');

export type AnswersDoc = z.infer<typeof answersSchema>;
export type AnswerDoc = z.infer<typeof answerSchema>;

/**
 * The answers file's keys other than `answers`, as the full schema checks them: with
 * `answersAreWellFormed`, the quick way to a file's shape (see `isAnswersDoc`).
 */
const answersHead = answersSchema.extend({ answers: z.unknown() });

const NOTE_LIMIT = 10_000;

/**
 * Whether `answers` is what the schema's `answers` record accepts: a mapping of kebab-case ids
 * to answers, each with at most a value (a finite number, not-applicable or dont-know) and a
 * note of at most 10,000 characters. Written out by hand because a file holds dozens of answers
 * and a national survey a hundred thousand files: zod took about half the time of reading each
 * (bench/README.md). test/core/answers-quick.test.ts holds it to zod on random input.
 */
export function answersAreWellFormed(answers: unknown): boolean {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) return false;
  const proto: unknown = Object.getPrototypeOf(answers);
  if (proto !== Object.prototype && proto !== null) return false;
  if (Object.getOwnPropertySymbols(answers).length > 0) return false;
  for (const id of Object.getOwnPropertyNames(answers)) {
    if (!ID_PATTERN.test(id)) return false;
    const answer: unknown = (answers as Record<string, unknown>)[id];
    if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return false;
    const answerProto: unknown = Object.getPrototypeOf(answer);
    if (answerProto !== Object.prototype && answerProto !== null) return false;
    for (const key of Object.getOwnPropertyNames(answer)) {
      const v: unknown = (answer as Record<string, unknown>)[key];
      if (key === 'value') {
        if (v === undefined) continue;
        if (
          typeof v === 'number' ? !Number.isFinite(v) : v !== NON_SCORED[0] && v !== NON_SCORED[1]
        )
          return false;
      } else if (key === 'note') {
        if (v !== undefined && (typeof v !== 'string' || v.length > NOTE_LIMIT)) return false;
      } else return false;
    }
  }
  return true;
}

/**
 * Whether the data is an answers file the schema accepts, known without zod's walk of every
 * answer: the keys around `answers` are checked by the schema itself, and `answers` by
 * `answersAreWellFormed`. Where this says no, the schema is asked, for its findings.
 */
export function isAnswersDoc(data: unknown): data is AnswersDoc {
  return (
    data !== null &&
    typeof data === 'object' &&
    answersAreWellFormed((data as { answers?: unknown }).answers) &&
    answersHead.safeParse(data).success
  );
}
