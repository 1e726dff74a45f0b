import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema, isAnswersDoc } from '../../src/core/schema/answers.js';

// Ids, near ids and not ids; values of every kind a YAML or JSON file can give, and a few it cannot.
const id = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}$/),
  fc.constantFrom('', 'A', 'a--b', '-a', 'a-', 'a_b', '__proto__', 'constructor', 'é', 'toString'),
);
const value = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double(),
  fc.constantFrom(
    'not-applicable',
    'dont-know',
    'Not-applicable',
    '',
    '2',
    null,
    undefined,
    true,
    Number.NaN,
    Infinity,
    -Infinity,
    1e308,
    -0,
  ),
  fc.constant([]),
  fc.constant({}),
);
const note = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('x'.repeat(10_000), 'x'.repeat(10_001), 7, null, undefined),
);
const answer = fc.oneof(
  { weight: 6, arbitrary: fc.record({ value, note }, { requiredKeys: [] }) },
  fc.record({ value, extra: fc.string() }, { requiredKeys: ['value'] }),
  fc.constantFrom(null, 2, 'text', [], [{ value: 1 }]),
);
const answers = fc.oneof(
  { weight: 8, arbitrary: fc.dictionary(id, answer, { maxKeys: 6 }) },
  fc.constantFrom(null, undefined, [], 'answers', 3),
  fc.dictionary(id, answer, { maxKeys: 3, noNullPrototype: false }),
);
const head = fc.record(
  {
    attune: fc.constantFrom(1, 2, '1'),
    framework: fc.oneof(
      fc.constant({ id: 'small-example', version: '1.0.0' }),
      fc.constant({ id: 'Small', version: '1.0' }),
    ),
    respondent: fc.constantFrom({ role: 'staff' }, { workshop: true }, { name: 'A. Person' }),
    unit: fc.constantFrom('North', ''),
    lang: fc.constantFrom('cy', 'en-GB', 'welsh!'),
    status: fc.constantFrom('completed', 'in-progress', 'done'),
    started: fc.constantFrom('2026-11-22T10:00:00Z', '2026-11-22'),
    skipped: fc.constantFrom(['a-b'], ['A B']),
    other: fc.constant('not a key of the format'),
  },
  { requiredKeys: [] },
);
// Mostly files with the right keys around the answers, so that the answers decide.
const doc = fc.tuple(head, answers, fc.boolean(), fc.boolean()).map(([h, a, fix, hasAnswers]) => {
  const base: Record<string, unknown> = fix
    ? {
        attune: 1,
        framework: { id: 'small-example', version: '1.0.0' },
        status: 'completed',
      }
    : { ...h };
  if (hasAnswers || fix) base.answers = a;
  return base;
});

const hasProtoKey = (answers: unknown): boolean =>
  answers !== null && typeof answers === 'object' && Object.hasOwn(answers, '__proto__');

describe('the quick check of an answers file', () => {
  it('property: says yes where the schema does, and only there, on 20,000 random files', () => {
    let yes = 0;
    fc.assert(
      fc.property(doc, (d) => {
        const quick = isAnswersDoc(d);
        const schema = answersSchema.safeParse(d).success;
        // Yes only where the schema says yes. The schema passes over an answer keyed __proto__
        // (which the answers rules then name as no question of the framework); the quick check
        // leaves such a file to the schema. Everywhere else, the two agree.
        if (quick) expect(schema).toBe(true);
        else if (!hasProtoKey(d.answers)) expect(schema).toBe(false);
        if (quick) yes++;
      }),
      { numRuns: 20_000 },
    );
    // Both answers are common, so the property compares something either way.
    expect(yes).toBeGreaterThan(1_000);
  });

  it('accepts a typical file and refuses one answer out of place', () => {
    const ok = {
      attune: 1,
      framework: { id: 'small-example', version: '1.0.0' },
      status: 'completed',
      answers: { welcome: { value: 2, note: 'Kind staff.' }, safety: { value: 'dont-know' } },
    };
    expect(isAnswersDoc(ok)).toBe(true);
    expect(isAnswersDoc({ ...ok, answers: { ...ok.answers, x: { value: Infinity } } })).toBe(false);
    expect(isAnswersDoc({ ...ok, answers: { ...ok.answers, x: { score: 1 } } })).toBe(false);
    expect(
      isAnswersDoc({ ...ok, answers: JSON.parse('{"__proto__": {"value": 1}}') as unknown }),
    ).toBe(false);
  });
});
