// Why attune reads YAML with js-yaml first and `yaml` only for positions: both parsers on the
// bundled framework, from a cold process (what one `attune validate` pays) and warm (per file,
// over many files). JSON.parse of the same data is the floor.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, compare, table } from './lib.mjs';

const FILE = join(ROOT, 'frameworks', 'trauma-informed-organisation.yaml');
const script = (body) =>
  `import { readFileSync } from 'node:fs'; const text = readFileSync(${JSON.stringify(FILE)}, 'utf8'); ${body}`;

export async function parsers({ runs = 15 } = {}) {
  const node = process.execPath;
  const cold = compare(
    [
      {
        name: 'read the file only (floor)',
        cmd: node,
        args: ['--input-type=module', '-e', script('void text;')],
      },
      {
        name: 'js-yaml load (cold)',
        cmd: node,
        args: [
          '--input-type=module',
          '-e',
          script(
            "const { load, CORE_SCHEMA } = await import('js-yaml'); load(text, { schema: CORE_SCHEMA });",
          ),
        ],
      },
      {
        name: 'yaml parseDocument (cold)',
        cmd: node,
        args: [
          '--input-type=module',
          '-e',
          script("const { parseDocument } = await import('yaml'); parseDocument(text);"),
        ],
      },
    ],
    { runs },
  );
  // attune's own copies of the parsers, not the ones the peers in bench/ depend on.
  const requireRoot = createRequire(join(ROOT, 'package.json'));
  const { load, CORE_SCHEMA } = requireRoot('js-yaml');
  const { parseDocument } = requireRoot('yaml');
  const text = readFileSync(FILE, 'utf8');
  const json = JSON.stringify(load(text, { schema: CORE_SCHEMA }));
  const warm = (fn) => {
    for (let i = 0; i < 20; i++) fn();
    const n = 100;
    const t = performance.now();
    for (let i = 0; i < n; i++) fn();
    return (performance.now() - t) / n;
  };
  const rows = [
    ['JSON.parse (same data)', warm(() => JSON.parse(json))],
    ['js-yaml load', warm(() => load(text, { schema: CORE_SCHEMA }))],
    ['yaml parseDocument + toJS', warm(() => parseDocument(text).toJS())],
  ];
  const kb = (Buffer.byteLength(text) / 1024).toFixed(0);
  return [
    `### Parsing YAML (the bundled ${kb} KB framework)`,
    '',
    'In a fresh process (start-up included):',
    '',
    table(cold, { baseline: 'read the file only (floor)' }),
    '',
    'Warm, per parse (mean of 100 after 20 to warm up):',
    '',
    '| parser | ms per parse |',
    '| --- | ---: |',
    ...rows.map(([name, ms]) => `| ${name} | ${ms.toFixed(2)} |`),
  ].join('\n');
}
