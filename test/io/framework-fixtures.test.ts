import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/core/rules.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { expectations as declared, invalidFixtures } from '../expectations.js';
import { ROOT } from '../helpers.js';

const DIR = 'test/fixtures/frameworks';
const files = readdirSync(join(ROOT, DIR)).sort();
const invalid = invalidFixtures(DIR);
const valid = files.filter((f) => !f.startsWith('invalid-') && f.endsWith('.yaml'));

const expectations = (file: string) => declared(DIR, file);

describe('each invalid fixture produces exactly the findings it declares', () => {
  it.each(invalid)('%s', async (file) => {
    const loaded = await new FrameworkLoader(ROOT).load(join(DIR, file));
    const actual = loaded.findings
      .map(
        (f) =>
          `${f.rule} ${basename(f.file) === file ? '' : `${basename(f.file)}:`}${f.line}:${f.column}`,
      )
      .sort();
    expect(actual).toEqual(expectations(file));
    // A framework is usable exactly when nothing found is an error.
    expect(loaded.framework === undefined).toBe(
      loaded.findings.some((f) => f.severity === 'error'),
    );
  });
});

describe('valid fixtures validate clean', () => {
  it.each(valid)('%s', async (file) => {
    const loaded = await new FrameworkLoader(ROOT).load(join(DIR, file));
    expect(loaded.findings).toEqual([]);
    expect(loaded.framework).toBeDefined();
  });
});

it('every rule has a fixture or a generated case that produces it', () => {
  const answers = 'test/fixtures/answers';
  const covered = new Set(
    [
      ...invalid.flatMap(expectations),
      ...invalidFixtures(answers).flatMap((f) => declared(answers, f)),
    ].map((e) => e.split(' ')[0]),
  );
  // Produced by generated input in hostile-input.test.ts and hostile-corpus.test.ts (a 20 MB
  // file, or a 2 MB line, cannot be a fixture).
  covered.add('file-too-large');
  covered.add('line-too-long');
  // A plan's rules check a plan file against its framework: each is produced by its own failing
  // example (test/rules/examples.test.ts) and, at its line, by the plans of test/e2e/plan.test.ts.
  for (const rule of RULE_IDS) if (rule.startsWith('plan-')) covered.add(rule);
  expect(RULE_IDS.filter((r) => !covered.has(r))).toEqual([]);
});
