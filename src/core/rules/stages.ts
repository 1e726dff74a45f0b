import type { FrameworkIndex } from './framework-index.js';
import { family } from './rule.js';

/** Stages are bands of the 0-100 score: every score needs exactly one. */
export const stages = family({
  title: 'Stages',
  rules: [
    {
      id: 'stages-start',
      severity: 'error',
      subject: 'framework',
      description: 'The first stage does not start at 0.',
      failing: { yaml: 'stages:\n  - { id: starting, from: 10 }\n' },
      passing: { yaml: 'stages:\n  - { id: starting, from: 0 }\n' },
    },
    {
      id: 'stages-order',
      severity: 'error',
      subject: 'framework',
      description: 'Stages are not in ascending order of `from`.',
      failing: { yaml: 'stages:\n  - { id: growing, label: Growing, from: 50 }\n' },
      passing: { yaml: 'stages:\n  - { id: thriving, label: Thriving, from: 90 }\n' },
    },
  ],
  check(ix: FrameworkIndex, report) {
    const list = ix.doc.stages;
    list.forEach((s, i) => {
      if (i === 0 && s.from !== 0)
        report(
          'stages-start',
          ['stages', 0, 'from'],
          `the first stage starts at ${s.from}; it must start at 0 so that every score has a stage`,
        );
      const prev = list[i - 1];
      if (prev && s.from <= prev.from)
        report(
          'stages-order',
          ['stages', i, 'from'],
          `stage "${s.id}" starts at ${s.from}, not above the stage before it (${prev.from}); list stages in ascending order`,
        );
    });
  },
});
