import type { Issue } from './findings.js';
import type { Framework } from './framework.js';
import { answersRules } from './rules/answers.js';
import { runFamily } from './rules/rule.js';
import type { AnswersDoc } from './schema/answers.js';

/**
 * Checks an answers file (already of the right shape) against the framework it answers: the
 * framework and its major version, the role, each question id and each value. An answer to a
 * question the respondent was not shown is a warning: it is kept in the file but not counted.
 */
export function checkAnswers(framework: Framework, doc: AnswersDoc): Issue[] {
  const out: Issue[] = [];
  runFamily(answersRules, { framework, doc }, out);
  return out;
}
