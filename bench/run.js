// npm run bench: installs the peers, runs every benchmark, prints the tables, and with --write
// puts them in bench/README.md between the markers of the Node version it runs on.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { ROOT, machine } from './lib.mjs';

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const quick = args.includes('--quick');

if (!existsSync(join(ROOT, 'bench', 'node_modules', '.bin', 'spectral'))) {
  execFileSync('npm', ['ci', '--prefix', join(ROOT, 'bench'), '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
}
// DuckDB, the peer for JSON Lines, is one of the test tools (see test/tools/package.json).
execFileSync(process.execPath, [join(ROOT, 'scripts', 'test-tools.mjs')], { stdio: 'inherit' });
if (!existsSync(join(ROOT, 'dist', 'cli.js')))
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

const suites = {
  startup: async () => (await import('./startup.mjs')).startup({ runs: quick ? 5 : 20 }),
  validate: async () =>
    (await import('./validate.mjs')).validation(quick ? { sizes: [1, 100], runs: 2 } : {}),
  parsers: async () => (await import('./parsers.mjs')).parsers({ runs: quick ? 5 : 15 }),
  report: async () =>
    (await import('./report.mjs')).reporting(quick ? { sizes: [100, 1000], runs: 2 } : {}),
  lines: async () =>
    (await import('./report.mjs')).reportingLines(quick ? { sizes: [10000], runs: 2 } : {}),
  cycles: async () => (await import('./report.mjs')).reportingCycles(quick ? { runs: 2 } : {}),
  saves: async () => (await import('./saves.mjs')).saves({ runs: quick ? 50 : 200 }),
  keys: async () => (await import('./keys.mjs')).keys({ runs: quick ? 2 : 5 }),
};

const sections = [];
for (const [name, suite] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}...\n`);
  const section = await suite();
  process.stdout.write(`${section}\n\n`);
  sections.push(section);
}

if (args.includes('--write')) {
  // Each Node version has its own block of tables, newest version first, so that figures on
  // another version are kept beside these. In a block, each table is replaced by its new
  // figures; the tables of suites not run this time are kept, with the date, machine and
  // command they were measured with.
  const file = join(ROOT, 'bench', 'README.md');
  let text = readFileSync(file, 'utf8');
  const major = Number(process.versions.node.split('.')[0]);
  const start = `<!-- results:node${major}:start -->`;
  const end = `<!-- results:node${major}:end -->`;
  if (!text.includes(start)) {
    // A version not measured before: its section goes before those of older versions.
    const older = [...text.matchAll(/<!-- results:node(\d+):start -->/g)].find(
      (m) => Number(m[1]) < major,
    );
    const at = older ? text.lastIndexOf('\n## ', older.index) + 1 : text.length;
    text = `${text.slice(0, at)}## Figures on Node ${major}\n\n${start}\n${end}\n\n${text.slice(at)}`;
  }
  const before = text.slice(0, text.indexOf(start));
  const block = text.slice(text.indexOf(start) + start.length, text.indexOf(end));
  const after = text.slice(text.indexOf(end));
  const title = (section) => section.split('\n', 1)[0];
  const kept = block.split(/^(?=### )/m).filter((s) => s.startsWith('### '));
  const command = `npm run bench -- ${args.join(' ')}`.trim();
  // The load average says whether the machine was busy with other work: the figures of a busy
  // machine compare with each other (see the floor), not with those of an idle one.
  const load = loadavg()[1]?.toFixed(1) ?? '?';
  const stamp = `Measured on ${new Date().toISOString().slice(0, 10)}: ${machine()}, load average ${load} over 5 minutes at the end. Command: \`${command}\`.`;
  const fresh = sections.map((s) => {
    const [head, ...rest] = s.split('\n');
    return [head, '', stamp, ...rest].join('\n');
  });
  const merged = kept.map((old) => fresh.find((f) => title(f) === title(old)) ?? old.trimEnd());
  merged.push(...fresh.filter((f) => !kept.some((old) => title(old) === title(f))));
  writeFileSync(file, `${before}${start}\n\n${merged.join('\n\n')}\n\n${after}`);
  process.stderr.write(`bench: wrote ${file}\n`);
}
