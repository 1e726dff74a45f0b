/**
 * Every finding attune can report about a framework file or an answers file, by rule id. The id and severity are
 * part of the contract (CI jobs filter on them); the description is shown in SARIF and JUnit
 * output and in `docs/rules.md`.
 */
export type Severity = 'error' | 'warning';

export interface RuleInfo {
  severity: Severity;
  description: string;
}

const rule = (severity: Severity, description: string): RuleInfo => ({ severity, description });

export const RULES = {
  // Reading the file
  'file-too-large': rule('error', 'The file is larger than attune reads (5 MB for a framework).'),
  'file-not-text': rule('error', 'The file is not UTF-8 text.'),
  'file-empty': rule('error', 'The file holds nothing.'),
  'yaml-syntax': rule('error', 'The file is not valid YAML.'),
  'duplicate-key': rule('error', 'A key appears twice in the same mapping.'),
  'tab-indentation': rule('error', 'A tab is used for indentation, which YAML does not allow.'),
  'yaml-too-deep': rule('error', 'The file nests collections deeper than attune reads.'),
  'alias-limit': rule(
    'error',
    'The file uses more aliases than attune expands (a guard against alias bombs).',
  ),
  'multiple-documents': rule('error', 'The file holds more than one YAML document.'),
  'yaml-warning': rule(
    'warning',
    'The YAML parser warns about something in the file, such as an unknown tag.',
  ),
  'root-not-mapping': rule('error', 'The file is not a mapping of keys at its top level.'),
  'json-syntax': rule('error', 'A line of a JSON Lines answers file is not valid JSON.'),
  'line-too-long': rule(
    'error',
    'A line of a JSON Lines answers file is longer than attune reads (1 MB, as for an answers file).',
  ),
  // The shape of the file
  'unknown-key': rule('error', 'A key that the format does not have (often a typo).'),
  'missing-key': rule('error', 'A required key is missing.'),
  'wrong-type': rule('error', 'A value has the wrong type.'),
  'invalid-value': rule('error', 'A value is not one the format accepts.'),
  'id-format': rule('error', 'An id is not kebab-case.'),
  'format-version': rule('error', 'The file is for another version of the attune format.'),
  'weight-positive': rule('error', 'A weight is zero or negative.'),
  'action-threshold': rule('error', 'An action’s `below` is outside 0-100.'),
  'stage-range': rule('error', 'A stage’s `from` is outside 0-100.'),
  'scale-options': rule('error', 'A scale has fewer than two options.'),
  // Cross-references
  'duplicate-id': rule(
    'error',
    'Two elements of the same kind share an id (domains and questions share one namespace).',
  ),
  'unknown-scale': rule('error', 'A question names a scale that does not exist.'),
  'default-scale': rule(
    'error',
    '`defaultScale` names no scale, or a question has no scale and there is no default.',
  ),
  'unknown-area': rule('error', 'A question names an area that does not exist.'),
  'unknown-role': rule('error', 'A question names a respondent role that does not exist.'),
  'unknown-question': rule('error', 'A `when` condition names a question that does not exist.'),
  'when-cycle': rule('error', 'Questions’ `when` conditions depend on each other in a circle.'),
  'when-order': rule(
    'error',
    'A `when` condition names a question asked later, so it could never hold when asked.',
  ),
  'when-value': rule(
    'error',
    'A `when` condition lists a value the named question’s scale cannot give.',
  ),
  'when-role': rule(
    'warning',
    'A question is asked of a role that is never asked the question its condition depends on.',
  ),
  'option-duplicate': rule('error', 'Two options of a scale share a value.'),
  'option-order': rule(
    'warning',
    'A scale’s options are not listed from the lowest value to the highest.',
  ),
  'stages-start': rule('error', 'The first stage does not start at 0.'),
  'stages-order': rule('error', 'Stages are not in ascending order of `from`.'),
  'domain-empty': rule('error', 'A domain has no questions.'),
  'language-tag': rule('error', 'A language tag is not valid BCP 47.'),
  'language-missing': rule('error', 'A text map has no text in the framework’s main language.'),
  'language-partial': rule('warning', 'A language covers only part of the texts.'),
  // Extending another framework
  'extends-unresolved': rule('error', 'The framework named in `extends` cannot be found.'),
  'extends-cycle': rule('error', 'Frameworks extend each other in a circle.'),
  'extends-invalid': rule('error', 'The framework named in `extends` has errors of its own.'),
  'extends-same-id': rule('error', 'A framework that extends another has the same id as it.'),
  'remove-unknown': rule(
    'error',
    '`remove` names an id that the extended framework does not have.',
  ),
  'remove-without-extends': rule('error', '`remove` is used in a framework that extends nothing.'),
  'removed-still-used': rule(
    'error',
    'A removed element is still named elsewhere (in a `when`, an `area`, a role list).',
  ),
  // Quality warnings: reported always, failing only under --strict
  'question-no-help': rule('warning', 'A question has no `help`.'),
  'question-no-actions': rule(
    'warning',
    'A question has no `actions`, so a low score suggests nothing (a gate question, `scored: false`, needs none).',
  ),
  'question-no-evidence': rule(
    'warning',
    'A question has no `evidence` examples (not needed on a gate question, nor on one asked only of roles marked `livedExperience`).',
  ),
  'question-no-area': rule('warning', 'The framework has areas, but a question belongs to none.'),
  'domain-single-question': rule(
    'warning',
    'A domain has only one question, so one answer decides its score.',
  ),
  'option-no-description': rule('warning', 'A scale option has no `description`.'),
  'area-unused': rule('warning', 'No question belongs to an area.'),
  'scale-unused': rule('warning', 'No question uses a scale.'),
  'action-unreachable': rule('warning', 'An action’s `below` is 0, so it can never apply.'),
  // Answers files: checked against the framework they answer
  'answers-framework': rule('error', 'An answers file belongs to another framework.'),
  'answers-version': rule(
    'error',
    'An answers file was written for another major version of the framework.',
  ),
  'answers-unknown-question': rule(
    'error',
    'An answers file answers a question the framework does not have.',
  ),
  'answers-value': rule(
    'error',
    'An answer is not one of its scale’s values, or a non-scored answer its scale does not allow.',
  ),
  'answers-unknown-role': rule(
    'error',
    'An answers file names a respondent role the framework does not have.',
  ),
  'answers-not-asked': rule(
    'warning',
    'An answer to a question the respondent was not asked (another role’s, or one whose `when` does not hold): it is not counted.',
  ),
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
