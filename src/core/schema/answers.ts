import * as z from 'zod';
import { answerValue, formatVersion, id, langTag, semver } from './common.js';
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
