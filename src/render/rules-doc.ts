import { RULES, RULE_IDS } from '../core/rules.js';

/** docs/rules.md: every rule `validate` can report, generated so that it cannot drift. */
export function rulesDoc(): string {
  const rows = RULE_IDS.map(
    (id) => `| \`${id}\` | ${RULES[id].severity} | ${RULES[id].description} |`,
  );
  return [
    '# Validation rules',
    '',
    'Every finding of `attune validate` carries one of these rule ids. Errors fail validation (exit 1);',
    'warnings fail it only with `--strict`. Each rule has a fixture under `test/fixtures/frameworks/`',
    'that declares the position it must be reported at.',
    '',
    'The `answers-*` rules are about answers files, which `attune report` checks against their',
    'framework: an error there makes the file unusable (exit 2, or skipped with `--skip-invalid`);',
    'a warning is reported and the answer left out of the scores. Their fixtures are under',
    '`test/fixtures/answers/`.',
    '',
    'This file is generated from `src/core/rules.ts` by `npm run docs`; a test keeps the two the same.',
    '',
    '| rule | severity | what it means |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
