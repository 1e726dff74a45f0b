import { family } from './rule.js';

const ACTION = (extra: string) => `domains:
  - id: safety
    questions:
      - id: welcome
        actions: [{ below: 50, text: The manager asks the team to greet people by name.${extra} }]
`;

/**
 * The shape of a file: the keys the format has, with values of the right kind and within their
 * ranges. The schema checks these; each rule id is recorded beside its constraint in the schema
 * (`src/core/schema/`), so a finding names the rule that was broken.
 */
export const shape = family({
  title: 'The shape of the file',
  rules: [
    {
      id: 'unknown-key',
      severity: 'error',
      subject: 'framework',
      description: 'A key that the format does not have (often a typo).',
      failing: { yaml: 'titel: An example framework\n' },
      passing: { yaml: 'title: An example framework\n' },
    },
    {
      id: 'missing-key',
      severity: 'error',
      subject: 'framework',
      description: 'A required key is missing.',
      failing: { yaml: 'stages:\n  - { id: growing, from: 90 }\n' },
      passing: { yaml: 'stages:\n  - { id: growing, label: Growing, from: 90 }\n' },
    },
    {
      id: 'wrong-type',
      severity: 'error',
      subject: 'framework',
      description: 'A value has the wrong type.',
      failing: { yaml: 'domains:\n  - { id: safety, weight: heavy }\n' },
      passing: { yaml: 'domains:\n  - { id: safety, weight: 2 }\n' },
    },
    {
      id: 'invalid-value',
      severity: 'error',
      subject: 'framework',
      description: 'A value is not one the format accepts.',
      failing: { yaml: ACTION(', priority: urgent') },
      passing: { yaml: ACTION(', priority: high') },
    },
    {
      id: 'id-format',
      severity: 'error',
      subject: 'framework',
      description: 'An id is not kebab-case (lower-case letters, digits and single hyphens).',
      failing: { yaml: 'stages:\n  - { id: Well_Embedded, label: Well embedded, from: 90 }\n' },
      passing: { yaml: 'stages:\n  - { id: well-embedded, label: Well embedded, from: 90 }\n' },
    },
    {
      id: 'format-version',
      severity: 'error',
      subject: 'framework',
      description: 'The file is for another version of the attune format.',
      failing: { yaml: 'attune: 2\n' },
      passing: { yaml: 'attune: 1\n' },
    },
    {
      id: 'weight-positive',
      severity: 'error',
      subject: 'framework',
      description: 'A weight is zero or negative.',
      failing: { yaml: 'domains:\n  - { id: safety, weight: 0 }\n' },
      passing: { yaml: 'domains:\n  - { id: safety, weight: 0.5 }\n' },
    },
    {
      id: 'weight-range',
      severity: 'error',
      subject: 'framework',
      description:
        'A weight is above 1,000: weights say how much one part counts against another, and larger ones would only put the scores at risk of overflowing.',
      failing: { yaml: 'domains:\n  - { id: safety, weight: 1.7e308 }\n' },
      passing: { yaml: 'domains:\n  - { id: safety, weight: 1000 }\n' },
    },
    {
      id: 'action-threshold',
      severity: 'error',
      subject: 'framework',
      description: 'An action’s `below` is outside 0-100.',
      failing: { yaml: ACTION('').replace('below: 50', 'below: 150') },
      passing: { yaml: ACTION('') },
    },
    {
      id: 'stage-range',
      severity: 'error',
      subject: 'framework',
      description: 'A stage’s `from` is outside 0-100.',
      failing: { yaml: 'stages:\n  - { id: embedded, from: 120 }\n' },
      passing: { yaml: 'stages:\n  - { id: embedded, from: 80 }\n' },
    },
    {
      id: 'scale-options',
      severity: 'error',
      subject: 'framework',
      description: 'A scale has fewer than two options.',
      failing: {
        yaml: `scales:
  practice:
    options:
      - { value: 0, label: Not yet, description: It does not happen yet. }
`,
      },
      passing: {
        yaml: `scales:
  practice:
    options:
      - { value: 0, label: Not yet, description: It does not happen yet. }
      - { value: 1, label: Always, description: It happens every time. }
`,
      },
    },
    {
      id: 'option-value-range',
      severity: 'error',
      subject: 'framework',
      description:
        'An option’s value is below -1,000,000 or above 1,000,000; only the order and spacing of the values matter, so small numbers say the same.',
      failing: {
        yaml: `scales:
  practice:
    options:
      - { value: 0, label: Not yet, description: It does not happen yet. }
      - { value: 1e9, label: Always, description: It happens every time. }
`,
      },
      passing: {
        yaml: `scales:
  practice:
    options:
      - { value: 0, label: Not yet, description: It does not happen yet. }
      - { value: 100, label: Always, description: It happens every time. }
`,
      },
    },
  ],
});
