import type { Framework } from '../framework.js';
import { oneLine } from '../sanitize.js';
import type { PlanDoc, Target } from '../schema/plan.js';
import { suggest } from '../suggest.js';
import { family } from './rule.js';

const PLAN = (actions: string, extra = '') => `attune: 1
kind: plan
framework: { id: example, version: 1.0.0 }
assessed: 2026-03-14
${extra}actions:
${actions}`;
const ACTION = (id: string, question: string) => `  - id: ${id}
    question: ${question}
    domain: safety
    priority: medium
    text: The manager asks the team to greet people by name.
    below: 50
    planned: { date: 2026-03-14, score: 33.3 }
    owner: the manager
    status: planned
`;
const GOOD = PLAN(ACTION('welcome.1', 'welcome'));

/** A plan file, once its shape is right, against the framework it follows. */
export interface PlanAbout {
  framework: Framework;
  doc: PlanDoc;
}

/**
 * Plan files (`attune plan`, `report --plan`, `attune validate`): each action, target and role
 * named in the plan exists in its framework, and each action is in the plan once.
 */
export const planRules = family({
  title: 'Plan files',
  rules: [
    {
      id: 'plan-framework',
      severity: 'error',
      subject: 'plan',
      description: 'A plan file follows another framework than the one assessed.',
      failing: { yaml: GOOD.replace('id: example', 'id: another-framework'), whole: true },
      passing: { yaml: GOOD, whole: true },
    },
    {
      id: 'plan-unknown-question',
      severity: 'error',
      subject: 'plan',
      description:
        'A plan action names a question, or an action number, that the framework does not have.',
      failing: { yaml: PLAN(ACTION('welcom.1', 'welcom')), whole: true },
      passing: { yaml: GOOD, whole: true },
    },
    {
      id: 'plan-duplicate-action',
      severity: 'error',
      subject: 'plan',
      description: 'The same action id is in a plan twice.',
      failing: { yaml: PLAN(ACTION('welcome.1', 'welcome').repeat(2)), whole: true },
      passing: { yaml: GOOD, whole: true },
    },
    {
      id: 'plan-unknown-target',
      severity: 'error',
      subject: 'plan',
      description: 'A target names a domain or a stage the framework does not have.',
      failing: {
        yaml: PLAN(
          ACTION('welcome.1', 'welcome'),
          'targets:\n  domains: { safety: { stage: embeded } }\n',
        ),
        whole: true,
      },
      passing: {
        yaml: PLAN(
          ACTION('welcome.1', 'welcome'),
          'targets:\n  domains: { safety: { stage: embedded } }\n',
        ),
        whole: true,
      },
    },
    {
      id: 'plan-unknown-role',
      severity: 'error',
      subject: 'plan',
      description: 'The people invited are counted for a role the framework does not have.',
      failing: {
        yaml: PLAN(
          ACTION('welcome.1', 'welcome'),
          'invited:\n  roles: { staff: 12, volunteers: 4 }\n',
        ),
        whole: true,
      },
      passing: {
        yaml: PLAN(
          ACTION('welcome.1', 'welcome'),
          'invited:\n  roles: { staff: 12, people: 30 }\n',
        ),
        whole: true,
      },
    },
  ],
  check({ framework, doc }: PlanAbout, report) {
    if (doc.framework.id !== framework.id) {
      report(
        'plan-framework',
        ['framework', 'id'],
        `this plan follows framework "${oneLine(doc.framework.id)}", not "${framework.id}"`,
      );
      return;
    }
    const questionIds = [...framework.questionById.keys()];
    const seen = new Map<string, number>();
    doc.actions.forEach((a, i) => {
      const q = framework.questionById.get(a.question);
      if (!q) {
        report(
          'plan-unknown-question',
          ['actions', i, 'question'],
          `question "${oneLine(a.question)}" is not in ${framework.id} ${framework.version}${hint(a.question, questionIds)}`,
        );
      } else {
        const [head, number] = a.id.split('.');
        if (head !== a.question || Number(number) > q.actions.length)
          report(
            'plan-unknown-question',
            ['actions', i, 'id'],
            `action "${oneLine(a.id)}" is not one of question ${q.id}'s actions (${q.actions.map((_, k) => `${q.id}.${k + 1}`).join(', ') || 'it has none'})`,
          );
      }
      const before = seen.get(a.id);
      if (before !== undefined)
        report(
          'plan-duplicate-action',
          ['actions', i, 'id'],
          `action "${oneLine(a.id)}" is in the plan twice (first as action ${before + 1}); keep one`,
        );
      else seen.set(a.id, i);
    });
    const domainIds = framework.domains.map((d) => d.id);
    const stageIds = framework.stages.map((s) => s.id);
    const checkTarget = (t: Target, path: (string | number)[]) => {
      if ('stage' in t && !stageIds.includes(t.stage))
        report(
          'plan-unknown-target',
          [...path, 'stage'],
          `stage "${oneLine(t.stage)}" is not one of ${framework.id}'s stages (${stageIds.join(', ')})${hint(t.stage, stageIds)}`,
        );
    };
    if (doc.targets?.overall) checkTarget(doc.targets.overall, ['targets', 'overall']);
    for (const [id, t] of Object.entries(doc.targets?.domains ?? {})) {
      if (!domainIds.includes(id))
        report(
          'plan-unknown-target',
          ['targets', 'domains', id],
          `domain "${oneLine(id)}" is not in ${framework.id}${hint(id, domainIds)}`,
          { target: 'key' },
        );
      else checkTarget(t, ['targets', 'domains', id]);
    }
    const roleIds = framework.respondents.map((r) => r.id);
    const checkRoles = (roles: Record<string, number> | undefined, path: (string | number)[]) => {
      for (const id of Object.keys(roles ?? {}))
        if (!roleIds.includes(id))
          report(
            'plan-unknown-role',
            [...path, id],
            `role "${oneLine(id)}" is not one of ${framework.id}'s roles (${roleIds.join(', ') || 'it has none'})${hint(id, roleIds)}`,
            { target: 'key' },
          );
    };
    checkRoles(doc.invited?.roles, ['invited', 'roles']);
    for (const [unit, roles] of Object.entries(doc.invited?.units ?? {}))
      checkRoles(roles, ['invited', 'units', unit]);
  },
});

function hint(word: string, candidates: readonly string[]): string {
  const near = suggest(word, candidates);
  return near ? ` (did you mean "${near}"?)` : '';
}
