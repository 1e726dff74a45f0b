import type { FrameworkIndex } from './framework-index.js';
import { family } from './rule.js';

/** Roles named by questions, and the wording a question has for a role. */
export const roles = family({
  title: 'Respondent roles',
  rules: [
    {
      id: 'unknown-role',
      severity: 'error',
      subject: 'framework',
      description: 'A question names a respondent role that does not exist.',
      failing: {
        yaml: `domains:
  - id: safety
    questions:
      - { id: quiet-room, respondents: [staff, visitors] }
`,
      },
      passing: {
        yaml: `domains:
  - id: safety
    questions:
      - { id: quiet-room, respondents: [staff, people] }
`,
      },
    },
    {
      id: 'wording-unknown-role',
      severity: 'error',
      subject: 'framework',
      description: 'A question has `wording` for a role that does not exist.',
      failing: {
        yaml: `domains:
  - id: safety
    questions:
      - id: welcome
        wording: { visitors: { text: Staff greet you by name when you arrive. } }
`,
      },
      passing: {
        yaml: `domains:
  - id: safety
    questions:
      - id: welcome
        wording: { people: { text: Staff greet you by name when you arrive. } }
`,
      },
    },
    {
      id: 'wording-not-asked',
      severity: 'warning',
      subject: 'framework',
      description: 'A question has `wording` for a role it is not asked of, so no one reads it.',
      failing: {
        yaml: `domains:
  - id: safety
    questions:
      - id: welcome
        respondents: [staff]
        wording: { people: { text: Staff greet you by name when you arrive. } }
`,
      },
      passing: {
        yaml: `domains:
  - id: safety
    questions:
      - id: welcome
        respondents: [staff, people]
        wording: { people: { text: Staff greet you by name when you arrive. } }
`,
      },
    },
  ],
  check(ix: FrameworkIndex, report) {
    const known = [...ix.roleIds];
    const none = (role: string) =>
      known.length > 0
        ? `unknown role "${role}"; the roles are ${known.join(', ')}`
        : `unknown role "${role}": the framework lists no respondents`;
    // A removed role still named is the `removed-still-used` rule's to report.
    const unknown = (role: string) => !ix.roleIds.has(role) && !ix.removed.has(role);
    for (const { q, path } of ix.questions) {
      q.respondents?.forEach((r, ri) => {
        if (unknown(r)) report('unknown-role', [...path, 'respondents', ri], none(r));
      });
      for (const role of Object.keys(q.wording ?? {})) {
        const at = [...path, 'wording', role];
        if (unknown(role))
          report('wording-unknown-role', at, `wording for ${none(role)}`, { target: 'key' });
        else if (ix.roleIds.has(role) && !ix.askedRoles(q).includes(role))
          report(
            'wording-not-asked',
            at,
            `question "${q.id}" has wording for role "${role}", but is not asked of that role`,
            { target: 'key' },
          );
      }
    }
  },
});
