import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_FAMILIES } from '../../src/core/rules.js';
import type { RuleMeta } from '../../src/core/rules/rule.js';
import { rulesDoc } from '../../src/render/rules-doc.js';
import { ROOT } from '../helpers.js';
import { CHECKED_FILES, runExample } from '../rule-tester.js';

const rules = RULE_FAMILIES.flatMap((f): readonly RuleMeta[] => f.rules);

describe('every documented example does what it says', () => {
  it.each(rules.filter((r) => r.failing).map((r) => [r.id, r] as const))(
    '%s: the failing example gives that rule and nothing else',
    async (_, rule) => {
      if (!rule.failing) return;
      const found = (await runExample(rule.subject, rule.failing)).filter((f) =>
        CHECKED_FILES.includes(basename(f.file)),
      );
      expect(found.length).toBeGreaterThan(0);
      expect([...new Set(found.map((f) => f.rule))], JSON.stringify(found, null, 1)).toEqual([
        rule.id,
      ]);
    },
  );

  it.each(rules.filter((r) => r.passing).map((r) => [r.id, r] as const))(
    '%s: the passing example gives nothing at all',
    async (_, rule) => {
      if (!rule.passing) return;
      expect(await runExample(rule.subject, rule.passing)).toEqual([]);
    },
  );

  it('every rule has both examples, or says why it has none', () => {
    const lacking = rules.filter((r) =>
      r.noExample === undefined ? !r.failing || !r.passing : r.failing || r.passing,
    );
    expect(lacking.map((r) => r.id)).toEqual([]);
  });
});

it('docs/rules.md is up to date with the rules and their examples (npm run docs)', () => {
  expect(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesDoc());
});
