import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { answersFromText } from '../../src/io/answers-file.js';
import { answersFromLine } from '../../src/io/answers-lines.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, tempDir } from '../helpers.js';

/**
 * 40,000 keys in a file of about 1 MB: every finding is there, at its own line and column. (How
 * long it takes is measured in bench/, never asserted here.)
 */
const N = 40_000;
const key = (i: number) => `extra-${String(i).padStart(5, '0')}`;
const small = join(FIXTURES, 'frameworks/small.yaml');

it('a framework with 40,000 unknown keys: 40,000 findings, each at its key', async () => {
  const base = readFileSync(small, 'utf8');
  const baseLines = base.split('\n').length - 1;
  const lines = Array.from({ length: N }, (_, i) => `${key(i)}: some words of text here\n`);
  const file = join(tempDir(), 'big.yaml');
  writeFileSync(file, base + lines.join(''));
  const loaded = await new FrameworkLoader(tempDir()).load(file, 'big.yaml');
  expect(loaded.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.path}`)).toEqual(
    Array.from({ length: N }, (_, i) => `unknown-key ${baseLines + i + 1}:1 ${key(i)}`),
  );
}, 120_000);

const framework = () => new FrameworkLoader(tempDir()).require(small);
const head = 'attune: 1\nframework: { id: small-example, version: 1.0.0 }\nstatus: completed\n';

it('an answers file with 40,000 unknown answers: 40,000 findings, each at its key', async () => {
  const text = `${head}answers:\n${Array.from({ length: N }, (_, i) => `  ${key(i)}: { value: 1 }\n`).join('')}`;
  const loaded = await answersFromText(text, 'big.yaml', await framework());
  expect(loaded.findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual(
    Array.from({ length: N }, (_, i) => `answers-unknown-question ${i + 5}:3`),
  );
}, 120_000);

it('a JSON Lines line with 40,000 unknown answers: 40,000 findings, each at its key', async () => {
  const prefix =
    '{"attune":1,"framework":{"id":"small-example","version":"1.0.0"},"status":"completed","answers":{';
  const members = Array.from({ length: N }, (_, i) => `"${key(i)}":{"value":1}`);
  const text = `${prefix}${members.join(',')}}}`;
  const loaded = await answersFromLine(
    { bytes: Buffer.from(text), number: 7 },
    'big.jsonl',
    await framework(),
    false,
  );
  let column = prefix.length + 1;
  const expected = members.map((m) => {
    const at = `answers-unknown-question 7:${column}`;
    column += m.length + 1;
    return at;
  });
  expect(loaded?.findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual(expected);
}, 120_000);
