import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir, transcript } from '../helpers.js';

/** `attune form` from the command line: what it says, and its exit codes. */
const dir = tempDir('attune-form-cli-');
cpSync(join(FIXTURES, 'frameworks/small.yaml'), join(dir, 'small.yaml'));
cpSync(join(FIXTURES, 'form/role-without-questions.yaml'), join(dir, 'staff-only.yaml'));

const cases: [string, string[]][] = [
  ['bundled', ['form', '--out', 'form.html']],
  ['role', ['form', '--framework', 'small.yaml', '--role', 'leadership', '--out', 'lead.html']],
  ['lang', ['form', '--lang', 'cy', '-o', 'cy.html']],
  ['lang-missing', ['form', '--framework', 'small.yaml', '--lang', 'fr', '-o', 'fr.html']],
  ['unknown-role', ['form', '--framework', 'small.yaml', '--role', 'visitor', '--out', 'x.html']],
  [
    'role-without-questions',
    ['form', '--framework', 'staff-only.yaml', '--role', 'visitor', '--out', 'x.html'],
  ],
  ['bad-lang', ['form', '--lang', 'welsh!', '--out', 'x.html']],
  ['no-out', ['form']],
  ['unknown-framework', ['form', '--framework', 'no-such-framework', '--out', 'x.html']],
  ['missing-folder', ['form', '--out', 'no-such-folder/form.html']],
];

describe('attune form (end to end)', () => {
  it.each(cases)('%s', async (name, args) => {
    const result = await runCli(args, { cwd: dir });
    await expect(transcript(args, result)).toMatchFileSnapshot(`__snapshots__/form/${name}.txt`);
  });

  it('writes one HTML file whose data is the framework asked for', async () => {
    expect((await runCli(['form', '--lang', 'cy', '-o', 'cy2.html'], { cwd: dir })).code).toBe(0);
    const html = readFileSync(join(dir, 'cy2.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('"lang":"cy"');
    expect(html).toContain('Heb ei sefydlu');
  });
});
