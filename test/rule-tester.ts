import { dump, load } from 'js-yaml';
import { expect } from 'vitest';
import { checkFrameworkData } from '../src/core/check-framework.js';
import type { Finding, Issue } from '../src/core/findings.js';
import { RULES, type RuleId } from '../src/core/rules.js';
import { EXAMPLE_FRAMEWORK } from '../src/core/rules/example-framework.js';
import type { Example, Subject } from '../src/core/rules/rule.js';
import { answersFromText } from '../src/io/answers-file.js';
import { memoryFiles } from '../src/io/framework-files.js';
import { FrameworkLoader } from '../src/io/load-framework.js';
import { planFromText } from '../src/io/plan-file.js';

/**
 * Testing a rule without a file on disk. `testRule` checks frameworks given as plain objects,
 * like ESLint's RuleTester: each valid case gives none of the rule's findings, each invalid case
 * gives the paths listed (and, where given, messages that match). `runExample` runs one of a
 * rule's documented examples through the whole pipeline, in memory.
 */
export interface RuleCases {
  valid: readonly unknown[];
  invalid: readonly { data: unknown; errors: readonly { path: string; message?: RegExp }[] }[];
}

export function testRule(rule: RuleId, cases: RuleCases): void {
  const of = (data: unknown) => checkFrameworkData(data).filter((i) => i.rule === rule);
  cases.valid.forEach((data, i) => {
    expect(of(data).map(describe), `valid case ${i + 1}`).toEqual([]);
  });
  cases.invalid.forEach(({ data, errors }, i) => {
    const found = of(data);
    expect(
      found.map((f) => pathOf(f)),
      `invalid case ${i + 1}`,
    ).toEqual(errors.map((e) => e.path));
    errors.forEach((e, k) => {
      if (e.message) expect(found[k]?.message, `invalid case ${i + 1}`).toMatch(e.message);
    });
    for (const f of found) expect(f.severity).toBe(RULES[rule].severity);
  });
}

const pathOf = (i: Issue) =>
  i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? p : `.${p}`)).join('');
const describe = (i: Issue) => `${pathOf(i)}: ${i.message}`;

/** The example framework as data, for building cases from. */
export const exampleFramework = (): Record<string, unknown> =>
  load(EXAMPLE_FRAMEWORK) as Record<string, unknown>;

const CWD = '/rules-examples';
const CHECKED = 'tailored.yaml';

/** The findings of one documented example, checked as attune would check it, in memory. */
export async function runExample(subject: Subject, example: Example): Promise<Finding[]> {
  const text = example.whole ? example.yaml : layOver(EXAMPLE_FRAMEWORK, example.yaml);
  if (subject === 'framework') {
    const files = memoryFiles(
      CWD,
      { 'example.yaml': EXAMPLE_FRAMEWORK, ...example.files, [CHECKED]: text },
      { example: 'example.yaml' },
    );
    return (await new FrameworkLoader(CWD, files).load(CHECKED)).findings;
  }
  const files = memoryFiles(CWD, { 'example.yaml': EXAMPLE_FRAMEWORK });
  const framework = await new FrameworkLoader(CWD, files).require('example.yaml');
  if (subject === 'plan') return (await planFromText(text, 'plan.yaml', framework)).findings;
  const line = subject === 'answers-line';
  const shown = line ? 'answers.jsonl' : 'answers.yaml';
  return (await answersFromText(line ? text.trimEnd() : text, shown, framework, line)).findings;
}

/** The file an example is about: the one checked, not one beside it. */
export const CHECKED_FILES = [CHECKED, 'answers.yaml', 'answers.jsonl', 'plan.yaml'];

type Obj = Record<string, unknown>;
const ID_LISTS = new Set(['domains', 'questions', 'respondents', 'stages', 'areas']);

/** The example framework with a part laid over it, as docs/rules.md explains. */
export function layOver(base: string, part: string): string {
  return dump(merge(load(base) as Obj, (load(part) ?? {}) as Obj), { lineWidth: -1 });
}

function merge(base: Obj, part: Obj): Obj {
  const out: Obj = { ...base };
  for (const [key, value] of Object.entries(part)) {
    const had = base[key];
    if (ID_LISTS.has(key) && isObjList(had) && isObjList(value)) out[key] = mergeById(had, value);
    else if (key === 'scales' && isObj(had) && isObj(value))
      out[key] = Object.fromEntries(
        Object.entries({ ...had, ...value }).map(([id, s]) => [
          id,
          isObj(had[id]) && isObj(value[id]) ? { ...had[id], ...value[id] } : s,
        ]),
      );
    else out[key] = value;
  }
  return out;
}

function mergeById(base: Obj[], part: Obj[]): Obj[] {
  const out = [...base];
  for (const el of part) {
    const i = out.findIndex((b) => b.id === el.id);
    if (i >= 0) out[i] = merge(out[i] as Obj, el);
    else out.push(el);
  }
  return out;
}

const isObjList = (v: unknown): v is Obj[] => Array.isArray(v) && v.every(isObj);
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
