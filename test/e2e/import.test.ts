import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswers } from '../../src/io/answers-file.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { FIXTURES, ROOT, runCli, tempDir, transcript, type RunResult } from '../helpers.js';

/** A fresh copy of the import fixtures and small.yaml, to run commands in. */
function fixtureCopy(): string {
  const copy = tempDir('attune-import-');
  cpSync(join(FIXTURES, 'import'), copy, { recursive: true });
  cpSync(join(FIXTURES, 'frameworks/small.yaml'), join(copy, 'small.yaml'));
  return copy;
}

/**
 * `attune import` on every kind of export the fixtures hold, good and bad. Each snapshot keeps
 * the command, exit code, messages, and every file written, so the exact wording and the exact
 * files are reviewed together. The commands run in a copy of test/fixtures/import/, so that the
 * paths in messages read as a person would type them.
 */
const dir = fixtureCopy();
const small = await new FrameworkLoader(ROOT).require(join(dir, 'small.yaml'));

const S = ['--framework', 'small.yaml'];
const cases: [string, string[]][] = [
  ['by-id', ['import', 'by-id.csv', ...S, '--out', 'by-id']],
  ['by-text-semicolons-bom', ['import', 'by-text.csv', ...S, '--out', 'by-text']],
  ['mapped', ['import', 'mapped.csv', ...S, '--map', 'map.yaml', '--out', 'mapped']],
  ['quoted-newlines', ['import', 'quoted.csv', ...S, '--out', 'quoted']],
  ['excel-utf16', ['import', 'excel-utf16.csv', ...S, '--out', 'utf16']],
  ['windows-1252', ['import', 'windows-1252.csv', ...S, '--out', 'cp1252']],
  ['personal-data', ['import', 'personal.csv', ...S, '--out', 'personal']],
  ['bad-values', ['import', 'bad-values.csv', ...S, '--out', 'bad-values']],
  ['bundled-framework', ['import', 'bundled.csv', '--out', 'bundled']],
  ['nothing-mapped', ['import', 'nothing-mapped.csv', ...S, '--out', 'nothing']],
  ['no-answers', ['import', 'no-answers.csv', ...S, '--out', 'no-answers']],
  ['header-only', ['import', 'header-only.csv', ...S, '--out', 'header-only']],
  ['empty', ['import', 'empty.csv', ...S, '--out', 'empty']],
  ['blank-lines', ['import', 'blank-lines.csv', ...S, '--out', 'blank']],
  ['unclosed-quote', ['import', 'unclosed-quote.csv', ...S, '--out', 'unclosed']],
  ['missing-file', ['import', 'no-such.csv', ...S, '--out', 'missing']],
  ['no-out', ['import', 'by-id.csv', ...S]],
  [
    'map-unknown-question',
    ['import', 'mapped.csv', ...S, '--map', 'map-unknown-question.yaml', '--out', 'mq'],
  ],
  ['map-bad-key', ['import', 'mapped.csv', ...S, '--map', 'map-bad-key.yaml', '--out', 'mk']],
  [
    'map-missing-column',
    ['import', 'mapped.csv', ...S, '--map', 'map-missing-column.yaml', '--out', 'mm'],
  ],
  ['out-is-a-file', ['import', 'by-id.csv', ...S, '--out', 'by-id.csv']],
];

/** The transcript, then each file written into the --out folder. */
function withFiles(args: string[], result: RunResult): string {
  const out = args[args.indexOf('--out') + 1];
  const folder = out === undefined ? undefined : join(dir, out);
  const files =
    folder && existsSync(folder) && args.includes('--out') && !out?.endsWith('.csv')
      ? readdirSync(folder).sort()
      : [];
  return [
    transcript(args, result),
    ...files.map((f) => `--- ${out ?? ''}/${f}\n${readFileSync(join(folder ?? '', f), 'utf8')}`),
  ].join('');
}

describe('attune import (end to end)', () => {
  it.each(cases)('%s', async (name, args) => {
    const result = await runCli(args, { cwd: dir });
    await expect(withFiles(args, result)).toMatchFileSnapshot(`__snapshots__/import/${name}.txt`);
  });

  it('exit codes: 0 all mapped, 1 some cells not mapped, 2 nothing usable', async () => {
    const code = async (args: string[]) => (await runCli(args, { cwd: dir })).code;
    expect(await code(['import', 'by-id.csv', ...S, '--out', 'codes-0'])).toBe(0);
    expect(await code(['import', 'bad-values.csv', ...S, '--out', 'codes-1'])).toBe(1);
    expect(await code(['import', 'nothing-mapped.csv', ...S, '--out', 'codes-2'])).toBe(2);
    expect(existsSync(join(dir, 'codes-2'))).toBe(false);
  });

  it('every file written loads against the framework with no findings', async () => {
    for (const out of ['by-id', 'by-text', 'mapped', 'quoted', 'utf16', 'cp1252', 'bad-values']) {
      const folder = join(dir, out);
      expect(existsSync(folder), out).toBe(true);
      for (const f of readdirSync(folder)) {
        const loaded = await loadAnswers(join(folder, f), `${out}/${f}`, small);
        expect(loaded.findings, `${out}/${f}`).toEqual([]);
        expect(loaded.doc?.status).toBe('completed');
      }
    }
  });

  it('attune report reads an imported folder as it is', async () => {
    const r = await runCli(['report', 'by-id', ...S, '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ respondents: { total: 5 } });
  });

  it('copies nothing from name, email or phone columns', () => {
    const written = readdirSync(join(dir, 'personal'))
      .map((f) => readFileSync(join(dir, 'personal', f), 'utf8'))
      .join('\n');
    expect(written).not.toMatch(/Ada|Ben|example\.org|07700|name|email|phone/i);
    expect(written).toContain('role: leadership');
  });

  it('never overwrites without --force, and then writes nothing at all', async () => {
    const out = join(dir, 'twice');
    mkdirSync(out);
    cpSync(join(dir, 'by-id', 'answers-0003.yaml'), join(out, 'answers-0003.yaml'));
    const before = readFileSync(join(out, 'answers-0003.yaml'), 'utf8');
    const args = ['import', 'mapped.csv', ...S, '--map', 'map.yaml', '--out', 'twice'];
    // mapped.csv has two rows: answers-0001 and -0002 are new, so the first import goes ahead,
    // and says that the folder holds another file, which a report would read too.
    const first = await runCli(args, { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(
      'twice also holds 1 answers file from before (answers-0003.yaml)',
    );
    const again = await runCli(args, { cwd: dir });
    await expect(transcript(args, again)).toMatchFileSnapshot('__snapshots__/import/overwrite.txt');
    expect(again.code).toBe(2);
    const forced = await runCli([...args, '--force'], { cwd: dir });
    await expect(transcript([...args, '--force'], forced)).toMatchFileSnapshot(
      '__snapshots__/import/overwrite-force.txt',
    );
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'answers-0003.yaml'), 'utf8')).toBe(before);
  });

  it('writes one JSON Lines file, a row per line, that reports read as the folder', async () => {
    const args = ['import', 'by-id.csv', ...S, '--out', 'by-id.jsonl'];
    const r = await runCli(args, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('by-id.csv: 5 rows read, 5 lines of answers written to by-id.jsonl\n');
    const lines = readFileSync(join(dir, 'by-id.jsonl'), 'utf8').split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
    // The same answers as the folder's files, in row order.
    const files = readdirSync(join(dir, 'by-id')).sort();
    for (const [i, f] of files.entries()) {
      const file = await loadAnswers(join(dir, 'by-id', f), f, small);
      expect(JSON.parse(lines[i] ?? '')).toEqual(file.doc);
    }
    const report = (input: string) =>
      runCli(['report', input, ...S, '--format', 'json'], {
        cwd: dir,
        env: { SOURCE_DATE_EPOCH: '1795392000' },
      });
    // The same report, but for where it came from: one file there, five here.
    const model = async (input: string) => {
      const m = JSON.parse((await report(input)).stdout) as Record<string, unknown>;
      expect(m.provenance).toBeDefined();
      delete m.provenance;
      return m;
    };
    expect(await model('by-id.jsonl')).toEqual(await model('by-id'));
    // Never replaced without --force; with it, replaced whole.
    const again = await runCli(args, { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      'attune: by-id.jsonl already exists; nothing was written. Use --force to replace it\n',
    );
    expect((await runCli([...args, '--force'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'by-id.jsonl'), 'utf8')).toBe(lines.join('\n'));
  });

  it('names the first 20 answers to questions not asked, and counts the rest', async () => {
    // safety-quiet-space is not asked of leadership in small.yaml.
    const rows = Array.from({ length: 25 }, () => 'leadership,North,3,4');
    writeFileSync(
      join(dir, 'not-asked.csv'),
      ['role,unit,safety-first-contact,safety-quiet-space', ...rows].join('\n'),
    );
    const r = await runCli(['import', 'not-asked.csv', ...S, '--out', 'not-asked'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('is not asked of role "leadership"'))).toHaveLength(20);
    expect(lines.at(-2)).toBe(
      'not-asked.csv: … and 5 more answers to questions not asked of their row: left out',
    );
    expect(lines.at(-1)).toBe('not-asked.csv: 25 rows read, 25 answers files written to not-asked');
  });

  it("the README's example is a real run", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example =
      /<!-- import-example: bad-values -->\n\n```console\n\$ attune ([^\n]+)\n([\s\S]*?)```/.exec(
        readme,
      );
    expect(example).not.toBeNull();
    const r = await runCli((example?.[1] ?? '').split(' '), { cwd: fixtureCopy() });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toBe(example?.[2]);
  });
});
