import * as z from 'zod';
import { ID_PATTERN, LANG_PATTERN, NON_SCORED, SEMVER_PATTERN } from './patterns.js';
import { ruled } from './rules-of.js';

export {
  ID_PATTERN,
  LANG_PATTERN,
  NON_SCORED,
  SEMVER_PATTERN,
  type NonScored,
} from './patterns.js';

const idString = ruled(
  z.string().regex(ID_PATTERN, 'use kebab-case: lower-case letters, digits and single hyphens'),
  { invalid_format: 'id-format', noun: 'id' },
);

export const id = (description: string) => idString.describe(description);

export const langTag = ruled(
  z.string().regex(LANG_PATTERN, 'expected a language tag such as en-GB or cy'),
  { invalid_format: 'language-tag', noun: 'language' },
).describe('A BCP 47 language tag, such as en-GB or cy.');

/** A version of a framework's content, such as 1.2.0. */
export const semver = ruled(
  z.string().regex(SEMVER_PATTERN, 'expected a semantic version such as 1.0.0'),
  { noun: 'version' },
);

/** The `attune` key: the version of the file format. */
export const formatVersion = ruled(
  z.literal(1, 'attune must be 1: the only version of the format so far'),
  { invalid_value: 'format-version' },
);

/**
 * A number in a file: finite (YAML's .inf and .nan are refused by zod) and within a range that
 * keeps every sum of scores far from overflowing.
 */
export const OPTION_VALUE_LIMIT = 1_000_000;
export const WEIGHT_LIMIT = 1000;

/** A weight: above 0, at most WEIGHT_LIMIT. */
export const weight = (description: string) =>
  ruled(
    z
      .number()
      .positive('weight must be greater than 0')
      .max(WEIGHT_LIMIT, 'weight must be at most 1,000'),
    { too_small: 'weight-positive', too_big: 'weight-range' },
  ).describe(description);

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
