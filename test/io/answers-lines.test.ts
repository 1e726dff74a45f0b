import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFromLine, readLines, splitLines } from '../../src/io/answers-lines.js';
import { collectAnswers } from '../../src/io/collect-answers.js';
import { FrameworkLoader } from '../../src/io/load-framework.js';
import { expectations } from '../expectations.js';
import { FIXTURES, ROOT, tempDir } from '../helpers.js';

/** What readLines should give: each line's text, or its length where over the limit. */
function expected(text: string, limit: number): (string | number)[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (Buffer.byteLength(l) > limit ? Buffer.byteLength(l) : l));
}

/** The lines as text (or lengths), each taken before the next is read, as the bytes are reused. */
function read(
  file: string,
  options: Parameters<typeof readLines>[3],
  range?: { from: number; to: number },
): (string | number)[] {
  const out: (string | number)[] = [];
  for (const l of readLines(file, file, range, options))
    out.push(typeof l.bytes === 'number' ? l.bytes : l.bytes.toString('utf8'));
  return out;
}

const text = fc
  .array(fc.oneof(fc.string({ maxLength: 30 }), fc.constant(''), fc.constant('é€😀\r')), {
    maxLength: 30,
  })
  .chain((lines) =>
    fc.boolean().map((end) => lines.join('\n').replaceAll('\n\n\n', '\n') + (end ? '\n' : '')),
  );

describe('reading a file a line at a time', () => {
  const dir = tempDir();

  it('gives every line, whatever the chunk size, and only the length of lines over the limit', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 40 }),
        (t, chunk, limit) => {
          const file = join(dir, 'lines.jsonl');
          writeFileSync(file, t);
          expect(read(file, { chunk, limit })).toEqual(expected(t, limit));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts a file into ranges that start at lines and, read one by one, give every line once', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 6 }), (t, parts) => {
        const file = join(dir, 'split.jsonl');
        writeFileSync(file, t);
        const bytes = readFileSync(file);
        const ranges = splitLines(file, file, parts);
        expect(ranges[0]?.from).toBe(0);
        expect(ranges[ranges.length - 1]?.to).toBe(bytes.length);
        ranges.forEach((r, i) => {
          expect(r.from).toBeLessThan(Math.max(r.to, 1));
          if (i > 0) {
            expect(r.from).toBe(ranges[i - 1]?.to);
            expect(bytes[r.from - 1]).toBe(10);
          }
        });
        expect(ranges.flatMap((r) => read(file, { chunk: 7 }, r))).toEqual(expected(t, 1e6));
      }),
      { numRuns: 300 },
    );
  });

  it('numbers lines from the start of the range', () => {
    const file = join(dir, 'numbers.jsonl');
    writeFileSync(file, 'a\n\nb\nc');
    expect([...readLines(file, file, { from: 3, to: 7 })].map((l) => l.number)).toEqual([1, 2]);
  });
});

describe('one line of answers', () => {
  const line = (s: string | Buffer, number = 1) => ({
    bytes: Buffer.isBuffer(s) ? s : Buffer.from(s),
    number,
  });
  const doc =
    '{"attune":1,"framework":{"id":"small-example","version":"1.0.0"},"status":"completed","answers":{}}';

  it('allows a byte order mark on the first line and a Windows line ending', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${doc}\r`)]);
    expect((await answersFromLine(line(bom), 'a.jsonl', undefined, true))?.doc).toBeDefined();
    expect((await answersFromLine(line(bom, 2), 'a.jsonl', undefined, false))?.findings).toEqual([
      expect.objectContaining({ rule: 'json-syntax', line: 2, column: 1 }) as unknown,
    ]);
  });

  it('skips a blank line, and names a long one by its size', async () => {
    expect(await answersFromLine(line(' \t'), 'a.jsonl', undefined, false)).toBeUndefined();
    const long = await answersFromLine(
      { bytes: 3 * 1024 * 1024, number: 9 },
      'a.jsonl',
      undefined,
      false,
    );
    expect(long?.findings[0]).toMatchObject({
      rule: 'line-too-long',
      line: 9,
      message: "the line is 3.0 MB; one respondent's answers are at most 1 MB",
    });
  });

  it('names bytes that are not UTF-8 by their column', async () => {
    const bad = Buffer.concat([Buffer.from('{"unit":"'), Buffer.from([0xff]), Buffer.from('"}')]);
    expect(
      (await answersFromLine(line(bad, 4), 'a.jsonl', undefined, false))?.findings[0],
    ).toMatchObject({
      rule: 'file-not-text',
      line: 4,
      column: 10,
      message: 'the line is not UTF-8 text (byte 10 cannot be read as text)',
    });
  });
});

describe('JSON Lines answers in a report', () => {
  const loader = new FrameworkLoader(ROOT);
  const small = join(FIXTURES, 'frameworks/small.yaml');
  const A = 'test/fixtures/answers';

  it('counts one respondent per line, as the same answers in files', async () => {
    const options = { cwd: ROOT, loader, framework: small, skipInvalid: false, keepRows: true };
    const lines = await collectAnswers([`${A}/team.jsonl`], options);
    const files = await collectAnswers([`${A}/team`], options);
    expect(lines.documents).toBe(8);
    expect(lines.what.many).toBe('sets of answers');
    expect(lines.tally).toEqual(files.tally);
    expect(lines.respondents).toEqual(files.respondents);
  });

  it('names each unusable line by line and column', async () => {
    const file = 'invalid-answers-lines.jsonl';
    const collected = await collectAnswers([`${A}/${file}`], {
      cwd: ROOT,
      loader,
      framework: small,
      skipInvalid: true,
    });
    expect(collected.documents).toBe(6);
    const found = collected.skipped
      .flatMap((s) => s.findings)
      .map((f) => `${f.rule} ${f.line}:${f.column}`);
    expect(found.sort()).toEqual(expectations(A, file));
    await expect(
      collectAnswers([`${A}/${file}`], { cwd: ROOT, loader, framework: small, skipInvalid: false }),
    ).rejects.toThrow(
      /invalid-answers-lines\.jsonl:3:310 .*\n.*\n.*\n.*\n4 of 6 sets of answers cannot be used/,
    );
  });

  it('numbers lines from the start of the file when the file is read in parts', async () => {
    // Over the (lowered) threshold, so the file is cut into ranges for threads (counted in this
    // thread here, as unit tests run from the sources).
    const dir = tempDir();
    const good = readFileSync(join(ROOT, A, 'team.jsonl'), 'utf8').split('\n')[0] ?? '';
    const lines = Array.from({ length: 12_000 }, () => good);
    lines[11_000] = '{"attune": 1,}';
    writeFileSync(join(dir, 'many.jsonl'), `${lines.join('\n')}\n`);
    const collected = await collectAnswers(['many.jsonl'], {
      cwd: dir,
      loader,
      framework: small,
      skipInvalid: true,
      threads: 3,
      parallelFrom: { files: 2000, lineBytes: 1024 * 1024 },
    });
    expect(statSync(join(dir, 'many.jsonl')).size).toBeGreaterThan(3 * 1024 * 1024);
    expect(collected.documents).toBe(12_000);
    expect(collected.skipped.map((s) => s.findings[0]?.line)).toEqual([11_001]);
    expect(collected.tally.all.individuals).toBe(11_999);
  });

  it('refuses a file with no answers in it, and names a UTF-16 file once', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blank.jsonl'), '\n \n');
    writeFileSync(join(dir, 'wide.jsonl'), Buffer.from('\ufeff{"attune":1}\n{}\n', 'utf16le'));
    const options = { cwd: dir, loader, framework: small, skipInvalid: false };
    await expect(collectAnswers(['blank.jsonl'], options)).rejects.toThrow(
      'blank.jsonl:1:1 the file holds no answers (one line of JSON per respondent) (file-empty)',
    );
    await expect(collectAnswers(['wide.jsonl'], options)).rejects.toThrow(
      /^wide\.jsonl:1:1 the file is UTF-16 text; save it as UTF-8 \(file-not-text\)\n1 of 1 set of answers cannot be used/,
    );
  });
});
