import type { FrameworkIndex } from './framework-index.js';
import { family } from './rule.js';

const GATE = `domains:
  - id: safety
    questions:
      - { id: welcome, scale: practice }
      - id: quiet-room
        when: { question: welcome, in: [1, 2] }
`;

/** `when` conditions: what they name must exist, come earlier, be able to hold, and be asked. */
export const conditions = family({
  title: 'Conditions (`when`)',
  rules: [
    {
      id: 'unknown-question',
      severity: 'error',
      subject: 'framework',
      description: 'A `when` condition names a question that does not exist.',
      failing: { yaml: GATE.replace('question: welcome', 'question: welcom') },
      passing: { yaml: GATE },
    },
    {
      id: 'when-cycle',
      severity: 'error',
      subject: 'framework',
      description: 'Questions’ `when` conditions depend on each other in a circle.',
      failing: {
        yaml: `domains:
  - id: safety
    questions:
      - id: welcome
        when: { question: quiet-room, in: [2] }
      - id: quiet-room
        when: { question: welcome, in: [1, 2] }
`,
      },
      passing: { yaml: GATE },
    },
    {
      id: 'when-order',
      severity: 'error',
      subject: 'framework',
      description:
        'A `when` condition names a question asked later, so it could never hold when asked.',
      failing: {
        yaml: `domains:
  - id: safety
    questions:
      - id: welcome
        respondents: [staff]
        when: { question: quiet-room, in: [1, 2] }
`,
      },
      passing: { yaml: GATE },
    },
    {
      id: 'when-value',
      severity: 'error',
      subject: 'framework',
      description: 'A `when` condition lists a value the named question’s scale cannot give.',
      failing: { yaml: GATE.replace('in: [1, 2]', 'in: [1, 3]') },
      passing: { yaml: GATE },
    },
    {
      id: 'when-role',
      severity: 'warning',
      subject: 'framework',
      description:
        'A question is asked of a role that is never asked the question its condition depends on.',
      failing: {
        yaml: `domains:
  - id: safety
    questions:
      - { id: welcome, respondents: [staff] }
      - id: quiet-room
        respondents: [staff, people]
        when: { question: welcome, in: [1, 2] }
`,
      },
      passing: {
        yaml: `domains:
  - id: safety
    questions:
      - { id: welcome, respondents: [staff] }
      - id: quiet-room
        respondents: [staff]
        when: { question: welcome, in: [1, 2] }
`,
      },
    },
  ],
  check(ix: FrameworkIndex, report) {
    const inCircle = circles(ix);
    for (const iq of ix.questions) {
      const { q } = iq;
      for (const ref of iq.refs) {
        const refPath = [...ref.at, 'question'];
        const target = ix.questionById.get(ref.id);
        if (!target) {
          // A removed question still named is the `removed-still-used` rule's to report.
          if (!ix.removed.has(ref.id))
            report(
              'unknown-question',
              refPath,
              `the condition names "${ref.id}", which is not a question of this framework`,
            );
          continue;
        }
        if (ref.id === q.id) {
          report('when-cycle', refPath, `question "${q.id}" depends on its own answer`);
          continue;
        }
        const cycle = inCircle.get(q.id);
        if (cycle?.includes(q.id) && cycle.includes(ref.id)) {
          // The circle is reported once, at the condition of its first question.
          if (cycle[0] === q.id)
            report(
              'when-cycle',
              refPath,
              `conditions depend on each other in a circle: ${cycle.join(' → ')}`,
            );
          continue;
        }
        const order = ix.questionById.get(q.id)?.order ?? 0;
        if (target.order > order)
          report(
            'when-order',
            refPath,
            `the condition names "${ref.id}", which is asked after "${q.id}"; a condition can only name an earlier question`,
          );
        const scale = target.scale;
        if (scale) {
          const allow = scale.allow ?? [];
          ref.in.forEach((v, vi) => {
            const ok =
              typeof v === 'number' ? scale.options.some((o) => o.value === v) : allow.includes(v);
            if (ok) return;
            const can = [...scale.options.map((o) => String(o.value)), ...allow].join(', ');
            report(
              'when-value',
              [...ref.at, 'in', vi],
              `"${ref.id}" can never be answered ${String(v)}; its scale allows ${can}`,
            );
          });
        }
        const refAsked = ix.askedRoles(target.q);
        const missing = ix.askedRoles(q).filter((r) => !refAsked.includes(r));
        if (missing.length > 0)
          report(
            'when-role',
            refPath,
            `"${q.id}" is asked of ${missing.join(', ')}, who are never asked "${ref.id}", so it is never shown to them`,
          );
      }
    }
  },
});

/**
 * For every question in a circle of conditions, the circle: from its first question in file
 * order, along conditions, back to it. Found once for the whole framework (Tarjan's strongly
 * connected components, without recursion, so a long chain of conditions cannot exhaust the stack).
 */
function circles(ix: FrameworkIndex): Map<string, string[]> {
  const next = (id: string) =>
    (ix.questionById.get(id)?.refs ?? [])
      .map((r) => r.id)
      .filter((r) => r !== id && ix.questionById.has(r));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out = new Map<string, string[]>();
  for (const root of ix.questionById.keys()) {
    if (index.has(root)) continue;
    const work: { id: string; edges: string[]; at: number }[] = [];
    const open = (id: string) => {
      index.set(id, index.size);
      low.set(id, index.get(id) ?? 0);
      stack.push(id);
      onStack.add(id);
      work.push({ id, edges: next(id), at: 0 });
    };
    open(root);
    while (work.length > 0) {
      const top = work[work.length - 1] as (typeof work)[number];
      const edge = top.edges[top.at++];
      if (edge !== undefined) {
        if (!index.has(edge)) open(edge);
        else if (onStack.has(edge))
          low.set(top.id, Math.min(low.get(top.id) ?? 0, index.get(edge) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(top.id) ?? 0));
      if (low.get(top.id) !== index.get(top.id)) continue;
      const component: string[] = [];
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        onStack.delete(id);
        component.push(id);
        if (id === top.id) break;
      }
      if (component.length < 2) continue;
      const circle = circleIn(ix, new Set(component), next);
      for (const id of component) out.set(id, circle);
    }
  }
  return out;
}

/** The shortest circle from the component's first question (in file order) back to it. */
function circleIn(
  ix: FrameworkIndex,
  members: ReadonlySet<string>,
  next: (id: string) => string[],
): string[] {
  const orderOf = (id: string) => ix.questionById.get(id)?.order ?? 0;
  const first = [...members].reduce((a, b) => (orderOf(a) <= orderOf(b) ? a : b));
  const from = new Map<string, string>();
  const queue = [first];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const n of next(id)) {
      if (!members.has(n)) continue;
      if (n === first) {
        const path = [id];
        for (let p = from.get(id); p !== undefined; p = from.get(p)) path.push(p);
        return [...path.reverse(), first];
      }
      if (!from.has(n) && n !== first) {
        from.set(n, id);
        queue.push(n);
      }
    }
  }
  return [first, first];
}
