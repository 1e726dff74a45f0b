/**
 * What `attune form` says on standard error once it has made the form, in English: the source of
 * every message id (see core/messages.ts). The form's own words are in form.en.ts.
 */
export const formCommand = {
  standardOutput: 'the form to standard output',
  wrote:
    'wrote {target}: {count, plural, one {# question} other {# questions}} of {framework}. Open it in any web browser; it works offline and saves an answers file.',
  wroteForRole:
    'wrote {target}: {count, plural, one {# question} other {# questions}} of {framework} for role {role}. Open it in any web browser; it works offline and saves an answers file.',
  wroteInLang:
    'wrote {target}: {count, plural, one {# question} other {# questions}} of {framework}, in {lang}. Open it in any web browser; it works offline and saves an answers file.',
  wroteForRoleInLang:
    'wrote {target}: {count, plural, one {# question} other {# questions}} of {framework} for role {role}, in {lang}. Open it in any web browser; it works offline and saves an answers file.',
  noTexts: '{framework} has no texts in {lang}; the form is in {language}',
} as const;
