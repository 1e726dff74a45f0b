import type { Issue, Path } from './findings.js';
import { FRAMEWORK_FAMILIES } from './rules.js';
import { indexFramework, type FrameworkIndex } from './rules/framework-index.js';
import { runFamily } from './rules/rule.js';
import { frameworkSchema, type FrameworkDoc } from './schema/framework.js';
import { schemaIssues } from './schema-issues.js';

export interface CheckContext {
  /** Ids removed by an extending framework: where the `remove` entry is, in `file`. */
  removed?: ReadonlyMap<string, Path>;
  file?: string;
}

/**
 * The rules that need the whole framework (cross-references, order, uniqueness, languages and
 * the quality warnings), each family over one index of the framework built here once. Runs on
 * a document whose shape is already valid.
 */
export function checkFramework(doc: FrameworkDoc, ctx: CheckContext = {}): Issue[] {
  const index = indexFramework(doc, ctx);
  const out: Issue[] = [];
  for (const f of FRAMEWORK_FAMILIES) runFamily<string, FrameworkIndex>(f, index, out);
  return out;
}

/**
 * A framework given as plain data, standing alone (no file, no `extends`): its shape, then, where
 * the shape is right, every rule. For programs that build a framework in memory, and for tests.
 */
export function checkFrameworkData(data: unknown): Issue[] {
  const result = frameworkSchema.safeParse(data);
  if (!result.success) return schemaIssues(frameworkSchema, result.error.issues, data);
  return checkFramework(data as FrameworkDoc);
}
