/**
 * Every rule attune checks, gathered from the modules under `rules/`: one module per rule or
 * small family, each with its rules' metadata (id, severity, description, examples) and, for
 * rules over a framework or an answers file, their check. The id and severity are part of the
 * contract (CI jobs filter on them); the description is shown in SARIF and JUnit output and in
 * `docs/rules.md`, which is generated from here with the examples.
 */
import { answersRules } from './rules/answers.js';
import { areas } from './rules/areas.js';
import { conditions } from './rules/conditions.js';
import { extending } from './rules/extends.js';
import { gates } from './rules/gates.js';
import { ids } from './rules/ids.js';
import { languages } from './rules/languages.js';
import { livedExperience } from './rules/lived-experience.js';
import { planRules } from './rules/plan.js';
import { portability } from './rules/portability.js';
import { quality } from './rules/quality.js';
import { jsonLines, reading } from './rules/reading.js';
import { roles } from './rules/roles.js';
import type { RuleMeta } from './rules/rule.js';
import { scales } from './rules/scales.js';
import { shape } from './rules/shape.js';
import { stages } from './rules/stages.js';

export type { RuleMeta, Severity } from './rules/rule.js';

/** The families in the order docs/rules.md lists them. */
export const RULE_FAMILIES = [
  reading,
  portability,
  shape,
  ids,
  scales,
  stages,
  areas,
  roles,
  conditions,
  gates,
  quality,
  livedExperience,
  languages,
  extending,
  answersRules,
  jsonLines,
  planRules,
] as const;

/** The families whose check runs over a framework's index, in the order they run. */
export const FRAMEWORK_FAMILIES = [
  ids,
  scales,
  stages,
  areas,
  roles,
  conditions,
  gates,
  quality,
  livedExperience,
  languages,
  extending,
] as const;

export type RuleId = (typeof RULE_FAMILIES)[number]['rules'][number]['id'];

export const RULES = Object.fromEntries(
  RULE_FAMILIES.flatMap((f) => f.rules.map((r) => [r.id, r])),
) as Readonly<Record<RuleId, RuleMeta<RuleId>>>;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
