import type { FrameworkIndex } from './framework-index.js';
import { family } from './rule.js';

const question = (extra: string) => `domains:
  - id: safety
    questions:
      - id: rooms-light
        text: Rooms have daylight and can be made warm.
${extra}`;
const HELP = '        help: Light and warmth help people settle.\n';
const EVIDENCE = '        evidence: [A walk round the building]\n';
const ACTIONS = '        actions: [{ below: 50, text: The manager lists what each room needs. }]\n';

/** What makes a framework useful to a team, beyond being valid: mostly warnings. */
export const quality = family({
  title: 'Questions and domains',
  rules: [
    {
      id: 'domain-empty',
      severity: 'error',
      subject: 'framework',
      description: 'A domain has no questions.',
      failing: { yaml: 'domains:\n  - { id: trust, title: Trust, questions: [] }\n' },
      passing: { yaml: 'domains:\n  - { id: safety, title: Safety }\n' },
    },
    {
      id: 'domain-single-question',
      severity: 'warning',
      subject: 'framework',
      description: 'A domain has only one question, so one answer decides its score.',
      failing: {
        yaml: `domains:
  - id: trust
    title: Trust
    questions:
      - id: trust-decisions
        text: Decisions are explained in plain words.
        help: People trust what they understand.
        evidence: [Decision letters]
        actions: [{ below: 50, text: The manager reads ten letters for plain words. }]
`,
      },
      passing: { yaml: question(HELP + EVIDENCE + ACTIONS) },
    },
    {
      id: 'question-no-help',
      severity: 'warning',
      subject: 'framework',
      description: 'A question has no `help`.',
      failing: { yaml: question(EVIDENCE + ACTIONS) },
      passing: { yaml: question(HELP + EVIDENCE + ACTIONS) },
    },
    {
      id: 'question-no-actions',
      severity: 'warning',
      subject: 'framework',
      description:
        'A scored question has no `actions`, so a low score suggests nothing (a question with `scored: false` needs none).',
      failing: { yaml: question(HELP + EVIDENCE) },
      passing: { yaml: question(HELP + EVIDENCE + ACTIONS) },
    },
    {
      id: 'question-no-evidence',
      severity: 'warning',
      subject: 'framework',
      description:
        'A question has no `evidence` examples (not needed on a question with `scored: false`, nor on one asked only of roles marked `livedExperience`, who are not shown evidence).',
      failing: { yaml: question(HELP + ACTIONS) },
      passing: { yaml: question(HELP + EVIDENCE + ACTIONS) },
    },
    {
      id: 'action-unreachable',
      severity: 'warning',
      subject: 'framework',
      description: 'An action’s `below` is 0, so it can never apply.',
      failing: {
        yaml: question(
          HELP +
            EVIDENCE +
            '        actions: [{ below: 0, text: The manager lists what each room needs. }]\n',
        ),
      },
      passing: { yaml: question(HELP + EVIDENCE + ACTIONS) },
    },
  ],
  check(ix: FrameworkIndex, report) {
    const lived = new Set(
      (ix.doc.respondents ?? []).filter((r) => r.livedExperience === true).map((r) => r.id),
    );
    for (const { d, path } of ix.domains) {
      if (d.questions.length === 0)
        report('domain-empty', path, `domain "${d.id}" has no questions`);
      if (d.questions.length === 1)
        report(
          'domain-single-question',
          path,
          `domain "${d.id}" has only one question, so one answer decides its score`,
        );
    }
    for (const { q, path } of ix.questions) {
      if (q.help === undefined)
        report(
          'question-no-help',
          path,
          `question "${q.id}" has no help saying what good looks like`,
        );
      // A gate question is never scored: it has no next step to suggest.
      if (!q.actions?.length && q.scored !== false)
        report(
          'question-no-actions',
          path,
          `question "${q.id}" has no actions, so a low score suggests no next step`,
        );
      // Evidence is what a team could point to; people who use the service are not shown it.
      const onlyLived = q.respondents !== undefined && q.respondents.every((r) => lived.has(r));
      if (!q.evidence?.length && q.scored !== false && !onlyLived)
        report('question-no-evidence', path, `question "${q.id}" has no evidence examples`);
      q.actions?.forEach((a, ai) => {
        if (a.below === 0)
          report(
            'action-unreachable',
            [...path, 'actions', ai, 'below'],
            'below: 0 can never apply, as no score is below 0',
          );
      });
    }
  },
});
