import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkSchema } from '../../src/core/schema/framework.js';
import { FIXTURES, runCli, tempDir, transcript } from '../helpers.js';

/** attune show, run as a user would; each case a readable snapshot under __snapshots__/show/. */
const F = 'test/fixtures/frameworks';
const CONSULTANT = join(FIXTURES, 'workspaces', 'consultant');

const cases: [string, string[], string?][] = [
  ['md', ['show', `${F}/small.yaml`]],
  ['md-bundled', ['show', 'trauma-informed-organisation']],
  ['md-extends-chain', ['show', `${F}/extends-chain.yaml`]],
  ['json', ['show', '--format', 'json', `${F}/extends-chain.yaml`]],
  ['lang-cy', ['show', 'trauma-informed-organisation', '--lang', 'cy']],
  ['lang-cy-json', ['show', '--format', 'json', '--lang', 'cy', `${F}/extends-language.yaml`]],
  ['lang-unknown', ['show', `${F}/small.yaml`, '--lang', 'fr']],
  ['lang-invalid', ['show', `${F}/small.yaml`, '--lang', 'english']],
  ['invalid', ['show', `${F}/invalid-removed-still-used.yaml`]],
  ['invalid-yaml', ['show', `${F}/invalid-yaml-syntax.yaml`]],
  ['unknown-id', ['show', 'no-such-framework']],
  ['missing-file', ['show', `${F}/no-such-file.yaml`]],
  ['folder', ['show', 'frameworks/']],
  ['bad-format', ['show', '--format', 'html', `${F}/small.yaml`]],
  ['no-argument', ['show']],
  ['local-id', ['show', 'riverside-leaders'], CONSULTANT],
];

describe('attune show (end to end)', () => {
  it.each(cases)('%s', async (name, args, cwd) => {
    const result = await runCli(args, cwd === undefined ? {} : { cwd });
    await expect(transcript(args, result)).toMatchFileSnapshot(`__snapshots__/show/${name}.txt`);
  });

  it('exit codes: 0 shown, 1 a framework with errors, 2 unusable input', async () => {
    expect((await runCli(['show', `${F}/small.yaml`])).code).toBe(0);
    expect((await runCli(['show', `${F}/small.yaml`, '--lang', 'fr'])).code).toBe(0);
    expect((await runCli(['show', `${F}/invalid-duplicate-id.yaml`])).code).toBe(1);
    expect((await runCli(['show', `${F}/invalid-extends-cycle-a.yaml`])).code).toBe(1);
    for (const args of [
      ['show', 'nope'],
      ['show', `${F}/nope.yaml`],
      ['show', `${F}/small.yaml`, '--lang', 'not a tag'],
      ['show', '--format', 'pdf', `${F}/small.yaml`],
    ])
      expect((await runCli(args)).code, args.join(' ')).toBe(2);
  });

  it('--lang cy shows trauma-informed-organisation in Welsh throughout', async () => {
    const r = await runCli(['show', 'trauma-informed-organisation', '--lang', 'cy']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const welsh of [
      "# Hunanwiriad gwaith sy'n ystyriol o drawma\n",
      '### Pa mor sefydledig yw hyn? (`practice`)',
      '| 0 | Heb ei sefydlu |',
      '| 4 | Bob amser |',
      '| 0 | Nac ydy | Nid yw hyn yn wir. |',
      '| 0 | Ymwybodol o drawma (`aware`) |',
      '| 85 | Ystyriol o drawma (`informed`) |',
      '### 1. Diogelwch (`safety`)',
      "- Pobl sy'n defnyddio'r gwasanaeth (`lived-experience`)",
    ])
      expect(r.stdout).toContain(welsh);
    // No English text is left: neither a domain title nor a question.
    expect(r.stdout).not.toContain('### 1. Safety (`safety`)');
    expect(r.stdout).not.toContain('People can talk in a space where they will not be overheard.');
    expect(r.stdout).toContain('Gall pobl siarad yn rhywle lle na fydd neb yn eu clywed.');
    const en = await runCli(['show', 'trauma-informed-organisation']);
    expect(en.stdout).toContain('| 0 | Not in place |');
    expect(en.stdout).toContain('People can talk in a space where they will not be overheard.');
    expect(en.stdout).not.toContain('Heb ei sefydlu');
  });

  it('an unknown language is a warning on stderr, and the framework is shown in its own', async () => {
    const r = await runCli([
      'show',
      '--format',
      'json',
      'trauma-informed-organisation',
      '--lang',
      'fr',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'attune: warning: trauma-informed-organisation has no text in fr, so it is shown in en-GB (its languages: en-GB, cy)\n',
    );
    const doc = JSON.parse(r.stdout) as { language: string; stages: { label: unknown }[] };
    expect(doc.language).toBe('en-GB');
    expect(doc.stages[0]?.label).toBe('Trauma aware');
  });

  it('the JSON is the resolved framework: stdout only, and a valid framework itself', async () => {
    for (const ref of ['trauma-informed-organisation', `${F}/extends-bundled.yaml`]) {
      const r = await runCli(['show', '--format', 'json', ref]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const doc: unknown = JSON.parse(r.stdout);
      expect(frameworkSchema.safeParse(doc).success).toBe(true);
      expect(doc).not.toHaveProperty('extends');
    }
  });

  it('attune validate --strict accepts the JSON as a framework file, with or without --lang', async () => {
    const dir = tempDir();
    for (const lang of [[], ['--lang', 'cy']]) {
      const r = await runCli(['show', '--format', 'json', ...lang, 'examples/northside.yaml']);
      const file = join(dir, `resolved${lang.length}.json`);
      writeFileSync(file, r.stdout);
      const check = await runCli(['validate', '--strict', file]);
      expect([check.code, check.stdout]).toEqual([0, '1 file checked: no problems\n']);
    }
  });
});
