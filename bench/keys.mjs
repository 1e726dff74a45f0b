// Cost at scale of what a file gets wrong: a framework, an answers file and a JSON Lines line,
// each of about 1 MB with 40,000 unknown keys, so 40,000 findings to locate, each at its line
// and column. Linear work is the point: before, locating and the duplicate-key check compared
// every key with every other (about 20 s for 40,000 keys in 390 KB).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ATTUNE, ROOT, WORK, compare, table } from './lib.mjs';

const N = 40_000;
const key = (i) => `xtra-${String(i).padStart(5, '0')}`;

function inputs() {
  const dir = join(WORK, 'keys');
  mkdirSync(dir, { recursive: true });
  const small = join(ROOT, 'test/fixtures/frameworks/small.yaml');
  const base = readFileSync(small, 'utf8');
  const framework = join(dir, 'framework-40000-keys.yaml');
  // About 1 MB in all, as the aim names (24 bytes a key).
  const lines = Array.from({ length: N }, (_, i) => `${key(i)}: a few words\n`);
  writeFileSync(framework, base + lines.join(''));
  const head = 'attune: 1\nframework: { id: small-example, version: 1.0.0 }\nstatus: completed\n';
  const answers = join(dir, 'answers-40000-keys.yaml');
  writeFileSync(
    answers,
    `${head}answers:\n${Array.from({ length: N }, (_, i) => `  ${key(i)}: {value: 1}\n`).join('')}`,
  );
  const doc = {
    attune: 1,
    framework: { id: 'small-example', version: '1.0.0' },
    status: 'completed',
    answers: Object.fromEntries(Array.from({ length: N }, (_, i) => [key(i), { value: 1 }])),
  };
  const lineFile = join(dir, 'answers-40000-keys.jsonl');
  writeFileSync(lineFile, `${JSON.stringify(doc)}\n`);
  return { small, framework, answers, lineFile };
}

export function keys({ runs = 5 } = {}) {
  const { small, framework, answers, lineFile } = inputs();
  const size = (f) => `${(readFileSync(f).length / 1024 / 1024).toFixed(2)} MB`;
  const rows = compare(
    [
      { name: 'node -e 0 (floor)', cmd: process.execPath, args: ['-e', '0'] },
      {
        name: `attune validate: framework, ${size(framework)}, 40,000 unknown keys`,
        cmd: process.execPath,
        args: [ATTUNE, 'validate', framework],
        expectStatus: 1,
      },
      {
        name: `attune report: answers YAML, ${size(answers)}, 40,000 unknown answers`,
        cmd: process.execPath,
        args: [ATTUNE, 'report', answers, '--framework', small],
        expectStatus: 2,
      },
      {
        name: `attune report: one JSON Lines line, ${size(lineFile)}, 40,000 unknown answers`,
        cmd: process.execPath,
        args: [ATTUNE, 'report', lineFile, '--framework', small],
        expectStatus: 2,
      },
    ],
    { runs, warmup: 1 },
  );
  return `### 40,000 findings in one file\n\n${table(rows, { baseline: 'node -e 0 (floor)' })}`;
}
