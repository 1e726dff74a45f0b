import type { FrameworkIndex } from './framework-index.js';
import { family } from './rule.js';

const GATE = `scales:
  yes-no:
    options:
      - { value: 0, label: "No", description: The service has no premises. }
      - { value: 1, label: "Yes", description: The service has premises. }
domains:
  - id: safety
    questions:
      - id: premises
        text: The service has premises that people visit.
        help: Some services only visit people at home.
        evidence: [A list of sites]
        scale: yes-no
        scored: false
`;
const GATED = `  - id: rooms
    title: Rooms
    questions:
      - id: rooms-quiet
        text: There is a quiet room people can use.
        help: A calm space helps when things feel too much.
        evidence: [The room booking sheet]
        actions: [{ below: 50, text: The manager sets aside a quiet room. }]
        when: { question: premises, in: [1] }
      - id: rooms-light
        text: Rooms have daylight and can be made warm.
        help: Light and warmth help people settle.
        evidence: [A walk round the building]
        actions: [{ below: 50, text: The manager lists what each room needs. }]
        when: { question: premises, in: [1] }
`;

/**
 * Gate questions (`scored: false`) only decide which other questions are asked: they are never
 * scored, so what only a score uses is a mistake on them, and a gate that opens nothing is idle.
 */
export const gates = family({
  title: 'Gate questions (`scored: false`)',
  rules: [
    {
      id: 'gate-actions',
      severity: 'error',
      subject: 'framework',
      description:
        'A question with `scored: false` has `actions`, which can never apply as it has no score.',
      failing: {
        yaml: `${GATE}        actions: [{ below: 50, text: The manager finds a room. }]\n${GATED}`,
      },
      passing: { yaml: `${GATE}${GATED}` },
    },
    {
      id: 'gate-weight',
      severity: 'warning',
      subject: 'framework',
      description:
        'A question with `scored: false` has a `weight` or `reverse`, which do nothing as it has no score.',
      failing: { yaml: `${GATE}        weight: 2\n${GATED}` },
      passing: { yaml: `${GATE}${GATED}` },
    },
    {
      id: 'gate-unused',
      severity: 'warning',
      subject: 'framework',
      description:
        'No other question’s `when` names a question with `scored: false`, so it decides nothing.',
      failing: { yaml: GATE },
      passing: { yaml: `${GATE}${GATED}` },
    },
  ],
  check(ix: FrameworkIndex, report) {
    for (const { q, path } of ix.questions) {
      if (q.scored !== false) continue;
      // The defaults (weight 1, reverse false, no actions), as `attune show --format json`
      // writes them out, say nothing wrong.
      if (q.actions !== undefined && q.actions.length > 0)
        report(
          'gate-actions',
          [...path, 'actions'],
          `question "${q.id}" is not scored (scored: false), so its actions can never apply`,
          { target: 'key' },
        );
      const said = {
        weight: q.weight !== undefined && q.weight !== 1,
        reverse: q.reverse === true,
      };
      for (const key of ['weight', 'reverse'] as const)
        if (said[key])
          report(
            'gate-weight',
            [...path, key],
            `question "${q.id}" is not scored (scored: false), so its ${key} does nothing`,
            { target: 'key' },
          );
      const opens = (ix.dependents.get(q.id) ?? []).some((d) => d.q.id !== q.id);
      if (!opens)
        report(
          'gate-unused',
          [...path, 'scored'],
          `question "${q.id}" is not scored, and no other question's when names it, so it decides nothing`,
          { target: 'key' },
        );
    }
  },
});
