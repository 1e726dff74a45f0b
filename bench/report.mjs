// Reporting at scale: answers for the bundled framework from 100 to 100,000 respondents
// (3 roles, 20 units), as YAML and as JSON, scored into a JSON and an HTML report. The floor for
// each is reading and parsing the same files and nothing else.
import { appendFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FrameworkLoader, answersText } from '../dist/dev/internals.js';
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

const READ_LINES = `
const { openSync, readSync } = require('node:fs');
const fd = openSync(process.argv[1], 'r');
const buffer = Buffer.allocUnsafe(4 << 20);
let position = 0, carry = '', n = 0;
const parse = (line) => { if (line.trim()) n += Object.keys(JSON.parse(line).answers).length; };
for (let read; (read = readSync(fd, buffer, 0, buffer.length, position)) > 0; position += read) {
  const lines = (carry + buffer.toString('utf8', 0, read)).split('\\n');
  carry = lines.pop();
  lines.forEach(parse);
}
parse(carry);
console.log(n);`;

async function answersLines(n) {
  const file = join(WORK, `answers-${n}.jsonl`);
  if (existsSync(file)) return file;
  mkdirSync(WORK, { recursive: true });
  const framework = await new FrameworkLoader(ROOT).require('trauma-informed-organisation');
  const part = `${file}.part`;
  writeFileSync(part, '');
  for (let start = 0; start < n; start += 10000) {
    const docs = generate(framework, Math.min(10000, n - start), { seed: 7 + start, units: 20 });
    appendFileSync(part, docs.map((doc) => answersText(doc, 'jsonl')).join(''));
  }
  renameSync(part, file);
  return file;
}

/**
 * Reporting from one JSON Lines file, as a national programme would export its respondents,
 * beside the floor (reading and parsing every line) and DuckDB working out each question's mean
 * from the same file (a fraction of attune's work, but the tool an analyst would reach for).
 */
export async function reportingLines({ sizes = [10000, 100000], runs = 5 } = {}) {
  const sections = [];
  for (const n of sizes) {
    const file = await answersLines(n);
    const few = n >= 100000;
    const report = (format, threads) => ({
      name: `attune report (${n} lines) → ${format.toUpperCase()}${threads ? `, ${threads} thread` : ''}`,
      cmd: process.execPath,
      args: [ATTUNE, 'report', file, '--format', format, '--out', join(WORK, `r.${format}`)],
      env: threads ? { ATTUNE_THREADS: String(threads) } : {},
      expectStatus: 0,
    });
    sections.push(
      table(
        compare(
          [
            {
              name: `read and parse ${n} lines only (floor)`,
              cmd: process.execPath,
              args: ['-e', READ_LINES, file],
              expectStatus: 0,
            },
            {
              name: `DuckDB: mean per question (${n} lines)`,
              cmd: process.execPath,
              args: [join(ROOT, 'bench', 'duckdb-lines.mjs'), file],
              expectStatus: 0,
            },
            report('json'),
            report('json', 1),
            report('html'),
          ],
          { runs: few ? 3 : runs, warmup: few ? 0 : 1 },
        ),
      ),
    );
  }
  return `### Reporting from one JSON Lines file (trauma-informed-organisation, 3 roles, 20 units)\n\n${sections.join('\n\n')}`;
}
