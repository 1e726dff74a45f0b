import type { FrameworkIndex } from './framework-index.js';
import { family } from './rule.js';

const ROLE = `respondents:
  - id: people
    livedExperience: true
`;
const TEXTS = `intro: This asks what you see and hear when you use the service. You can skip any question, and stop at any time; nothing you say changes the support you get.
closing: Thank you. The team will share what it learns, and what it will change.
support: If a question brings something up, you can talk to the duty worker, or call the helpline on the back of this form.
`;

/**
 * People who use a service are asked about it in a way that does no harm: they are told what
 * it is and that they can stop, thanked, and told where to find support.
 */
export const livedExperience = family({
  title: 'Asking people who use the service',
  rules: [
    {
      id: 'lived-experience-texts',
      severity: 'warning',
      subject: 'framework',
      description:
        'A role marked `livedExperience: true` is asked questions, but would see no `intro` or no `closing` (its own or the framework’s), or the framework has no `support` text.',
      failing: { yaml: ROLE },
      passing: { yaml: ROLE + TEXTS },
    },
  ],
  check(ix: FrameworkIndex, report) {
    const { doc } = ix;
    (doc.respondents ?? []).forEach((role, i) => {
      if (role.livedExperience !== true) return;
      if (!ix.questions.some(({ q }) => ix.askedRoles(q).includes(role.id))) return;
      const missing = [
        ...((role.intro ?? doc.intro) ? [] : ['intro']),
        ...((role.closing ?? doc.closing) ? [] : ['closing']),
        ...(doc.support ? [] : ['support text']),
      ];
      if (missing.length === 0) return;
      const list =
        missing.length === 1
          ? missing[0]
          : `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}`;
      report(
        'lived-experience-texts',
        ['respondents', i, 'livedExperience'],
        `role "${role.id}" has livedExperience: true but would see no ${list}: tell people what this is and that they can skip or stop, thank them, and say where to find support`,
        { target: 'key' },
      );
    });
  },
});
