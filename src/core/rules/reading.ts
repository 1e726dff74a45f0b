import { family } from './rule.js';

const TAILORED = 'attune: 1\nid: tailored\nextends: example\n';

/**
 * Reading a file: it must be text attune can parse, of one mapping. The parsers find these; an
 * example that can be written down is given for each.
 */
export const reading = family({
  title: 'Reading the file',
  rules: [
    {
      id: 'file-too-large',
      severity: 'error',
      subject: 'framework',
      description: 'The file is larger than attune reads (5 MB for a framework, 1 MB for answers).',
      noExample: 'it takes a file of more than 5 MB.',
    },
    {
      id: 'file-not-text',
      severity: 'error',
      subject: 'framework',
      description: 'The file is not UTF-8 text (binary data, or another encoding such as UTF-16).',
      noExample: 'it takes bytes that are not text.',
    },
    {
      id: 'file-empty',
      severity: 'error',
      subject: 'framework',
      description: 'The file holds nothing (or only comments).',
      failing: { yaml: '# A framework for our service: to be written.\n', whole: true },
      passing: { yaml: TAILORED, whole: true },
    },
    {
      id: 'root-not-mapping',
      severity: 'error',
      subject: 'framework',
      description: 'The file is not a mapping of keys at its top level.',
      failing: { yaml: '- attune: 1\n- id: tailored\n- extends: example\n', whole: true },
      passing: { yaml: TAILORED, whole: true },
    },
    {
      id: 'yaml-syntax',
      severity: 'error',
      subject: 'framework',
      description: 'The file is not valid YAML.',
      failing: { yaml: `${TAILORED}title: "A tailored framework\n`, whole: true },
      passing: { yaml: `${TAILORED}title: "A tailored framework"\n`, whole: true },
    },
    {
      id: 'duplicate-key',
      severity: 'error',
      subject: 'framework',
      description: 'A key appears twice in the same mapping.',
      failing: {
        yaml: `${TAILORED}title: A tailored framework\ntitle: Our framework\n`,
        whole: true,
      },
      passing: { yaml: `${TAILORED}title: Our framework\n`, whole: true },
    },
    {
      id: 'tab-indentation',
      severity: 'error',
      subject: 'framework',
      description:
        'A tab is used for indentation, which YAML does not allow (the example indents `- people` with a tab).',
      failing: { yaml: `${TAILORED}remove:\n\t- people\n`, whole: true },
      passing: { yaml: `${TAILORED}remove:\n  - people\n`, whole: true },
    },
    {
      id: 'yaml-too-deep',
      severity: 'error',
      subject: 'framework',
      description: 'The file nests collections deeper than attune reads (256 levels).',
      noExample: 'it takes more than 256 brackets nested in one another.',
    },
    {
      id: 'alias-limit',
      severity: 'error',
      subject: 'framework',
      description:
        'The file uses more aliases than attune expands (100: a guard against alias bombs).',
      noExample: 'it takes more than 100 aliases.',
    },
    {
      id: 'multiple-documents',
      severity: 'error',
      subject: 'framework',
      description: 'The file holds more than one YAML document.',
      failing: { yaml: `${TAILORED}---\n${TAILORED}`, whole: true },
      passing: { yaml: TAILORED, whole: true },
    },
    {
      id: 'yaml-warning',
      severity: 'warning',
      subject: 'framework',
      description: 'The YAML parser warns about something in the file, such as an unknown tag.',
      failing: { yaml: `${TAILORED}title: !fancy A tailored framework\n`, whole: true },
      passing: { yaml: `${TAILORED}title: A tailored framework\n`, whole: true },
    },
  ],
});

/** JSON Lines answers: one respondent's answers, as JSON, on each line. */
export const jsonLines = family({
  title: 'JSON Lines answers files',
  rules: [
    {
      id: 'json-syntax',
      severity: 'error',
      subject: 'answers-line',
      description: 'A line of a JSON Lines answers file is not valid JSON.',
      failing: {
        yaml: '{"attune": 1, "framework": {"id": "example", "version": "1.0.0"}, "status": "completed", "answers": {},}\n',
        whole: true,
      },
      passing: {
        yaml: '{"attune": 1, "framework": {"id": "example", "version": "1.0.0"}, "status": "completed", "answers": {}}\n',
        whole: true,
      },
    },
    {
      id: 'line-too-long',
      severity: 'error',
      subject: 'answers-line',
      description:
        'A line of a JSON Lines answers file is longer than attune reads (1 MB, as for an answers file).',
      noExample: 'it takes a line of more than 1 MB.',
    },
  ],
});
