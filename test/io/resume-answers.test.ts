import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersFrameworkId, loadForResume } from '../../src/io/resume-answers.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, ROOT, tempDir } from '../helpers.js';

const framework = await new FrameworkLoader(ROOT).require(join(FIXTURES, 'frameworks/small.yaml'));

function answersFile(body: string): string {
  const file = join(tempDir(), 'a.yaml');
  writeFileSync(
    file,
    `attune: 1\nframework: { id: small-example, version: "1.0.0" }\nrespondent: { role: staff }\nstatus: in-progress\n${body}`,
  );
  return file;
}

describe('reading answers to carry on with', () => {
  it('keeps an answer to a question the framework no longer has, and lists it', async () => {
    const file = answersFile(
      'answers:\n  safety-first-contact: { value: 2 }\n  safety-old-question: { value: 1 }\n',
    );
    const resumed = await loadForResume(file, 'a.yaml', framework);
    expect(resumed.removed).toEqual(['safety-old-question']);
    expect(resumed.doc.answers['safety-old-question']).toEqual({ value: 1 });
  });

  it('passes on warnings, such as an answer whose condition does not hold', async () => {
    const file = answersFile(
      'answers:\n  safety-premises: { value: 0 }\n  safety-quiet-space: { value: 1 }\n',
    );
    const resumed = await loadForResume(file, 'a.yaml', framework);
    expect(resumed.warnings.map((f) => f.rule)).toEqual(['answers-not-asked']);
  });

  it.each([
    [
      'another major version',
      'answers: {}\n',
      (t: string) => t.replace('"1.0.0"', '"2.1.0"'),
      /^a\.yaml:2:\d+: these answers are for version 2\.1\.0 of small-example, but the framework is 1\.0\.0: another major version, whose questions may differ; carry on with the version these answers were started with \(--framework path\/to\/it\), or start a new assessment$/,
    ],
    [
      'another framework',
      'answers: {}\n',
      (t: string) => t.replace('id: small-example', 'id: other-framework'),
      /^a\.yaml:2:\d+: these answers are for framework "other-framework", not "small-example"; leave out --framework/,
    ],
    [
      'a value outside the scale',
      'answers:\n  safety-premises: { value: 3 }\n',
      (t: string) => t,
      /^a\.yaml:6:\d+: safety-premises: 3 is not a value of its scale "yes-no" \(0, 1\)$/,
    ],
    ['the wrong shape', 'answers: []\n', (t: string) => t, /^a\.yaml:5:\d+: /],
  ] as const)('refuses %s with one located line', async (_name, body, edit, message) => {
    const file = answersFile(body);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    await expect(loadForResume(file, 'a.yaml', framework)).rejects.toThrow(message);
  });

  it('names a missing file as such', async () => {
    await expect(answersFrameworkId(join(tempDir(), 'gone.yaml'), 'gone.yaml')).rejects.toThrow(
      'gone.yaml: no such file or folder',
    );
  });
});
