// Reporting at scale: answers for the bundled framework from 100 to 100,000 respondents
// (3 roles, 20 units), as YAML and as JSON, scored into a JSON and an HTML report. The floor for
// each is reading and parsing the same files and nothing else.
import { appendFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FrameworkLoader, answersText } from '../dist/dev/internals.js';
import { generate } from '../scripts/generate-answers.mjs';
import { ATTUNE, ROOT, WORK, compare, runOnce, table } from './lib.mjs';

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

/** One cycle's answers in one JSON Lines file: `n` respondents of `year`, its own seed. */
async function cycleLines(n, year) {
  const file = join(WORK, `cycle-${year}-${n}.jsonl`);
  if (existsSync(file)) return file;
  mkdirSync(WORK, { recursive: true });
  const framework = await new FrameworkLoader(ROOT).require('trauma-informed-organisation');
  const docs = generate(framework, n, { seed: year, units: 20, year });
  writeFileSync(`${file}.part`, docs.map((doc) => answersText(doc, 'jsonl')).join(''));
  renameSync(`${file}.part`, file);
  return file;
}

/** A plan of `count` actions of the framework, as a team keeps it: owners, dates, statuses. */
async function benchPlan(count) {
  const file = join(WORK, `plan-${count}.yaml`);
  const framework = await new FrameworkLoader(ROOT).require('trauma-informed-organisation');
  const statuses = ['planned', 'in-progress', 'done', 'dropped'];
  const actions = framework.questions
    .flatMap((q) => q.actions.map((a, i) => ({ q, a, i })))
    .slice(0, count)
    .map(({ q, a, i }, k) => ({
      id: `${q.id}.${i + 1}`,
      question: q.id,
      domain: q.domain,
      priority: a.priority,
      text: 'An action the team agreed.',
      below: a.below,
      planned: { date: '2025-06-01', score: 40, low: 30, high: 50, respondents: 10000 },
      owner: 'The team',
      due: '2026-03-31',
      status: statuses[k % statuses.length],
    }));
  const plan = {
    attune: 1,
    kind: 'plan',
    framework: { id: framework.id, version: framework.version },
    assessed: '2025-06-01',
    targets: { overall: { score: 70 } },
    invited: { roles: Object.fromEntries(framework.respondents.map((r) => [r.id, 5000])) },
    actions,
  };
  if (actions.length !== count) throw new Error(`the framework has ${actions.length} actions`);
  // JSON is YAML: the plan loader reads it as it is.
  writeFileSync(file, JSON.stringify(plan, null, 2));
  return file;
}

/**
 * The improvement cycle at scale (issue 14): a report of 10,000 respondents with three earlier
 * cycles of 10,000 each, a plan of 100 actions and intervals, beside the same report without
 * them. Earlier cycles are given as last year's JSON reports (how a team keeps them), and, for
 * comparison, as their answers (each read and scored again).
 */
export async function reportingCycles({ n = 10000, runs = 5 } = {}) {
  const now = await cycleLines(n, 2026);
  const earlier = [];
  const reports = [];
  for (const year of [2023, 2024, 2025]) {
    const file = await cycleLines(n, year);
    earlier.push(file);
    const out = join(WORK, `cycle-${year}-${n}.json`);
    if (!existsSync(out))
      runOnce(process.execPath, [ATTUNE, 'report', file, '--format', 'json', '--out', out]);
    if (!existsSync(out)) throw new Error(`attune report did not write ${out}`);
    reports.push(out);
  }
  const plan = await benchPlan(100);
  const html = join(WORK, 'cycles.html');
  const report = (name, extra) => ({
    name,
    cmd: process.execPath,
    args: [ATTUNE, 'report', now, '--format', 'html', '--out', html, ...extra],
    expectStatus: 0,
  });
  const rows = compare(
    [
      report(`attune report (${n} lines) → HTML, alone`, []),
      report(`… with 3 earlier JSON reports of ${n}, a plan of 100 actions`, [
        ...reports.flatMap((r) => ['--compare', r]),
        '--plan',
        plan,
      ]),
      report(`… with 3 earlier cycles of ${n} lines each, read again, and the plan`, [
        ...earlier.flatMap((r) => ['--compare', r]),
        '--plan',
        plan,
      ]),
    ],
    { runs, warmup: 1 },
  );
  return `### The improvement cycle (trauma-informed-organisation, 10,000 respondents, 3 earlier cycles)\n\n${table(rows, { baseline: rows[0]?.name })}`;
}
