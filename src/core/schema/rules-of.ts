import * as z from 'zod';
import type { RuleId } from '../rules.js';

/**
 * Which rule a constraint of the schema stands for, by the kind of issue it raises, and what a
 * pattern checks (for the message). Kept in a registry of its own, beside each constraint, so
 * that a finding names the rule broken wherever the key sits, and so that none of it reaches the
 * JSON Schema `attune schema` prints.
 */
export interface SchemaRule {
  too_small?: RuleId;
  too_big?: RuleId;
  invalid_format?: RuleId;
  invalid_value?: RuleId;
  /** What a pattern checks, for "… is not a valid <noun>". */
  noun?: string;
}

export const schemaRules = z.registry<SchemaRule>();

/** The schema, with the rules its constraints stand for recorded beside it. */
export function ruled<T extends z.ZodType>(schema: T, rules: SchemaRule): T {
  schemaRules.add(schema, rules);
  return schema;
}
