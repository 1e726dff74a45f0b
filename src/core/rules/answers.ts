import { shownTo } from '../conditions.js';
import type { Framework } from '../framework.js';
import { oneLine } from '../sanitize.js';
import type { AnswersDoc } from '../schema/answers.js';
import { suggest } from '../suggest.js';
import { family } from './rule.js';

const answers = (lines: string) => `attune: 1
framework: { id: example, version: 1.0.0 }
status: completed
${lines}`;
const STAFF = answers('respondent: { role: staff }\nanswers:\n  welcome: { value: 2 }\n');

/** An answers file, once its shape is right, against the framework it answers. */
export interface AnswersAbout {
  framework: Framework;
  doc: AnswersDoc;
}

const major = (version: string) => version.split('.')[0] ?? version;

/**
 * Answers files, checked against their framework by `attune report`: an error makes the file
 * unusable (exit 2, or skipped with `--skip-invalid`); a warning is reported and the answer
 * left out of the scores.
 */
export const answersRules = family({
  title: 'Answers files',
  rules: [
    {
      id: 'answers-framework',
      severity: 'error',
      subject: 'answers',
      description: 'An answers file belongs to another framework.',
      failing: { yaml: STAFF.replace('id: example', 'id: another-framework'), whole: true },
      passing: { yaml: STAFF, whole: true },
    },
    {
      id: 'answers-version',
      severity: 'error',
      subject: 'answers',
      description: 'An answers file was written for another major version of the framework.',
      failing: { yaml: STAFF.replace('version: 1.0.0', 'version: 2.0.0'), whole: true },
      passing: { yaml: STAFF.replace('version: 1.0.0', 'version: 1.4.0'), whole: true },
    },
    {
      id: 'answers-unknown-question',
      severity: 'error',
      subject: 'answers',
      description: 'An answers file answers a question the framework does not have.',
      failing: { yaml: STAFF.replace('welcome:', 'welcom:'), whole: true },
      passing: { yaml: STAFF, whole: true },
    },
    {
      id: 'answers-value',
      severity: 'error',
      subject: 'answers',
      description:
        'An answer is not one of its scale’s values, or a non-scored answer its scale does not allow.',
      failing: { yaml: STAFF.replace('value: 2', 'value: 3'), whole: true },
      passing: { yaml: STAFF.replace('value: 2', 'value: dont-know'), whole: true },
    },
    {
      id: 'answers-unknown-role',
      severity: 'error',
      subject: 'answers',
      description: 'An answers file names a respondent role the framework does not have.',
      failing: { yaml: STAFF.replace('role: staff', 'role: volunteers'), whole: true },
      passing: { yaml: STAFF, whole: true },
    },
    {
      id: 'answers-not-asked',
      severity: 'warning',
      subject: 'answers',
      description:
        'An answer to a question the respondent was not asked (another role’s, or one whose `when` does not hold): it is not counted.',
      failing: {
        yaml: answers('respondent: { role: people }\nanswers:\n  quiet-room: { value: 2 }\n'),
        whole: true,
      },
      passing: {
        yaml: answers('respondent: { role: staff }\nanswers:\n  quiet-room: { value: 2 }\n'),
        whole: true,
      },
    },
  ],
  check({ framework, doc }: AnswersAbout, report) {
    if (doc.framework.id !== framework.id) {
      report(
        'answers-framework',
        ['framework', 'id'],
        `these answers are for framework "${oneLine(doc.framework.id)}", not "${framework.id}"`,
      );
      return;
    }
    if (major(doc.framework.version) !== major(framework.version))
      report(
        'answers-version',
        ['framework', 'version'],
        `these answers are for version ${oneLine(doc.framework.version)} of ${framework.id}, but the framework is ${framework.version}: another major version, whose questions may differ`,
      );
    const role = doc.respondent?.role;
    const roleIds = framework.respondents.map((r) => r.id);
    const roleKnown = role === undefined || roleIds.includes(role);
    if (!roleKnown)
      report(
        'answers-unknown-role',
        ['respondent', 'role'],
        roleIds.length === 0
          ? `role "${oneLine(role)}": ${framework.id} has no respondent roles`
          : `role "${oneLine(role)}" is not one of ${framework.id}'s roles (${roleIds.join(', ')})${hint(role, roleIds)}`,
      );
    let valuesOk = true;
    let questionIds: string[] | undefined;
    // Walked once (a national programme checks a hundred thousand of these): the ids answered
    // with a value are kept for the second look below.
    const valued: string[] = [];
    for (const id of Object.keys(doc.answers)) {
      const q = framework.questionById.get(id);
      if (!q) {
        valuesOk = false;
        questionIds ??= [...framework.questionById.keys()];
        report(
          'answers-unknown-question',
          ['answers', id],
          `question "${oneLine(id)}" is not in ${framework.id} ${framework.version}${hint(id, questionIds)}`,
          { target: 'key' },
        );
        continue;
      }
      const value = doc.answers[id]?.value;
      if (value === undefined) continue;
      valued.push(id);
      if (typeof value === 'number') {
        if (onScale(q.scale.options, value)) continue;
        valuesOk = false;
        report(
          'answers-value',
          ['answers', id, 'value'],
          `${id}: ${value} is not a value of its scale "${q.scale.id}" (${q.scale.options.map((o) => o.value).join(', ')})`,
        );
      } else if (!q.scale.allow.includes(value)) {
        valuesOk = false;
        const allowed = q.scale.allow.length > 0 ? ` (it allows ${q.scale.allow.join(', ')})` : '';
        report(
          'answers-value',
          ['answers', id, 'value'],
          `${id}: its scale "${q.scale.id}" does not allow "${value}"${allowed}`,
        );
      }
    }
    // Which questions were shown depends on the role and the values, so only once both are sound.
    if (!roleKnown || !valuesOk) return;
    const shown = shownTo(framework, doc);
    for (const id of valued) {
      if (shown.has(id)) continue;
      const q = framework.questionById.get(id);
      const why =
        q?.respondents && role !== undefined && !q.respondents.includes(role)
          ? `it is not asked of role "${role}"`
          : 'its `when` condition does not hold for these answers';
      report('answers-not-asked', ['answers', id], `${id}: answered, but ${why}; not counted`, {
        target: 'key',
      });
    }
  },
});

function onScale(options: readonly { value: number }[], value: number): boolean {
  for (const o of options) if (o.value === value) return true;
  return false;
}

function hint(word: string, candidates: readonly string[]): string {
  const near = suggest(word, candidates);
  return near ? ` (did you mean "${near}"?)` : '';
}
