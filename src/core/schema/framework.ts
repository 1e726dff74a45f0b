import * as z from 'zod';
import {
  answerValue,
  formatVersion,
  id,
  langTag,
  NON_SCORED,
  OPTION_VALUE_LIMIT,
  semver,
  text,
  weight,
  type AnswerValue,
} from './common.js';
import { ruled } from './rules-of.js';

/**
 * The framework file format. One factory builds two schemas from the same fields:
 * - `full`: a framework that stands alone, with every required key;
 * - `overlay`: a framework that `extends` another, where every element may be a partial
 *   override (only its `id` is needed) and `remove` drops inherited elements.
 * The merged result of an overlay is checked against `full` again, as a whole.
 */
type Mode = 'full' | 'overlay';

export type Condition =
  { question: string; in: AnswerValue[] } | { all: Condition[] } | { any: Condition[] };

const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z
      .strictObject({
        question: id('The id of an earlier question whose answer decides.'),
        in: z
          .array(answerValue)
          .min(1, 'list at least one value')
          .describe('The answers that make this question apply.'),
      })
      .describe('Applies when the named question was answered with one of the values in `in`.'),
    z
      .strictObject({
        all: z.array(condition).min(1).describe('Every condition in the list holds.'),
      })
      .describe('Applies when every condition holds.'),
    z
      .strictObject({
        any: z.array(condition).min(1).describe('At least one condition in the list holds.'),
      })
      .describe('Applies when at least one condition holds.'),
  ]),
);

type Req<T extends z.ZodType, M extends Mode> = M extends 'full' ? T : z.ZodOptional<T>;

function build<M extends Mode>(mode: M) {
  const req = <T extends z.ZodType>(schema: T): Req<T, M> =>
    (mode === 'full' ? schema : schema.optional()) as Req<T, M>;

  const option = z
    .strictObject({
      value: ruled(
        z
          .number()
          .min(-OPTION_VALUE_LIMIT, 'an option value must be between -1,000,000 and 1,000,000')
          .max(OPTION_VALUE_LIMIT, 'an option value must be between -1,000,000 and 1,000,000'),
        { too_small: 'option-value-range', too_big: 'option-value-range' },
      ).describe(
        'The numeric value of this option, from -1,000,000 to 1,000,000; item scores run from the lowest to the highest value.',
      ),
      label: text('The short name of this option, shown as the answer.'),
      description: text(
        'What an organisation at this level looks like, so that a team can tell which option fits.',
      ).optional(),
    })
    .describe('One option of a scale.');

  const scale = z
    .strictObject({
      label: text('A name for the scale.').optional(),
      options: req(
        ruled(z.array(option).min(2, 'a scale needs at least two options'), {
          too_small: 'scale-options',
        }).describe('The options, in order from the lowest to the highest value.'),
      ),
      allow: z
        .array(z.enum(NON_SCORED))
        .describe('The honest, non-scored answers this scale accepts: not-applicable, dont-know.')
        .optional(),
    })
    .describe('A reusable answer scale.');

  const action = z
    .strictObject({
      below: ruled(
        z
          .number()
          .min(0, 'below must be between 0 and 100')
          .max(100, 'below must be between 0 and 100'),
        { too_small: 'action-threshold', too_big: 'action-threshold' },
      ).describe('The action applies where the question scores below this (0-100).'),
      priority: z
        .enum(['high', 'medium', 'low'])
        .describe('How soon to act: high, medium or low. Default medium.')
        .optional(),
      text: text('A concrete next step: what changes in practice.'),
      owner: text(
        'Who would usually lead it: a role a small service has, such as "the manager" (never a person\'s name).',
      ).optional(),
      months: z
        .int('months must be a whole number')
        .min(1, 'months must be between 1 and 36')
        .max(36, 'months must be between 1 and 36')
        .describe('The time frame to aim for, in months from when the plan is agreed.')
        .optional(),
      check: text(
        'How the team will know it worked: a check it can repeat, such as asking five people again after three months.',
      ).optional(),
    })
    .describe('A suggested improvement, shown in the action plan when the question scores low.');

  const question = z
    .strictObject({
      id: id('Unique in the whole framework; answers files refer to it.'),
      text: req(text('The question: one observable idea, in plain words.')),
      help: text('What good looks like, and why it matters.').optional(),
      scale: id('The scale to answer on; default: defaultScale.').optional(),
      weight: weight(
        'Weight in its domain and area; default 1; greater than 0 and at most 1,000.',
      ).optional(),
      reverse: z
        .boolean()
        .describe('True where a high answer means worse practice; the item score is reversed.')
        .optional(),
      scored: z
        .boolean()
        .describe(
          'False for a question asked only to decide which others apply (with `when`), such as whether the service has premises people visit: it gets no score and no actions. Default true.',
        )
        .optional(),
      area: id('The organisational area this question belongs to: one of `areas`.').optional(),
      respondents: z
        .array(id('A respondent role id.'))
        .min(1, 'list at least one role, or leave the key out for every role')
        .describe('The roles this question is asked of; default: every role.')
        .optional(),
      wording: z
        .record(
          id('A respondent role id.'),
          z
            .strictObject({
              text: text('The question as this role reads it.').optional(),
              help: text('The help as this role reads it.').optional(),
            })
            .describe('The question in words for one role; it is still the same question.'),
        )
        .describe(
          'The same question worded for particular roles, such as people who use the service ("you" voice), so that their answers can still be compared with staff answers.',
        )
        .optional(),
      evidence: z
        .array(text('Something a team could point to.'))
        .describe('Examples of evidence a team could point to.')
        .optional(),
      when: condition.describe('Ask this question only when the condition holds.').optional(),
      actions: z
        .array(action)
        .describe('Suggested improvements, each applying below its threshold.')
        .optional(),
    })
    .describe('A scored question.');

  const domain = z
    .strictObject({
      id: id('Unique among domains and questions.'),
      title: req(text('The name of the domain (principle).')),
      summary: text('What this domain covers.').optional(),
      weight: weight(
        'Weight in the overall score; default 1; greater than 0 and at most 1,000.',
      ).optional(),
      questions: req(
        z.array(question).describe('The questions of this domain, in the order they are asked.'),
      ),
    })
    .describe('A domain: one of the principles assessed.');

  const stage = z
    .strictObject({
      id: id('The stage id, used in JSON reports.'),
      label: req(text('The name of the stage.')),
      from: req(
        ruled(
          z
            .number()
            .min(0, 'from must be between 0 and 100')
            .max(100, 'from must be between 0 and 100'),
          { too_small: 'stage-range', too_big: 'stage-range' },
        ).describe('The score (0-100) at which this stage starts.'),
      ),
      description: text('What an organisation at this stage is like.').optional(),
    })
    .describe('A maturity stage: a band of the 0-100 score.');

  const area = z
    .strictObject({
      id: id('The area id that questions refer to.'),
      title: req(text('The name of the area.')),
      summary: text('What this area covers.').optional(),
    })
    .describe('An organisational area: the second dimension of the report grid.');

  const respondent = z
    .strictObject({
      id: id('The role id that answers files and questions refer to.'),
      label: req(text('The name of the role, as respondents see it.')),
      description: text('Who belongs to this role.').optional(),
      livedExperience: z
        .boolean()
        .describe(
          'True for people who use the service, or their families and carers: their questions are written in the "you" voice, and organisational evidence lists are not shown to them.',
        )
        .optional(),
      intro: text(
        "Shown to this role before the first question: what this is and who will see what, that taking part or not changes nobody's support, that any question can be skipped, a content note.",
      ).optional(),
      closing: text(
        'Shown to this role after the last question: a thank-you, and what happens next.',
      ).optional(),
    })
    .describe('A respondent role.');

  const source = z
    .strictObject({
      title: z.string().min(1).describe('The title of the work.'),
      publisher: z.string().min(1).describe('The author or publishing organisation.').optional(),
      url: z.url().describe('Where to find it.').optional(),
      year: z.number().int().describe('The year of publication.').optional(),
    })
    .describe('A work this framework draws on.');

  return z
    .strictObject({
      attune: formatVersion.describe('The version of the attune framework format: 1.'),
      id: id('The framework id: kebab-case, unique among frameworks.'),
      version: req(
        semver.describe(
          'The version of this framework content (semver: a new major version for changes that break answers).',
        ),
      ),
      title: req(text('The title of the framework.')),
      summary: text('One paragraph on what it assesses and for whom.').optional(),
      language: langTag
        .describe('The main language of the texts; the fallback for --lang. Default en-GB.')
        .optional(),
      partialLanguages: z
        .array(langTag)
        .describe(
          'Languages this framework knowingly covers only in part: no warning; missing texts fall back to `language`.',
        )
        .optional(),
      licence: z.string().min(1).describe('The licence of the content, e.g. CC-BY-4.0.').optional(),
      intro: text(
        'Shown before the first question to everyone whose role has no intro of its own.',
      ).optional(),
      closing: text(
        'Shown after the last question to everyone whose role has no closing of its own.',
      ).optional(),
      support: text(
        'Where to get support if a question brings something up: each service sets its own through `extends`.',
      ).optional(),
      sources: z.array(source).describe('Works this framework draws on.').optional(),
      respondents: z
        .array(respondent)
        .describe('Respondent roles; each answers file names one.')
        .optional(),
      scales: req(z.record(id('The scale id.'), scale).describe('Reusable answer scales, by id.')),
      defaultScale: id('The scale used by questions that name none.').optional(),
      stages: req(
        z
          .array(stage)
          .min(1, 'list at least one stage')
          .describe('Maturity stages over the 0-100 score, ascending; the first starts at 0.'),
      ),
      areas: z
        .array(area)
        .describe('Organisational areas, the second dimension of the report.')
        .optional(),
      domains: req(
        z
          .array(domain)
          .min(1, 'list at least one domain')
          .describe('The domains (principles) and their questions.'),
      ),
      extends: z
        .string()
        .min(1)
        .describe(
          'Start from another framework: a bundled or local framework id, or a path relative to this file.',
        )
        .optional(),
      remove: z
        .array(id('The id of an inherited domain, question, area, role or stage.'))
        .describe('Ids of inherited elements to drop (only with `extends`).')
        .optional(),
    })
    .describe(
      mode === 'full'
        ? 'An attune framework: scored questions grouped in domains.'
        : 'An attune framework that extends another: elements listed by id override or add to the inherited ones.',
    );
}

export const frameworkSchema = build('full' as const);
export const overlaySchema = build('overlay' as const);

export type FrameworkDoc = z.infer<typeof frameworkSchema>;
export type OverlayDoc = z.infer<typeof overlaySchema>;
export type DomainDoc = FrameworkDoc['domains'][number];
export type QuestionDoc = DomainDoc['questions'][number];
export type ScaleDoc = FrameworkDoc['scales'][string];
export type StageDoc = FrameworkDoc['stages'][number];
export type ActionDoc = NonNullable<QuestionDoc['actions']>[number];
export type Priority = NonNullable<ActionDoc['priority']>;
