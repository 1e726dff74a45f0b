import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersText, loadAnswers, saveAnswers } from '../../src/io/answers-file.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import type { AnswersDoc } from '../../src/core/schema/answers.js';
import { expectations, invalidFixtures } from '../expectations.js';
import { FIXTURES, ROOT, tempDir } from '../helpers.js';

const DIR = 'test/fixtures/answers';
const framework = await new FrameworkLoader(ROOT).require(join(FIXTURES, 'frameworks/small.yaml'));
const describeFindings = (findings: { rule: string; line: number; column: number }[]) =>
  findings.map((f) => `${f.rule} ${f.line}:${f.column}`).sort();

describe('each invalid answers fixture produces exactly the findings it declares', () => {
  it.each(invalidFixtures(DIR).filter((f) => f.endsWith('.yaml')))('%s', async (file) => {
    const loaded = await loadAnswers(join(ROOT, DIR, file), file, framework);
    expect(describeFindings(loaded.findings)).toEqual(expectations(DIR, file));
    expect(loaded.doc === undefined).toBe(loaded.findings.some((f) => f.severity === 'error'));
  });

  it('a JSON file gets positions too', async () => {
    const loaded = await loadAnswers(join(ROOT, DIR, 'invalid-answers-json.json'), 'a.json');
    expect(describeFindings(loaded.findings)).toEqual(['invalid-value 4:13']);
    expect(loaded.findings[0]?.message).toContain('in-progress');
  });
});

describe('reading and writing', () => {
  const doc: AnswersDoc = {
    attune: 1,
    framework: { id: 'small-example', version: '1.0.0' },
    respondent: { role: 'staff' },
    status: 'in-progress',
    answers: {
      'safety-first-contact': { value: 3, note: 'Line one.\nLine "two": {{x}} <b>' },
      'safety-premises': { value: 1 },
      'trust-explain-decisions': { value: 'dont-know' },
    },
  };

  it.each(['yaml', 'json'] as const)('round-trips through %s', async (ext) => {
    const dir = tempDir();
    const file = join(dir, `a.${ext}`);
    await saveAnswers(file, doc);
    const loaded = await loadAnswers(file, file, framework);
    expect(loaded.findings).toEqual([]);
    expect(loaded.doc).toEqual(doc);
  });

  it('writes keys in reading order', () => {
    const text = answersText({ ...doc }, 'yaml');
    expect(
      text
        .split('\n')
        .filter((l) => /^\w/.test(l))
        .map((l) => l.split(':')[0]),
    ).toEqual(['attune', 'framework', 'respondent', 'status', 'answers']);
  });

  it('leaves the earlier file whole when the write fails', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.yaml');
    await saveAnswers(file, doc);
    const before = readFileSync(file, 'utf8');
    mkdirSync(join(dir, 'a.yaml.d'));
    await expect(saveAnswers(join(dir, 'missing', 'a.yaml'), doc)).rejects.toThrow(
      /cannot be written \(its folder does not exist\)/,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a folder and an oversized file with one line', async () => {
    const dir = tempDir();
    await expect(loadAnswers(dir, 'answers/')).rejects.toThrow('answers/: is a folder');
    writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(2 * 1024 * 1024));
    await expect(loadAnswers(join(dir, 'big.yaml'), 'big.yaml')).rejects.toThrow(
      'big.yaml: the file is 2.0 MB; an answers file is at most 1 MB',
    );
  });
});
