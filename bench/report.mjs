// Reporting at scale: answers for the bundled framework from 100 to 100,000 respondents
// (3 roles, 20 units), as YAML and as JSON, scored into a JSON and an HTML report. The floor for
// each is reading and parsing the same files and nothing else.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FrameworkLoader, answersText } from '../dist/index.js';
import { generate } from '../scripts/generate-answers.mjs';
import { ATTUNE, ROOT, WORK, compare, table } from './lib.mjs';

const READ_ALL = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const dir = process.argv[1];
const parse = process.argv[2] === 'yaml' ? require('js-yaml').load : JSON.parse;
let n = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith(process.argv[2]))) n += Object.keys(parse(readFileSync(join(dir, f), 'utf8')).answers).length;
console.log(n);`;

async function answersDir(n, format) {
  const dir = join(WORK, `answers-${n}-${format}`);
  if (existsSync(join(dir, 'done'))) return dir;
  mkdirSync(dir, { recursive: true });
  const framework = await new FrameworkLoader(ROOT).require('trauma-informed-organisation');
  // In chunks of 10,000, so that 100,000 respondents never sit in memory at once.
  for (let start = 0; start < n; start += 10000) {
    generate(framework, Math.min(10000, n - start), { seed: 7 + start, units: 20 }).forEach(
      (doc, i) => {
        const name = `a-${String(start + i).padStart(6, '0')}.${format}`;
        writeFileSync(join(dir, name), answersText(doc, format));
      },
    );
  }
  writeFileSync(join(dir, 'done'), '');
  return dir;
}

export async function reporting({ sizes = [100, 1000, 10000, 100000], runs = 5 } = {}) {
  mkdirSync(WORK, { recursive: true });
  const sections = [];
  for (const n of sizes) {
    const rows = [];
    // At 100,000 (a national programme), JSON answers only, and fewer runs.
    const huge = n >= 100000;
    for (const format of huge ? ['json'] : ['json', 'yaml']) {
      const dir = await answersDir(n, format);
      const files = join(dir, `*.${format}`);
      rows.push(
        ...compare(
          [
            {
              name: `read and parse ${n} ${format} files only (floor)`,
              cmd: process.execPath,
              args: ['-e', READ_ALL, dir, format],
              expectStatus: 0,
            },
            {
              name: `attune report ${n} ${format} → JSON`,
              cmd: process.execPath,
              args: [ATTUNE, 'report', files, '--format', 'json', '--out', join(WORK, 'r.json')],
              expectStatus: 0,
            },
            {
              name: `attune report ${n} ${format} → HTML`,
              cmd: process.execPath,
              args: [ATTUNE, 'report', files, '--format', 'html', '--out', join(WORK, 'r.html')],
              expectStatus: 0,
            },
          ],
          { runs: huge ? 2 : runs, warmup: huge ? 0 : 1 },
        ),
      );
    }
    sections.push(table(rows));
  }
  return `### Reporting (trauma-informed-organisation, 54 questions, 3 roles, 20 units)\n\n${sections.join('\n\n')}`;
}
