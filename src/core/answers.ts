import { shownTo } from './conditions.js';
import { issue, type Issue } from './findings.js';
import type { Framework } from './framework.js';
import { oneLine } from './sanitize.js';
import type { AnswersDoc } from './schema/answers.js';
import { suggest } from './schema-issues.js';

const major = (version: string) => version.split('.')[0] ?? version;

/**
 * Checks an answers file (already of the right shape) against the framework it answers: the
 * framework and its major version, the role, each question id and each value. An answer to a
 * question the respondent was not shown is a warning: it is kept in the file but not counted.
 */
export function checkAnswers(framework: Framework, doc: AnswersDoc): Issue[] {
  const out: Issue[] = [];
  if (doc.framework.id !== framework.id) {
    out.push(
      issue(
        'answers-framework',
        ['framework', 'id'],
        `these answers are for framework "${oneLine(doc.framework.id)}", not "${framework.id}"`,
      ),
    );
    return out;
  }
  if (major(doc.framework.version) !== major(framework.version)) {
    out.push(
      issue(
        'answers-version',
        ['framework', 'version'],
        `these answers are for version ${oneLine(doc.framework.version)} of ${framework.id}, but the framework is ${framework.version}: another major version, whose questions may differ`,
      ),
    );
  }
  const role = doc.respondent?.role;
  let roleKnown = true;
  if (role !== undefined && !framework.respondents.some((r) => r.id === role)) {
    roleKnown = false;
    const ids = framework.respondents.map((r) => r.id);
    out.push(
      issue(
        'answers-unknown-role',
        ['respondent', 'role'],
        ids.length === 0
          ? `role "${oneLine(role)}": ${framework.id} has no respondent roles`
          : `role "${oneLine(role)}" is not one of ${framework.id}'s roles (${ids.join(', ')})${hint(role, ids)}`,
      ),
    );
  }
  let valuesOk = true;
  for (const [id, answer] of Object.entries(doc.answers)) {
    const q = framework.questionById.get(id);
    if (!q) {
      valuesOk = false;
      out.push(
        issue(
          'answers-unknown-question',
          ['answers', id],
          `question "${oneLine(id)}" is not in ${framework.id} ${framework.version}${hint(id, [...framework.questionById.keys()])}`,
          'key',
        ),
      );
      continue;
    }
    const value = answer.value;
    if (value === undefined) continue;
    if (typeof value === 'number') {
      if (!q.scale.options.some((o) => o.value === value)) {
        valuesOk = false;
        out.push(
          issue(
            'answers-value',
            ['answers', id, 'value'],
            `${id}: ${value} is not a value of its scale "${q.scale.id}" (${q.scale.options.map((o) => o.value).join(', ')})`,
          ),
        );
      }
    } else if (!q.scale.allow.includes(value)) {
      valuesOk = false;
      const allowed = q.scale.allow.length > 0 ? ` (it allows ${q.scale.allow.join(', ')})` : '';
      out.push(
        issue(
          'answers-value',
          ['answers', id, 'value'],
          `${id}: its scale "${q.scale.id}" does not allow "${value}"${allowed}`,
        ),
      );
    }
  }
  if (roleKnown && valuesOk) {
    const shown = shownTo(framework, doc);
    for (const [id, answer] of Object.entries(doc.answers)) {
      if (answer.value === undefined || shown.has(id)) continue;
      const q = framework.questionById.get(id);
      const why =
        q?.respondents && role !== undefined && !q.respondents.includes(role)
          ? `it is not asked of role "${role}"`
          : 'its `when` condition does not hold for these answers';
      out.push(
        issue(
          'answers-not-asked',
          ['answers', id],
          `${id}: answered, but ${why}; not counted`,
          'key',
        ),
      );
    }
  }
  return out;
}

function hint(word: string, candidates: readonly string[]): string {
  const near = suggest(word, candidates);
  return near ? ` (did you mean "${near}"?)` : '';
}
