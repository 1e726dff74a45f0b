import type { FrameworkIndex } from './framework-index.js';
import { family } from './rule.js';

/** Areas are the report's second dimension: every question in one, and every area used. */
export const areas = family({
  title: 'Areas',
  rules: [
    {
      id: 'unknown-area',
      severity: 'error',
      subject: 'framework',
      description: 'A question names an area that does not exist.',
      failing: {
        yaml: `areas:
  - { id: environment, title: The building and its rooms }
domains:
  - id: safety
    questions:
      - { id: welcome, area: environment }
      - { id: quiet-room, area: enviroment }
`,
      },
      passing: {
        yaml: `areas:
  - { id: environment, title: The building and its rooms }
domains:
  - id: safety
    questions:
      - { id: welcome, area: environment }
      - { id: quiet-room, area: environment }
`,
      },
    },
    {
      id: 'question-no-area',
      severity: 'warning',
      subject: 'framework',
      description: 'The framework has areas, but a question belongs to none.',
      failing: {
        yaml: `areas:
  - { id: environment, title: The building and its rooms }
domains:
  - id: safety
    questions:
      - { id: quiet-room, area: environment }
`,
      },
      passing: {
        yaml: `areas:
  - { id: environment, title: The building and its rooms }
  - { id: practice, title: How staff work }
domains:
  - id: safety
    questions:
      - { id: welcome, area: practice }
      - { id: quiet-room, area: environment }
`,
      },
    },
    {
      id: 'area-unused',
      severity: 'warning',
      subject: 'framework',
      description: 'No question belongs to an area.',
      failing: {
        yaml: `areas:
  - { id: environment, title: The building and its rooms }
  - { id: practice, title: How staff work }
domains:
  - id: safety
    questions:
      - { id: welcome, area: environment }
      - { id: quiet-room, area: environment }
`,
      },
      passing: {
        yaml: `areas:
  - { id: environment, title: The building and its rooms }
  - { id: practice, title: How staff work }
domains:
  - id: safety
    questions:
      - { id: welcome, area: practice }
      - { id: quiet-room, area: environment }
`,
      },
    },
  ],
  check(ix: FrameworkIndex, report) {
    const used = new Set<string>();
    const known = [...ix.areaIds];
    for (const { q, path } of ix.questions) {
      if (q.area === undefined) {
        if (ix.areaIds.size > 0)
          report(
            'question-no-area',
            path,
            `question "${q.id}" belongs to no area, so it is missing from the areas grid`,
          );
        continue;
      }
      used.add(q.area);
      // A removed area still named is the `removed-still-used` rule's to report.
      if (ix.areaIds.has(q.area) || ix.removed.has(q.area)) continue;
      report(
        'unknown-area',
        [...path, 'area'],
        known.length > 0
          ? `unknown area "${q.area}"; the areas are ${known.join(', ')}`
          : `unknown area "${q.area}": the framework lists no areas`,
      );
    }
    (ix.doc.areas ?? []).forEach((a, i) => {
      if (!used.has(a.id))
        report('area-unused', ['areas', i], `no question belongs to area "${a.id}"`);
    });
  },
});
