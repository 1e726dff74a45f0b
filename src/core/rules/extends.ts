import type { Issue } from '../findings.js';
import type { FrameworkIndex } from './framework-index.js';
import { family, issueOf } from './rule.js';

const TAILORED = 'attune: 1\nid: tailored\n';

/**
 * Tailoring with `extends`: the framework extended must be found and usable, and what is
 * removed from it must exist and be named nowhere else. Finding the framework is the loader's
 * work; what counts as a problem, and its words, are here.
 */
export const extending = family({
  title: 'Extending another framework',
  rules: [
    {
      id: 'extends-unresolved',
      severity: 'error',
      subject: 'framework',
      description:
        'The framework named in `extends` cannot be found, or is a folder rather than a file.',
      failing: { yaml: `${TAILORED}extends: exampel\n`, whole: true },
      passing: { yaml: `${TAILORED}extends: example\n`, whole: true },
    },
    {
      id: 'extends-cycle',
      severity: 'error',
      subject: 'framework',
      description: 'Frameworks extend each other in a circle.',
      failing: { yaml: `${TAILORED}extends: ./tailored.yaml\n`, whole: true },
      passing: { yaml: `${TAILORED}extends: example\n`, whole: true },
    },
    {
      id: 'extends-invalid',
      severity: 'error',
      subject: 'framework',
      description: 'The framework named in `extends` has errors of its own.',
      failing: {
        yaml: `${TAILORED}extends: ./draft.yaml\n`,
        whole: true,
        files: {
          'draft.yaml':
            'attune: 1\nid: draft\nversion: 1.0.0\nextends: example\ndefaultScale: stars\n',
        },
      },
      passing: {
        yaml: `${TAILORED}extends: ./draft.yaml\n`,
        whole: true,
        files: { 'draft.yaml': 'attune: 1\nid: draft\nversion: 1.0.0\nextends: example\n' },
      },
    },
    {
      id: 'extends-same-id',
      severity: 'error',
      subject: 'framework',
      description: 'A framework that extends another has the same id as it.',
      failing: { yaml: 'attune: 1\nid: example\nextends: example\n', whole: true },
      passing: { yaml: `${TAILORED}extends: example\n`, whole: true },
    },
    {
      id: 'remove-unknown',
      severity: 'error',
      subject: 'framework',
      description: '`remove` names an id that the extended framework does not have.',
      failing: { yaml: `${TAILORED}extends: example\nremove: [quiet-rooms]\n`, whole: true },
      passing: { yaml: `${TAILORED}extends: example\nremove: [people]\n`, whole: true },
    },
    {
      id: 'remove-without-extends',
      severity: 'error',
      subject: 'framework',
      description: '`remove` is used in a framework that extends nothing.',
      failing: { yaml: 'remove: [people]\n' },
      passing: { yaml: `${TAILORED}extends: example\nremove: [people]\n`, whole: true },
    },
    {
      id: 'removed-still-used',
      severity: 'error',
      subject: 'framework',
      description:
        'A removed element is still named elsewhere (in a `when`, an `area`, a role list or a `wording`).',
      failing: {
        yaml: `${TAILORED}extends: example
remove: [people]
domains:
  - id: safety
    questions:
      - { id: quiet-room, respondents: [people] }
`,
        whole: true,
      },
      passing: {
        yaml: `${TAILORED}extends: example
remove: [people]
domains:
  - id: safety
    questions:
      - { id: quiet-room, respondents: [staff] }
`,
        whole: true,
      },
    },
  ],
  check(ix: FrameworkIndex, report) {
    if (ix.doc.remove)
      report(
        'remove-without-extends',
        ['remove'],
        '`remove` only works with `extends`: there is nothing inherited to remove',
        { target: 'key' },
      );
    if (ix.removed.size === 0) return;
    const named = (id: string, where: string) => {
      const at = ix.removed.get(id);
      if (at)
        report('removed-still-used', at, `"${id}" is removed, but ${where} still names it`, {
          ...(ix.removedIn !== undefined && { file: ix.removedIn }),
        });
    };
    for (const { q, refs } of ix.questions) {
      const where = `question "${q.id}"`;
      if (q.area !== undefined && !ix.areaIds.has(q.area)) named(q.area, where);
      for (const r of q.respondents ?? []) if (!ix.roleIds.has(r)) named(r, where);
      for (const r of Object.keys(q.wording ?? {})) if (!ix.roleIds.has(r)) named(r, where);
      for (const ref of refs)
        if (!ix.questionById.has(ref.id)) named(ref.id, `the condition of question "${q.id}"`);
    }
  },
});

/** What the loader found when it looked for the framework named in `extends`. */
export type ExtendsLookup =
  | { found: 'file' }
  | { found: 'nothing'; byPath: boolean }
  | { found: 'folder' }
  | { found: 'unreadable'; why: string }
  | { found: 'cycle'; names: readonly string[] }
  | { found: 'too-deep'; limit: number }
  | { found: 'invalid'; file: string; errors: number };

/** The finding, at the `extends` key, for a framework to extend that cannot be used. */
export function extendsIssue(ref: string, lookup: ExtendsLookup): Issue | undefined {
  const issue = (rule: (typeof extending.rules)[number]['id'], message: string) => {
    const meta = extending.rules.find((r) => r.id === rule);
    return meta && issueOf(meta, ['extends'], message);
  };
  switch (lookup.found) {
    case 'file':
      return undefined;
    case 'nothing':
      return issue(
        'extends-unresolved',
        `cannot find framework "${ref}" to extend: ${lookup.byPath ? 'no such file' : 'no bundled framework and no file in ./frameworks has that id'}`,
      );
    case 'folder':
      return issue(
        'extends-unresolved',
        `"${ref}" is a folder; extends names one framework file, or a framework's id`,
      );
    case 'unreadable':
      return issue('extends-unresolved', `cannot read framework "${ref}" to extend: ${lookup.why}`);
    case 'cycle':
      return issue(
        'extends-cycle',
        `frameworks extend each other in a circle: ${lookup.names.join(' → ')}`,
      );
    case 'too-deep':
      return issue(
        'extends-cycle',
        `more than ${lookup.limit} frameworks extend one another; attune stops there`,
      );
    case 'invalid':
      return issue(
        'extends-invalid',
        `"${ref}" (${lookup.file}) has ${lookup.errors} error${lookup.errors === 1 ? '' : 's'} of its own, listed under that file`,
      );
  }
}
