import * as z from 'zod';
import { answersSchema } from './schema/answers.js';
import { frameworkSchema, overlaySchema } from './schema/framework.js';
import { planSchema } from './schema/plan.js';

export const SCHEMA_KINDS = ['framework', 'answers', 'plan'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** A framework file is either whole, or extends another (then `extends` is required). */
const frameworkFile = z
  .union([frameworkSchema, overlaySchema.extend({ extends: overlaySchema.shape.extends.unwrap() })])
  .describe('An attune framework file: a whole framework, or one that extends another.');

/** The JSON Schema (2020-12) of a file format, generated from the zod schema attune validates with. */
export function jsonSchema(kind: SchemaKind): Record<string, unknown> {
  const schema =
    kind === 'framework' ? frameworkFile : kind === 'plan' ? planSchema : answersSchema;
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    $schema: generated.$schema,
    title: `attune ${kind}`,
    ...generated,
  };
}
