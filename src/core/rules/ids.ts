import type { FrameworkIndex } from './framework-index.js';
import { family } from './rule.js';

/** Ids name things across a framework and its answers, so each must name one thing. */
export const ids = family({
  title: 'Ids',
  rules: [
    {
      id: 'duplicate-id',
      severity: 'error',
      subject: 'framework',
      description:
        'Two elements of the same kind share an id (domains and questions share one namespace).',
      failing: {
        yaml: `domains:
  - id: trust
    title: Trust
    questions:
      - id: welcome
        text: Decisions are explained in plain words.
        help: People trust what they understand.
        evidence: [Decision letters]
        actions: [{ below: 50, text: The manager reads ten letters for plain words. }]
      - id: trust-promises
        text: Staff do what they said they would.
        help: Kept promises build trust.
        evidence: [Feedback]
        actions: [{ below: 50, text: The team reviews missed visits each month. }]
`,
      },
      passing: {
        yaml: `domains:
  - id: trust
    title: Trust
    questions:
      - id: trust-decisions
        text: Decisions are explained in plain words.
        help: People trust what they understand.
        evidence: [Decision letters]
        actions: [{ below: 50, text: The manager reads ten letters for plain words. }]
      - id: trust-promises
        text: Staff do what they said they would.
        help: Kept promises build trust.
        evidence: [Feedback]
        actions: [{ below: 50, text: The team reviews missed visits each month. }]
`,
      },
    },
  ],
  check(ix: FrameworkIndex, report) {
    // Domains and questions share one namespace; areas, roles and stages each have their own.
    const seen = new Map<string, string>();
    for (const { d, path } of ix.domains) {
      const prior = seen.get(d.id);
      if (prior)
        report('duplicate-id', [...path, 'id'], `duplicate id "${d.id}": already used by ${prior}`);
      else seen.set(d.id, 'a domain');
      d.questions.forEach((q, qi) => {
        const p = seen.get(q.id);
        if (p)
          report(
            'duplicate-id',
            [...path, 'questions', qi, 'id'],
            `duplicate id "${q.id}": already used by ${p}`,
          );
        else seen.set(q.id, `a question in domain "${d.id}"`);
      });
    }
    for (const key of ['areas', 'respondents', 'stages'] as const) {
      const seenHere = new Set<string>();
      ix.doc[key]?.forEach((el, i) => {
        if (seenHere.has(el.id))
          report('duplicate-id', [key, i, 'id'], `duplicate id "${el.id}" in ${key}`);
        seenHere.add(el.id);
      });
    }
  },
});
