import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import type { Path } from '../../src/core/findings.js';
import { locate, parseYaml, withPositions, type YamlSource } from '../../src/io/yaml-source.js';

/**
 * Positions come from js-yaml's listener where js-yaml read the file cleanly, else from
 * `yaml`. The two must put every key and every value at the same line and column.
 */
async function agree(file: string, text: string, as: 'yaml' | 'json' = 'yaml'): Promise<number> {
  // Text read as JSON (by JSON.parse) is placed by a scan of its tokens.
  const parsed: { data: unknown; source: YamlSource } =
    as === 'json'
      ? { data: JSON.parse(text), source: { file, text, json: true } }
      : await parseYaml(file, text);
  if (parsed.data === undefined || (as === 'yaml' && !parsed.source.heard)) return 0;
  const quick = await withPositions({ ...parsed.source });
  const careful = await withPositions({ file, text }, { careful: true });
  expect(careful.positions?.kind).toBe('yaml');
  // Where the events do not follow the data one to one (a flow pair in a list, say), `yaml`
  // is asked: nothing to compare.
  if (quick.positions?.kind !== 'quick') return 0;
  let checked = 0;
  const visit = (value: unknown, path: Path) => {
    for (const target of ['key', 'value'] as const) {
      expect(locate(quick, path, target), `${file} ${path.join('.')} ${target}`).toEqual(
        locate(careful, path, target),
      );
      checked++;
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(parsed.data, []);
  // A path that is not there is placed at the deepest part that is.
  visit(undefined, ['no-such-key', 'deeper']);
  return checked;
}

/** A mapping of a few keys, holding scalars, lists and mappings a few levels deep. */
function randomDocument(key: fc.Arbitrary<string>) {
  const scalar = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('tree'), { maxLength: 4 }),
      fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
    ),
  }));
  return fc.dictionary(key, tree, { minKeys: 1, maxKeys: 6 });
}

describe('positions from the quick index', () => {
  it('match yaml for every key and value of every YAML file in the project', async () => {
    const files = await glob(
      ['frameworks/*.yaml', 'examples/**/*.yaml', 'test/fixtures/**/*.yaml'],
      {
        absolute: true,
      },
    );
    expect(files.length).toBeGreaterThan(50);
    let checked = 0;
    let quick = 0;
    for (const file of files) {
      const n = await agree(file, readFileSync(file, 'utf8'));
      checked += n;
      if (n > 0) quick++;
    }
    // Most files take the quick path, so this compares something.
    expect(quick).toBeGreaterThan(files.length / 2);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('match yaml on random documents in block and flow style, with comments and blank lines', async () => {
    const doc = randomDocument(
      fc.stringMatching(/^[a-z][a-z0-9 _-]{0,8}$/).filter((k) => k.trim() === k),
    );
    let quickRuns = 0;
    await fc.assert(
      fc.asyncProperty(
        doc,
        fc.integer({ min: -1, max: 3 }),
        fc.boolean(),
        fc.boolean(),
        async (data, flowLevel, comments, bom) => {
          let text = dump(data, { flowLevel, lineWidth: 40 });
          if (comments)
            text = text
              .split('\n')
              .map((line, i) => (i % 3 === 1 ? `# note ${i}\n\n${line}` : line))
              .join('\n');
          if (bom) text = `\ufeff${text}`;
          if ((await agree('random.yaml', text)) > 0) quickRuns++;
        },
      ),
      { numRuns: 300 },
    );
    // Nearly every random document takes the quick path, so the property compares something.
    expect(quickRuns).toBeGreaterThan(250);
  });

  it('match yaml on random JSON, on one line (as in JSON Lines) and indented', async () => {
    // Any text as a key: JSON quotes every key.
    const doc = randomDocument(fc.string({ maxLength: 8 }));
    let quickRuns = 0;
    await fc.assert(
      fc.asyncProperty(
        doc,
        fc.constantFrom(undefined, 2, '\t'),
        fc.boolean(),
        async (data, indent, crlf) => {
          let text = JSON.stringify(data, null, indent);
          if (crlf) text = text.replaceAll('\n', '\r\n');
          if ((await agree('random.json', text, 'json')) > 0) quickRuns++;
        },
      ),
      { numRuns: 300 },
    );
    // The scan follows every JSON text: each run compares something.
    expect(quickRuns).toBe(300);
  });

  it('place a repeated JSON key at its first, as yaml does, and escaped keys where they are', async () => {
    const text = '{"a": 1, "b\\"c": {"x": [1, {"y": null}]}, "a": 2, "\\u00e9": "é"}';
    expect(await agree('repeated.json', text, 'json')).toBeGreaterThan(10);
    const source = await withPositions({ file: 'repeated.json', text, json: true });
    expect(source.positions?.kind).toBe('quick');
    expect(locate(source, ['a'], 'key')).toMatchObject({ line: 1, column: 2 });
  });
});
