import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareFindings,
  finding,
  findingKey,
  settle,
  type Finding,
} from '../../src/core/findings.js';
import type { RuleId } from '../../src/core/rules.js';

describe('settle', () => {
  // Few files, places, rules and messages, so that repeats and near repeats are common.
  const arbFinding: fc.Arbitrary<Finding> = fc
    .record({
      file: fc.constantFrom('a.yaml', 'b.yaml', 'B.yaml'),
      line: fc.integer({ min: 1, max: 3 }),
      column: fc.integer({ min: 1, max: 2 }),
      rule: fc.constantFrom<RuleId>('unknown-key', 'wrong-type', 'duplicate-key'),
      message: fc.constantFrom('one', 'two', 'three'),
      n: fc.nat(),
    })
    .map(({ file, line, column, rule, message, n }) =>
      finding(rule, { file, line, column }, message, `p${n}`),
    );

  it('property: each finding once, the first of its key, in order of place and rule', () => {
    // The definition: drop every finding whose key came before, then sort (stably).
    const definition = (list: readonly Finding[]): Finding[] => {
      const seen = new Set<string>();
      return list
        .filter((f) => !seen.has(findingKey(f)) && Boolean(seen.add(findingKey(f))))
        .sort(compareFindings);
    };
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 60 }), (list) => {
        const settled = settle(list);
        expect(settled).toEqual(definition(list));
        // The very objects given, not copies.
        for (const f of settled) expect(list).toContain(f);
      }),
      { numRuns: 2000 },
    );
  });
});
