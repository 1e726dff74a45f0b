import * as z from 'zod';
import { formatVersion, id, semver } from './common.js';
import { ruled } from './rules-of.js';

/**
 * The plan file: the actions a team agreed from a report, with who leads each and by when, the
 * targets for the next cycle, and (optionally) how many people were invited to answer. `attune
 * plan` writes it and merges it on each new cycle; people fill in owners, dates, status and notes.
 * Nothing in it names a person: an owner is a role or a team.
 */

/** A calendar date, 2026-03-14: YAML 1.2 reads it as text, and text compares in date order. */
export const day = ruled(z.iso.date({ message: 'expected a date such as 2026-03-14' }), {
  noun: 'date',
});

const score = z.number().min(0, 'a score is from 0 to 100').max(100, 'a score is from 0 to 100');

export const PLAN_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

const target = z
  .union([
    z.strictObject({ score: score.describe('The score (0-100) to reach.') }),
    z.strictObject({ stage: id('The stage to reach, by its id.') }),
  ])
  .describe('A target: a score from 0 to 100, or a stage by its id.');

const count = z
  .int('a count of people is a whole number')
  .min(0, 'a count of people is 0 or more')
  .max(10_000_000, 'a count of people is at most 10,000,000');

const invitedByRole = z
  .record(id('A respondent role of the framework.'), count)
  .describe('How many people of each role were asked to answer.');

export const planActionSchema = z
  .strictObject({
    id: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*\.[1-9][0-9]*$/,
        'an action id is its question id, a dot and the action’s number, such as safety-first-contact.1',
      )
      .describe('Stable id: the question id, a dot, and the action’s number within that question.'),
    question: id('The question the action belongs to.'),
    domain: id('The domain of the question.'),
    priority: z.enum(['high', 'medium', 'low']).describe('The priority the framework gives it.'),
    text: z.string().min(1).max(10_000).describe('The action, as the framework words it.'),
    below: score.describe('The action applies while its question scores below this.'),
    planned: z
      .strictObject({
        date: day.describe('The date of the assessment the action was planned from.'),
        score: score.describe('The question’s score then.'),
        low: score.describe('The low end of its 95% interval.').optional(),
        high: score.describe('The high end of its 95% interval.').optional(),
        respondents: count.describe('How many gave the question a scored answer then.').optional(),
      })
      .describe(
        'The question’s score when the action was planned: written by attune, kept as it is.',
      ),
    owner: z
      .string()
      .max(200)
      .describe('Who leads it: a role or a team (never needs to be a person’s name).')
      .optional(),
    due: day.describe('The date it is due.').optional(),
    status: z.enum(PLAN_STATUSES).describe('planned, in-progress, done or dropped.'),
    review: day.describe('When the team will next look at it.').optional(),
    check: z.string().max(10_000).describe('How the team will know it worked.').optional(),
    notes: z.string().max(10_000).describe('Progress notes, in the team’s words.').optional(),
    met: z
      .strictObject({
        date: day.describe('The assessment that found it met.'),
        score: score.describe('The question’s score then.'),
      })
      .describe(
        'Written by attune, as a suggestion: the question now scores at or above the action’s threshold. The status stays as people set it.',
      )
      .optional(),
  })
  .describe('One action of the plan.');

export const planSchema = z
  .strictObject({
    attune: formatVersion.describe('The version of the attune file format: 1.'),
    kind: z.literal('plan').describe('What this file is: an action plan.'),
    framework: z
      .strictObject({
        id: id('The id of the framework assessed.'),
        version: semver.describe('The version of the framework at the latest assessment.'),
      })
      .describe('The framework the plan follows.'),
    assessed: day.describe(
      'The date of the latest assessment the plan was brought up to date with.',
    ),
    targets: z
      .strictObject({
        overall: target.optional(),
        domains: z.record(id('A domain id.'), target).describe('Targets by domain id.').optional(),
      })
      .describe('Targets for the next cycle, overall and by domain.')
      .optional(),
    invited: z
      .strictObject({
        roles: invitedByRole.optional(),
        units: z
          .record(z.string().min(1).max(200), invitedByRole)
          .describe('By service or site, then by role.')
          .optional(),
      })
      .describe('How many people were asked to answer, for response rates.')
      .optional(),
    actions: z.array(planActionSchema).describe('The actions, in the order they were added.'),
  })
  .describe('An attune action plan: actions with owners and dates, and targets, across cycles.');

export type PlanDoc = z.infer<typeof planSchema>;
export type PlanAction = z.infer<typeof planActionSchema>;
export type Target = z.infer<typeof target>;
export type Invited = NonNullable<PlanDoc['invited']>;
