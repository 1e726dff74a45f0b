import * as z from 'zod';
import { ID_PATTERN, LANG_PATTERN, NON_SCORED } from './patterns.js';

export {
  ID_PATTERN,
  LANG_PATTERN,
  NON_SCORED,
  SEMVER_PATTERN,
  type NonScored,
} from './patterns.js';

export const id = (description: string) =>
  z
    .string()
    .regex(ID_PATTERN, 'use kebab-case: lower-case letters, digits and single hyphens')
    .describe(description);

export const langTag = z
  .string()
  .regex(LANG_PATTERN, 'expected a language tag such as en-GB or cy')
  .describe('A BCP 47 language tag, such as en-GB or cy.');

/**
 * A piece of text people read: either plain text in the framework's `language`, or a map from
 * language tags to text, so one framework can serve several languages.
 */
export const text = (description: string) =>
  z
    .union([
      z.string().min(1, 'text may not be empty'),
      z.record(langTag, z.string().min(1, 'text may not be empty')),
    ])
    .describe(
      `${description} Plain text, or a map of language tags to text (en-GB: ..., cy: ...).`,
    );

export type Text = string | Record<string, string>;

/** The value of one answer: a number from the question's scale, or an honest non-scored answer. */
export const answerValue = z
  .union([z.number(), z.enum(NON_SCORED)])
  .describe('A value from the scale, or not-applicable / dont-know.');

export type AnswerValue = z.infer<typeof answerValue>;
