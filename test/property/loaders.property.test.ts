import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttuneError } from '../../src/core/errors.js';
import { loadAnswers } from '../../src/io/answers-file.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, ROOT, tempDir } from '../helpers.js';

/**
 * Mutated framework and answers files into the loaders: whatever the bytes, the result is
 * findings with real positions, or an error attune expects; never a crash.
 */
const SYMBOLS = [
  ':',
  '-',
  ' ',
  '\n',
  '\t',
  '[',
  ']',
  '{',
  '}',
  '&a',
  '*a',
  '!!str',
  '"',
  "'",
  '#',
  '|',
  '>',
  '\u0000',
  '\uFEFF',
  'é',
  '__proto__',
  'constructor',
  '1e999',
  '~',
  ',',
  '? ',
];

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.oneof(fc.constantFrom(...SYMBOLS), fc.string({ maxLength: 8 })),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 80 }),
  }),
);

type Mutation = {
  kind: 'delete' | 'insert' | 'duplicate';
  at: number;
  length?: number;
  text?: string;
};

function mutate(text: string, steps: readonly Mutation[]): string {
  let out = text;
  for (const m of steps) {
    const at = Math.floor(m.at * out.length);
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + (m.length ?? 1));
    else if (m.kind === 'insert') out = out.slice(0, at) + (m.text ?? '') + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + (m.length ?? 1)) + out.slice(at);
  }
  return out;
}

const dir = tempDir();
const frameworkText = readFileSync(join(FIXTURES, 'frameworks/small.yaml'), 'utf8');
const answersText = readFileSync(join(FIXTURES, 'answers/team/staff-a.yaml'), 'utf8');
const framework = await new FrameworkLoader(ROOT).require(join(FIXTURES, 'frameworks/small.yaml'));

function expectSane(findings: { line: number; column: number; message: string }[], text: string) {
  const lines = text.split('\n').length;
  for (const f of findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines + 1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.message).not.toMatch(/\n/);
  }
}

describe('loaders under mutation', () => {
  it('a mutated framework gives located findings or loads', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (steps) => {
        const text = mutate(frameworkText, steps);
        const file = join(dir, `f${n++}.yaml`);
        writeFileSync(file, text);
        const loaded = await new FrameworkLoader(dir).load(file);
        expectSane(loaded.findings, text);
        expect(loaded.framework === undefined).toBe(
          loaded.findings.some((f) => f.severity === 'error'),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('a line that starts with a flow indicator (fast-check found it) is a located finding', async () => {
    const text = `,,Y${frameworkText}`;
    const file = join(dir, 'flow-start.yaml');
    writeFileSync(file, text);
    const loaded = await new FrameworkLoader(dir).load(file);
    expectSane(loaded.findings, text);
    expect(loaded.findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 1 });
  });

  it('a mutated answers file gives located findings, an input error, or answers that fit', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (steps, json) => {
          const source = json
            ? JSON.stringify(
                JSON.parse(
                  JSON.stringify(
                    (await loadAnswers(join(FIXTURES, 'answers/team/staff-a.yaml'))).doc,
                  ),
                ),
                null,
                1,
              )
            : answersText;
          const text = mutate(source, steps);
          const file = join(dir, `a${n++}.${json ? 'json' : 'yaml'}`);
          writeFileSync(file, text);
          try {
            const loaded = await loadAnswers(file, file, framework);
            expectSane(loaded.findings, text);
            if (loaded.doc)
              expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
          } catch (error) {
            expect(error).toBeInstanceOf(AttuneError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
